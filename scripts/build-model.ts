/**
 * Train the character bigram model read by src/nlp/char-model.ts and write
 * data/model/char-ngram.bin (committed: `npm test` and linting never need the
 * corpus). Run with `npm run build:model` after `npm run build`.
 *
 * Training data, both clean formal Chinese:
 *  - the jieba dictionary (via the lexicon): the bigrams inside each word,
 *    weighted by the word's frequency × DICT_WEIGHT;
 *  - running text: ../shared/corpus/big/ minus the validation split and minus
 *    every document that shares text with ../shared/corpus/dev/ (bigCorpus in
 *    src/eval/corpus.ts); without the big corpus (--no-big), the TUNING half
 *    (even-numbered files) of the dev corpus. The held-out half is never read;
 *  - our own text in the registers the law corpus lacks, committed with the
 *    package: data/training-text/<register>/ (news and diplomatic copy, work reports;
 *    its README says who wrote it). It goes in with every model, fold models
 *    too, so that a fold is measured as the committed model would read it.
 *
 * `--leave-out fold-0|fold-1 --out FILE` trains without one half of the big
 * corpus's training documents (src/eval/corpus.ts), for measuring on that half
 * with the eval scripts' --split fold-0|fold-1.
 *
 * With it, data/model/char-4grams.bin: every string of four ideographs of the
 * running text (src/nlp/attested-ngrams.ts), next to the model file (or to
 * --out).
 *
 * Deterministic: same inputs → byte-identical files.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { getLexicon } from "../src/cjk/lexicon.js";
import { bigCorpus, corpusFiles, DEFAULT_CORPUS_DIR, foldOfTitle, isFoldSplit, leftOutMark } from "../src/eval/corpus.js";
import { CHAR_MODEL_FILE, encodeCharModel, MODEL_DIR, type CharModelHeader } from "../src/nlp/char-model.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { ATTESTED_LENGTH, ATTESTED_NGRAMS_FILE, encodeAttested, hashStringsOfFour } from "../src/nlp/attested-ngrams.js";

/** Our own running text in the registers the law corpus lacks (news, reports), one folder per register. */
const REGISTER_TEXT_DIR = join(PACKAGE_ROOT, "data", "training-text");
/** Weight of one dictionary occurrence relative to one corpus occurrence. */
const DICT_WEIGHT = 0.05;
/** Kneser–Ney absolute discount. */
const DISCOUNT = 0.75;
/** Bigrams with less (weighted) count are dropped from the file (they back off). */
const SCALE = 1000;

// `--quarter` trains on the files numbered 0 mod 4 only, so that thresholds can be
// tuned on the other tuning files (2 mod 4) without measuring on training text.
const quarter = process.argv.includes("--quarter");
const outFile = process.argv.includes("--out") ? process.argv[process.argv.indexOf("--out") + 1]! : join(MODEL_DIR, CHAR_MODEL_FILE);
// `--leave-out fold-0` (or fold-1) trains without that half of the big corpus's training documents, so
// that the eval scripts can measure on it (--split fold-0) as unseen text; never the committed model.
const leaveOut = process.argv.includes("--leave-out") ? process.argv[process.argv.indexOf("--leave-out") + 1]! : undefined;
if (leaveOut !== undefined && !isFoldSplit(leaveOut)) throw new Error(`--leave-out takes fold-0 or fold-1, not ${leaveOut}`);
if (leaveOut !== undefined && !process.argv.includes("--out")) throw new Error("--leave-out needs --out: the committed model is trained on both folds");
const corpusDir = process.argv.find((a, i) => i >= 2 && !a.startsWith("--") && process.argv[i - 1] !== "--out" && process.argv[i - 1] !== "--leave-out") ?? DEFAULT_CORPUS_DIR;
const bigDir = join(dirname(corpusDir), "big");
const useBig = !process.argv.includes("--no-big") && existsSync(bigDir);
/** Bigrams with less (weighted) count are dropped from the file (they back off). */
const MIN_COUNT = useBig ? 2 : 1;
/** Trigrams with less (weighted) count are dropped (they back off to the bigram); keeps the file small. */
const MIN_TRIGRAM_COUNT = 6;
const files = useBig ? [] : corpusFiles(corpusDir, "tune").filter((name) => !quarter || Number(/\d+/.exec(name)![0]) % 4 === 0);

const bigrams = new Map<string, number>();
const unigrams = new Map<string, number>();
const add = <K,>(map: Map<K, number>, key: K, weight: number) => map.set(key, (map.get(key) ?? 0) + weight);

