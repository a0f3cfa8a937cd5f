/**
 * A long dictionary name that lost a character (《中人民共和国刑法》 for 中华人民共和国,
 * 最人民检察院 for 最高人民检察院, 第十九届人民代表会 for 人民代表大会). Names of five characters or
 * more are fixed strings: one character short, they are no word, yet the pieces left are
 * words the trigram model knows (中人, 人民, 共和国), so it gains too little from the lost
 * character for the channel, which adds characters only next to characters standing alone.
 * Over the big corpus (50 MB) this finds two slips of the sources (人民代表会, 本行政域区) and
 * nothing else; 军人代表大会 (8.7 nats from 军人民代表大会) shows why the gain bar is needed.
 */
import { join } from "node:path";
import { getLexicon, type Lexicon } from "../../src/cjk/lexicon.js";
import { coveredByWord } from "../../src/cjk/word-across.js";
import { hashUnits } from "../../src/cjk/lexicon-format.js";
import { LONG_NAMES_FILE, precompiledOr } from "../../src/data-files.js";
import { GENERATED_DATA_DIR } from "../../src/paths.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { occursElsewhere, readingGainInContext } from "../../src/nlp/plausibility.js";
import type { Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/** Shortest name (characters); four-character ones are idioms' and set phrases' (idiom-variant). */
const MIN_NAME_LENGTH = 5;
/**
 * Dictionary count a name needs: 818 names counted 30 times or more made the same finds on the
 * tuning side and in the big corpus as the 2 249 counted 10 times or more.
 */
const MIN_NAME_FREQUENCY = 30;
/**
 * How much better (nats) the name must read than the text, with two characters each side. Tuning half
 * and validation split: true drops gain 14–16, 国博物馆 in the bundled sample (两国博物馆, 10.1) and
 * 军人代表大会 in the big corpus (8.7) are no slips.
 */
const MIN_GAIN = 12;
/** Characters of context each side for the gain. */
const CONTEXT = 2;

/** A shortened name found in the text: what it reads, and the name. */
interface Shortened {
  text: string;
  name: string;
}

const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;
const hasBit = (bits: Uint32Array, key: number): boolean => (bits[(key & HASH_MASK) >>> 5]! & (1 << (key & 31))) !== 0;
const setBit = (bits: Uint32Array, key: number): void => {
  bits[(key & HASH_MASK) >>> 5]! |= 1 << (key & 31);
};
/** A pair of code units as a key for the bit tables (spread by a multiplicative hash). */
const pairKey = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - HASH_BITS);
/** An entry packs its name's index and the dropped position (names are shorter than 16). */
const POSITION_BITS = 4;

/**
 * Every name (≥ MIN_NAME_LENGTH characters, counted MIN_NAME_FREQUENCY times) less one character,
 * as the names and entries `name index << POSITION_BITS | dropped position`, sorted by hashUnits
 * of the shortened string, with those hashes: a scan extends one hash character by character
 * and asks the table only where a bit says some entry may match. The first name wins when two
 * lose alike; a shortened string that is a word of its own (国家安全 beside 国家安全部) is left
 * out. Walking the 349 000 lexicon entries for the names took ≈ 33 ms at a cold start, and
 * building strings and maps of them from a file ≈ 15 ms more, so `npm run build` precompiles
 * this (scripts/build-long-names.ts) and a lint reads it as numbers.
 */
export interface LongNamesFile {
  format: 2;
  /** `Lexicon.version` of the lexicon the names come from. */
  lexicon: string;
  names: string[];
  entries: number[];
  hashes: number[];
}

/** The file's content for `lexicon` (scripts/build-long-names.ts writes it). */
export function longNamesFile(lexicon: Lexicon): LongNamesFile {
  const names: string[] = [];
  const found: { entry: number; hash: number }[] = [];
  const seen = new Set<string>();
  for (const name of lexicon.wordsAtLeast(MIN_NAME_LENGTH, MIN_NAME_FREQUENCY)) {
    if (!/^\p{Unified_Ideograph}+$/u.test(name) || name.length !== Array.from(name).length || name.length >= 1 << POSITION_BITS) continue;
    const index = names.length;
    let kept = false;
    for (let i = 0; i < name.length; i++) {
      const shortened = name.slice(0, i) + name.slice(i + 1);
      if (seen.has(shortened) || lexicon.has(shortened)) continue;
      seen.add(shortened);
      found.push({ entry: (index << POSITION_BITS) | i, hash: hashUnits(shortened) });
      kept = true;
    }
    if (kept) names.push(name);
  }
  // (Stable: entries of equal hash stay in lexicon order.)
  found.sort((a, b) => a.hash - b.hash);
  return { format: 2, lexicon: lexicon.version, names, entries: found.map((f) => f.entry), hashes: found.map((f) => f.hash) };
}

interface NameIndex {
  names: readonly string[];
  entries: Int32Array;
  /** Ascending. */
  hashes: Uint32Array;
  /** The hashes as bits of a small table (their low HASH_BITS bits): most lengths at most places are no key. */
  hashBits: Uint32Array;
  /** First two code units of some shortened name, as bits by pairKey: most places of a text start none. */
  heads: Uint32Array;
  shortest: number;
  longest: number;
}