const hash = createHash("sha256");
let corpusChars = 0;
/** Training texts: the big corpus minus the validation split and every document that overlaps dev, else the dev tuning files. */
function trainingTexts(): { name: string; text: string }[] {
  if (!useBig) return files.map((name) => ({ name, text: readFileSync(join(corpusDir, name), "utf8") }));
  const big = bigCorpus(corpusDir);
  console.log(`big corpus: ${big.training.length} documents kept, ${big.validation.length} held out for validation, ${big.overlappingDev} dropped for overlapping dev`);
  const kept = leaveOut === undefined ? big.training : big.training.filter((doc) => foldOfTitle(doc.title) !== leaveOut);
  if (leaveOut !== undefined) console.log(`${leaveOut} left out: ${big.training.length - kept.length} documents`);
  return kept.map((doc) => ({ name: doc.id, text: doc.text }));
}

/** Our own texts of the registers the law corpus lacks (data/training-text/<register>/*.txt), in name order. */
function registerTexts(): { name: string; text: string }[] {
  if (!existsSync(REGISTER_TEXT_DIR)) return [];
  const out: { name: string; text: string }[] = [];
  for (const register of readdirSync(REGISTER_TEXT_DIR).sort()) {
    const dir = join(REGISTER_TEXT_DIR, register);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) out.push({ name: `${register}/${file}`, text: readFileSync(join(dir, file), "utf8") });
  }
  return out;
}

const registers = registerTexts();
const training = [...trainingTexts(), ...registers];
console.log(`register texts of our own: ${registers.length} (${REGISTER_TEXT_DIR})`);
if (training.length === 0) throw new Error(`no training text in ${corpusDir}`);
for (const { name, text } of training) {
  hash.update(name).update(text);
  for (const run of text.matchAll(/\p{Unified_Ideograph}+/gu)) {
    const chars = [...run[0]];
    corpusChars += chars.length;
    for (let i = 0; i < chars.length; i++) {
      add(unigrams, chars[i]!, 1);
      if (i > 0) add(bigrams, chars[i - 1]! + chars[i]!, 1);
    }
  }
}
const lexicon = getLexicon();
for (const { word, frequency } of lexicon.entries()) {
  const chars = [...word];
  if (!chars.every((c) => /\p{Unified_Ideograph}/u.test(c))) continue;
  const weight = frequency * DICT_WEIGHT;
  for (let i = 0; i < chars.length; i++) {
    add(unigrams, chars[i]!, weight);
    if (i > 0) add(bigrams, chars[i - 1]! + chars[i]!, weight);
  }
}

// Vocabulary: every character seen, most frequent first (id 0 = unknown).
const chars = ["", ...[...unigrams.keys()].sort((a, b) => unigrams.get(b)! - unigrams.get(a)! || (a < b ? -1 : 1))].slice(0, 65535);
const ids = new Map(chars.map((c, i) => [c, i]));

const leftTotal = new Float64Array(chars.length);
const leftTypes = new Float64Array(chars.length);
const rightTypes = new Float64Array(chars.length);
let allTypes = 0;
for (const [pair, count] of bigrams) {
  const [a, b] = [...pair] as [string, string];
  const ia = ids.get(a);
  const ib = ids.get(b);
  if (ia === undefined || ib === undefined) continue;
  leftTotal[ia] += count;
  leftTypes[ia]++;
  rightTypes[ib]++;
  allTypes++;
}
let unigramTotal = 0;
for (const count of unigrams.values()) unigramTotal += count;

const q = (x: number) => Math.max(-32768, Math.min(32767, Math.round(x * SCALE)));
const continuation = new Int16Array(chars.length);
const backoff = new Int16Array(chars.length);
const unigram = new Int16Array(chars.length);
const contProb = new Float64Array(chars.length);
for (let i = 1; i < chars.length; i++) {
  // Add-one over types, so a character never seen on the right still gets mass.
  contProb[i] = (rightTypes[i]! + 0.5) / (allTypes + 0.5 * chars.length);
  continuation[i] = q(Math.log(contProb[i]!));
  backoff[i] = leftTotal[i]! > 0 ? q(Math.log((DISCOUNT * leftTypes[i]!) / leftTotal[i]!)) : 0;
  unigram[i] = q(Math.log((unigrams.get(chars[i]!)! + 1) / (unigramTotal + chars.length)));
}
// Unknown characters: rarer than any known one.
continuation[0] = q(Math.log(0.5 / (allTypes + 0.5 * chars.length)));
unigram[0] = q(Math.log(1 / (unigramTotal + chars.length)) - 1);
backoff[0] = 0;


const kept: [number, number][] = [];
for (const [pair, count] of bigrams) {
  if (count < MIN_COUNT) continue;
  const [a, b] = [...pair] as [string, string];
  const ia = ids.get(a)!;
  const ib = ids.get(b)!;
  const p = Math.max(count - DISCOUNT, 0) / leftTotal[ia]! + ((DISCOUNT * leftTypes[ia]!) / leftTotal[ia]!) * contProb[ib]!;
  kept.push([((ia << 16) | ib) >>> 0, q(Math.log(p))]);
}
kept.sort((x, y) => x[0] - y[0]);
const keys = Uint32Array.from(kept.map((k) => k[0]));
const bigramLogp = Int16Array.from(kept.map((k) => k[1]));

// Trigrams, counted by id over the same text and dictionary words; P(c | ab)
// is interpolated with the bigram level: max(n(abc) − D, 0) / n(ab·) + γ(ab)·P(c | b),
// γ(ab) = D·types(ab·) / n(ab·). Contexts without trigrams use P(c | b) alone.
const trigramKey = (a: number, b: number, c: number) => (a * 65536 + b) * 65536 + c;
const trigrams = new Map<number, number>();
const addTrigrams = (ideographs: string, weight: number) => {
  let a = -1;
  let b = -1;
  for (const ch of ideographs) {
    const c = ids.get(ch) ?? 0;
    if (a > 0 && b > 0 && c > 0) add(trigrams, trigramKey(a, b, c), weight);
    a = b;
    b = c;
  }
};
for (const { text } of training) for (const run of text.matchAll(/\p{Unified_Ideograph}+/gu)) addTrigrams(run[0], 1);
for (const { word, frequency } of lexicon.entries()) if (/^\p{Unified_Ideograph}{3,}$/u.test(word)) addTrigrams(word, frequency * DICT_WEIGHT);
const contextTotal = new Map<number, number>();
const contextTypes = new Map<number, number>();
for (const [key, count] of trigrams) {
  const context = Math.floor(key / 65536);
  add(contextTotal, context, count);
  add(contextTypes, context, 1);
}
const bigramP = (ib: number, ic: number) => {
  const count = bigrams.get(chars[ib]! + chars[ic]!) ?? 0;
  if (leftTotal[ib]! === 0) return contProb[ic]!;
  return Math.max(count - DISCOUNT, 0) / leftTotal[ib]! + ((DISCOUNT * leftTypes[ib]!) / leftTotal[ib]!) * contProb[ic]!;
};
const gamma = (context: number) => (DISCOUNT * contextTypes.get(context)!) / contextTotal.get(context)!;
// A bigram key (a << 16 | b) is also the number of its trigram context ab.
const contextBackoff = Int16Array.from(keys, (key) => (contextTotal.has(key) ? q(Math.log(gamma(key))) : 0));
const keptTrigrams: [number, number][] = [];
for (const [key, count] of trigrams) {
  if (count < MIN_TRIGRAM_COUNT) continue;
  const context = Math.floor(key / 65536);
  const p = Math.max(count - DISCOUNT, 0) / contextTotal.get(context)! + gamma(context) * bigramP(context % 65536, key % 65536);
  keptTrigrams.push([key, q(Math.log(p))]);
}
keptTrigrams.sort((x, y) => x[0] - y[0]);
const trigramKeys = Float64Array.from(keptTrigrams.map((k) => k[0]));
const trigramLogp = Int16Array.from(keptTrigrams.map((k) => k[1]));

const header: CharModelHeader = {
  format: 6,
  source: `${lexicon.version} ×${DICT_WEIGHT} + ${useBig ? `big corpus minus validation and dev overlap${leaveOut ? ` ${leftOutMark(leaveOut)}` : ""}` : "dev tune half"} + ${registers.length} register texts of our own (${training.length} documents, ${corpusChars} ideographs, sha256 ${hash.digest("hex").slice(0, 16)})`,
  chars: chars.length,
  bigrams: keys.length,
  trigrams: trigramKeys.length,
  discount: DISCOUNT,
};
mkdirSync(dirname(outFile), { recursive: true });
const bytes = encodeCharModel({ header, chars, keys, bigramLogp, backoff, continuation, unigram, contextBackoff, trigramKeys, trigramLogp });
writeFileSync(outFile, bytes);
console.log(`char model: ${chars.length} chars, ${keys.length} bigrams, ${trigramKeys.length} trigrams, ${(bytes.length / 1e6).toFixed(2)} MB → ${outFile}`);

// The strings of four of the running text (not the dictionary's: a word list is no prose).
// Kept when seen once: tuning half, three dense seeds, the channel's discount found 18 more
// slips with strings seen once, 13 with those seen twice (half the table), no clean change.
const attested = hashStringsOfFour(training.map((t) => t.text));
const attestedFile = join(dirname(outFile), ATTESTED_NGRAMS_FILE);
const attestedBytes = encodeAttested({ format: 1, source: header.source, count: attested.length }, attested);
writeFileSync(attestedFile, attestedBytes);
console.log(`attested strings of ${ATTESTED_LENGTH}: ${attested.length}, ${(attestedBytes.length / 1e6).toFixed(2)} MB → ${attestedFile}`);