function buildIndex(file: LongNamesFile): NameIndex {
  const { names } = file;
  const entries = Int32Array.from(file.entries);
  const hashes = Uint32Array.from(file.hashes);
  const hashBits = new Uint32Array(1 << (HASH_BITS - 5));
  const heads = new Uint32Array(1 << (HASH_BITS - 5));
  let shortest = Infinity;
  let longest = 0;
  for (let k = 0; k < entries.length; k++) {
    setBit(hashBits, hashes[k]!);
    const name = names[entries[k]! >>> POSITION_BITS]!;
    const dropped = entries[k]! & ((1 << POSITION_BITS) - 1);
    // The shortened string's first two code units, without making it.
    const first = dropped === 0 ? 1 : 0;
    const second = dropped <= 1 ? 2 : 1;
    setBit(heads, pairKey(name.charCodeAt(first), name.charCodeAt(second)));
    shortest = Math.min(shortest, name.length - 1);
    longest = Math.max(longest, name.length - 1);
  }
  return { names, entries, hashes, hashBits, heads, shortest, longest };
}

const indexes = new WeakMap<Lexicon, NameIndex>();

/** The index for `lexicon`: from the precompiled file when it matches the lexicon, else computed. */
function nameIndex(lexicon: Lexicon): NameIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    const file = precompiledOr(
      join(GENERATED_DATA_DIR, LONG_NAMES_FILE),
      (bytes) => {
        const read = JSON.parse(bytes.toString("utf8")) as LongNamesFile;
        return read.format === 2 && read.lexicon === lexicon.version ? read : undefined;
      },
      () => longNamesFile(lexicon),
    );
    indexes.set(lexicon, (index = buildIndex(file)));
  }
  return index;
}

/** The long names (MIN_NAME_LENGTH characters and more, counted MIN_NAME_FREQUENCY times): long-name-changes.ts reads them too. */
export function longNames(lexicon: Lexicon = getLexicon()): readonly string[] {
  return nameIndex(lexicon).names;
}

/** Whether text[p, p + name.length − 1) is `name` without its character at `dropped`. */
function readsShortened(text: string, p: number, name: string, dropped: number): boolean {
  for (let k = 0, j = 0; k < name.length; k++) {
    if (k === dropped) continue;
    if (text.charCodeAt(p + j++) !== name.charCodeAt(k)) return false;
  }
  return true;
}

/** Longest covering word looked for (code units): longer lexicon entries are rare phrases. */
const MAX_COVERING_WORD = 12;

/**
 * Whether some lexicon word longer than [start, end) covers it (中华人民共和国 over 人民共和国),
 * shortest first: most are one character longer (居民委员会 over 民委员会).
 */
function insideLongerWord(lexicon: Lexicon, text: string, start: number, end: number, runStart: number, runEnd: number): boolean {
  return coveredByWord(text, start, end, end - start + 1, MAX_COVERING_WORD, runStart, runEnd, lexicon);
}

/** The shortened name text[p, p + length) is, if any (`hash`: hashUnits of that text). */
function shortenedAt(index: NameIndex, text: string, p: number, length: number, hash: number): Shortened | undefined {
  if (!hasBit(index.hashBits, hash)) return undefined;
  const { hashes, entries, names } = index;
  // The first entry of this hash.
  let lo = 0;
  for (let hi = hashes.length; lo < hi; ) {
    const mid = (lo + hi) >>> 1;
    if (hashes[mid]! < hash) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < hashes.length && hashes[k] === hash; k++) {
    const name = names[entries[k]! >>> POSITION_BITS]!;
    if (name.length - 1 === length && readsShortened(text, p, name, entries[k]! & ((1 << POSITION_BITS) - 1))) return { text: text.slice(p, p + length), name };
  }
  return undefined;
}

export function findLongWordDrops(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const lexicon = getLexicon();
  const index = nameIndex(lexicon);
  const { heads, shortest, longest } = index;
  const out: Garble[] = [];
  for (const { start: runStart, end: runEnd, repeated } of runs) {
    if (repeated) continue;
    for (let p = runStart; p + shortest <= runEnd; p++) {
      if (!hasBit(heads, pairKey(text.charCodeAt(p), text.charCodeAt(p + 1)))) continue;
      // hashUnits(text, p, p + length), one character more each length.
      let hash = 0x811c9dc5;
      for (let length = 1; length <= longest && p + length <= runEnd; length++) {
        hash = Math.imul(hash ^ text.charCodeAt(p + length - 1), 0x01000193);
        if (length < shortest) continue;
        const shortened = shortenedAt(index, text, p, length, hash >>> 0);
        if (shortened === undefined || insideLongerWord(lexicon, text, p, p + length, runStart, runEnd)) continue;
        const gain = readingGainInContext(text, p, p + length, runStart, runEnd, shortened.name, model, CONTEXT);
        // A string the document writes again is its own term (军人代表大会 throughout a regulation).
        if (gain < MIN_GAIN || occursElsewhere(text, p, p + length)) continue;
        out.push({ start: p, end: p + length, text: shortened.text, score: gain, gain, reading: { text: shortened.name, edit: "add" } });
        p += length - 1;
        break;
      }
    }
  }
  return out;
}
