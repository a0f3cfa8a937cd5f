/**
 * Garbled passages by the language models (src/nlp/):
 *
 * 1. The lexicon segments each run of ideographs into its most probable words.
 *    Clean prose is made of words; a garble (a character substituted, dropped,
 *    inserted, two swapped, a word replaced by nonsense) breaks words into
 *    isolated single characters that are not function words (台湾安全区组作为
 *    → 安全区/组/作为, 国际间俄劝和促谈 → 间/俄/劝/和/促/谈).
 * 2. The character bigram model scores the junctions around those isolated
 *    characters: at a garble they are junctions clean formal Chinese does not
 *    make (−log P well above the junctions inside and between real words).
 *
 * A stretch of isolated characters is reported when the surprisal of its
 * junctions, above a baseline that follows the document's own register,
 * reaches the threshold; a stretch of two or three, as a nonsense word, when
 * its characters are also foreign to the document (used nowhere else in it). Stretches made of characters typical of
 * transliterated names (斯 拉 亚 卡 堡…) are taken for unknown foreign names.
 *
 * For a flagged stretch, single edits (a character removed, added or changed,
 * two swapped) are tried; when one turns the stretch into ordinary words with
 * a far better score, it is offered as the likely reading (an unsafe
 * suggestion).
 */
import { ideographsAt } from "../../src/cjk/chars.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { soundAlike } from "../../src/cjk/readings.js";
import { lookAlike } from "../../src/cjk/shapes.js";
import type { AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import type { ChineseToken } from "../../src/nlp/document.js";
import { occursElsewhere, readingCost, usedAgain } from "../../src/nlp/plausibility.js";
import { segmentRun } from "../../src/nlp/segment.js";
import { formsCompound, isFunctionChar, isNamedPlace, isPlaceChar, isTransliterationChar } from "../../src/nlp/word-classes.js";
import type { ScoredRun } from "./scored-runs.js";

export interface GarbleOptions {
  /** Rarity of the isolated pieces plus half the gain of the best one-edit reading that makes a report (nats). */
  threshold: number;
  /** Summed junction surprisal above the baseline that makes a stretch of ≥ 3 isolated characters a mangled passage (nats). */
  passageThreshold: number;
  /** Junction surprisal an ordinary junction reaches (nats), before the document adjustment. */
  baseline: number;
  /** Words rarer than this log-probability count as isolated too. */
  rareWord: number;
}

export const DEFAULT_GARBLE_OPTIONS: GarbleOptions = { threshold: 15, passageThreshold: 20, baseline: 5, rareWord: -Infinity };

/** Summed junction surprisal above the baseline a stretch with a one-edit reading needs (nats). */
const MIN_READING_JUNCTIONS = 7;
/** … and a stretch without one (nats). */
const MIN_BARE_JUNCTIONS = 12.5;

/**
 * Summed junction surprisal above the baseline a nonsense word needs: two or three isolated
 * characters, most of them used nowhere else in the document (see nonsenseWord).
 */
const NONSENSE_JUNCTIONS = 13;
/**
 * Ideographs a document needs before "used nowhere else in it" is evidence: in a short text
 * most characters of any word are. (Cut into 600-character pieces, the clean dev corpus gave
 * a quarter more false positives with the nonsense route than without it; 4 000-character
 * pieces none.)
 */
const VOCABULARY_MIN_IDEOGRAPHS = 2000;

/** Whether the scored runs are long enough for "used nowhere else in the document" to be evidence (VOCABULARY_MIN_IDEOGRAPHS). */
export function hasVocabulary(runs: readonly ScoredRun[]): boolean {
  let ideographs = 0;
  for (const run of runs) ideographs += run.end - run.start;
  return ideographs >= VOCABULARY_MIN_IDEOGRAPHS;
}

/**
 * Score a slip needs on top of the threshold when its reading changes a character into one that
 * neither looks nor sounds alike: no typing or reading slip explains it, and rare clean terms
 * offer such readings (央企 → 国企, 企稳 → 企业). Tuning half, four seeds: 3 took out 3 of 10 clean
 * false positives and 15 of about 1 100 finds; 6 took out one more of each.
 */
const UNLIKELY_READING_EXTRA = 3;

/**
 * Junctions (summed above the baseline) at which a nonsense word needs only one character
 * foreign to the document: most random characters are common ones the document also uses.
 * Tuning half, four seeds: 15 found 22 more for 2 more clean false positives (误发, 施洒).
 */
const STRONG_NONSENSE_JUNCTIONS = 15;

/**
 * How much a junction missing at a run's edge counts, as a share of the mean of a nonsense
 * word's other junctions. Tuning half, four seeds: 0.5 found 11 more, no more clean false
 * positives; 0.75 21 more and 1 false positive; 1 30 more and 3 (捕鸟网, 溪洛渡, 兜牢: rare
 * words in lists and at sentence ends).
 */
const EDGE_JUNCTION_WEIGHT = 0.5;

/**
 * Junctions (summed above the baseline) a four-character unit of one-character words needs to
 * count as mangled, more than a longer passage's bar (passageThreshold): a 四字格 coinage makes
 * fairly unusual ones (短尺少秤 20.2, 戗台兼做 21.8 nats). Tuning half and validation split, four
 * dense seeds: 4 clean findings out of the validation split, none of the four mangled
 * four-character words found there (22.6 to 28.1) lost.
 */
const MANGLED_FOUR_CHARACTER_JUNCTIONS = 22;

/** Gains above this are rare; stretches too common to reach the threshold even with it are not searched. */
const MAX_USEFUL_GAIN = 24;

export interface Garble {
  start: number;
  end: number;
  /** The flagged text. */
  text: string;
  score: number;
  /** A more probable reading of [start, end), when one edit gives one. */
  reading?: { text: string; edit: "remove" | "add" | "change" | "swap" };
  /** How much better (nats) the best one-edit reading scores. */
  gain: number;
  /**
   * The message of a route with its own diagnosis, not the language model's score: a date's unit
   * (date-slips.ts: 曰 after a number, 再 before one), a character written twice (doubled-characters.ts), a name
   * written two ways (name-variants.ts).
   */
  message?: "number-unit" | "before-number" | "doubled-character" | "name-variant";
}

/**
 * Appends `garble` to a route's list in text order, where it overlaps the last one keeping the one
 * that gains more (one report per place).
 */
export function pushStronger(out: Garble[], garble: Garble): void {
  const previous = out.at(-1);
  if (previous && previous.end > garble.start) {
    if (previous.gain >= garble.gain) return;
    out.pop();
  }
  out.push(garble);
}

/** Is this token an isolated piece rather than a word? */
function isIsolated(t: ChineseToken, rareWord: number): boolean {
  return isIsolatedWord(t.text, 0, t.end - t.start, t.logp, t.known, rareWord);
}

/**
 * The same for a word given by its offsets in `text`, its log-probability and
 * whether the lexicon knows it (the parser's compact tokens, without a token
 * object): a single non-function character, or an unknown or rare word.
 */
export function isIsolatedWord(text: string, start: number, end: number, logp: number, known: boolean, rareWord: number): boolean {
  if (end - start === 1) return !isFunctionChar(text[start]!);
  return !known || logp < rareWord;
}

/**
 * Mean junction surprisal of a document's runs: the register baseline.
 * Law text runs ≈ 4.2 nats; diplomatic prose with many names a little higher.
 */
export function documentJunctionMean(runs: readonly ScoredRun[]): number {
  let sum = 0;
  let n = 0;
  for (const run of runs) {
    for (let i = run.start + 1; i < run.end; i++) {
      sum += run.junction(i);
      n++;
    }
  }
  return n === 0 ? REFERENCE_JUNCTION_MEAN : sum / n;
}

/** Words at least this common (−log P) are ordinary; rarer isolated pieces add their excess. */
const RARITY_FLOOR = 9;

/** Mean junction surprisal over the tuning half (law and work reports). */
export const REFERENCE_JUNCTION_MEAN = 3.5;

/** Nats of the document's mean junction surprisal above the reference (0 to 2): how much less predictable its register is than the training text. */
export function registerExcess(documentMean: number): number {
  return Math.max(0, Math.min(2, documentMean - REFERENCE_JUNCTION_MEAN));
}

/**
 * Points the slip route's threshold rises per nat of registerExcess: a less predictable register
 * offers bigger one-edit gains by chance, as the channel's bars for removals and additions assume
 * (registerWeight). Tuning half, three dense seeds: 1 took out one clean false positive of a work
 * report (经济企稳回升 read as 企业) for one find fewer; 2 did the same. The sample's required
 * findings (diplomatic prose, a high mean) stay.
 */
const REGISTER_SLIP_WEIGHT = 1;

/**
 * Mean junction surprisal up to which the document's register is the training text's: law text
 * runs 3.2–4.3 nats on the tuning half, work and congress reports 4.4–4.8 (with the model trained
 * on laws alone; since our own news and report texts joined the training text, session 31, reports
 * run 3.8–4.6 and half of our twelve count as law text here; their eval made 5 clean findings, 9
 * before, with the law routes on them).
 */
const PREDICTABLE_REGISTER_MEAN = 4.2;

/**
 * Whether a character pair the model never saw is evidence in this document: only in the
 * training text's register. A work report makes two to four times as many unseen pairs by
 * right (10–50 per 1 000 pairs of law text, 74–100 in the tuning half's reports: 港珠澳,
 * 以简审批优服务, 仍然很不安宁).
 */
export function unseenPairsAreEvidence(documentMean: number): boolean {
  return documentMean <= PREDICTABLE_REGISTER_MEAN;
}

/**
 * Mean junction surprisal above which the document's register is one the character model barely
 * knows: news, diplomatic prose, speeches. With the model trained on laws alone it was 4.8 (our news
 * texts 4.7–6.5, the sample 5.05, the tuning half's laws 2.7–4.3 and reports 4.4–4.8). Our own news
 * and reports in the training text (session 31) made news more familiar (4.3–6.1, median 4.8; the
 * sample 4.57) and reports 3.8–4.6: at 4.5, against 4.8, the news texts' eval found 4–5 more per
 * seed for 2 clean findings fewer, the hand-garbled news 1 more for 1 fewer; our reports' eval is the
 * same at 4.5, 4.6, 4.7 and 4.8 (measured with the first 280 of the texts). With 120 texts more
 * (session 32) news read 4.1–6.1 (median 4.6), the sample 4.45, our reports 3.8–4.5: at 4.4, against
 * 4.5, the news texts' eval found 5 more over seeds 1–3 and the tuning half's dense seeds 5 more, no
 * clean finding more; at 4.3 the news texts 2 more again for 1 clean finding, the hand-garbled news
 * 1 more for 1.
 */
const UNFAMILIAR_REGISTER_MEAN = 4.4;

/** Whether the document's register is one the character model barely knows (UNFAMILIAR_REGISTER_MEAN): there the lexicon judges slips too. */
export function isUnfamiliarRegister(documentMean: number): boolean {
  return documentMean > UNFAMILIAR_REGISTER_MEAN;
}

/**
 * Whether the training text writes every string of four characters around a garble's place
 * (two or more of them: AttestedNgrams.around): a rare term it knows (高杆作物, 一次性退清货款),
 * no slip — a slip makes strings clean text does not write. Tuning half and validation split,
 * four dense seeds: 4 clean findings of 45 out, no find lost.
 */
export function writtenByTrainingText(table: AttestedNgrams, runs: readonly ScoredRun[], text: string, garble: Garble): boolean {
  const run = runs.find((r) => r.start <= garble.start && garble.end <= r.end);
  return run !== undefined && table.around(text.slice(run.start, run.end), garble.start - run.start, garble.end - run.start) === "seen";
}

export function findGarbles(runs: readonly ScoredRun[], text: string, model: CharModel, options: GarbleOptions, documentMean: number): Garble[] {
  const out: Garble[] = [];
  // A document in a less predictable register than the training text gets a proportionally higher baseline.
  const baseline = options.baseline + registerExcess(documentMean);
  // A run without an isolated piece has no stretch to report (see isIsolated).
  const isolatedWord = (start: number, end: number, logp: number, known: boolean) => isIsolatedWord(text, start, end, logp, known, options.rareWord);
  const vocabulary = hasVocabulary(runs);
  for (const scored of runs) {
    if (scored.repeated) continue;
    if (!scored.eachWord(isolatedWord)) continue;
    const { tokens: run, start: runStart, end: runEnd } = scored;
    let k = 0;
    while (k < run.length) {
      if (!isIsolated(run[k]!, options.rareWord) && !(isFunctionChar(run[k]!.text) && k + 1 < run.length && isIsolated(run[k + 1]!, options.rareWord))) {
        k++;
        continue;
      }
      // A stretch of isolated pieces and function characters.
      const stretchStart = k;
      let j = k;
      while (j < run.length && (isIsolated(run[j]!, options.rareWord) || (run[j]!.end - run[j]!.start === 1 && isFunctionChar(run[j]!.text)))) j++;
      // Trim function characters at both ends.
      let s = k;
      let e = j;
      while (s < e && !isIsolated(run[s]!, options.rareWord)) s++;
      while (e > s && !isIsolated(run[e - 1]!, options.rareWord)) e--;
      const stretchEnd = j;
      k = Math.max(j, k + 1);
      if (s >= e) continue;
      const start = run[s]!.start;
      const end = run[e - 1]!.end;
      const isolatedChars: string[] = [];
      let rarity = 0;
      for (let t = s; t < e; t++) {
        if (!isIsolated(run[t]!, options.rareWord)) continue;
        isolatedChars.push(...run[t]!.text);
        rarity += Math.max(0, -run[t]!.logp - RARITY_FLOOR);
      }
      // (The tests that skip a stretch are all pure: the cheap ones on numbers come first, so
      // that most stretches are dropped before any string or array is made for them.)
      // Junctions touching the isolated pieces: inside the stretch and at its two edges.
      let score = 0;
      const from = Math.max(runStart + 1, start);
      const to = Math.min(runEnd - 1, end);
      for (let i = from; i <= to; i++) score += Math.max(0, scored.junction(i) - baseline);
      const junctions = score;
      // Three routes to a report: rare isolated pieces that one edit turns into
      // ordinary words (a slip), a longer stretch of pieces whose junctions
      // clean text does not make (a mangled passage), or a nonsense word (below).
      const mangled = isolatedChars.length >= 3 && junctions >= options.passageThreshold;
      // A word replaced by two or three random characters (开展驼翁检测): too short for a
      // mangled passage, and no one-edit reading mends it (confirmed last: nonsenseWord).
      // At a run's edge a word has one junction fewer to show (、蚊驼，): for a nonsense word the
      // missing one counts at half the mean of the others.
      const counted = to - from + 1;
      const wordJunctions = counted > 0 ? (junctions * (counted + EDGE_JUNCTION_WEIGHT * (end - start + 1 - counted))) / counted : junctions;
      const nonsense = vocabulary && !mangled && isolatedChars.length <= 3 && end - start === isolatedChars.length && wordJunctions >= NONSENSE_JUNCTIONS;
      const slipCandidate = rarity >= options.threshold - MAX_USEFUL_GAIN / 2;
      if (!mangled && !nonsense && !slipCandidate) continue;
      // Below the lower of the two junction bars below, no reading can make a report: skip the search.
      // (A nonsense word's evidence counts the junctions missing at a run's edges: 、蚕愧、 has only its inner one.)
      if ((nonsense ? wordJunctions : junctions) < MIN_READING_JUNCTIONS) continue;
      // Unknown foreign names (米舒斯京): the stretch, function characters included, is mostly
      // made of transliteration characters (more than half: one of two is 默 in 傲默, 格 in 乙格).
      const stretch = [...text.slice(run[stretchStart]!.start, run[stretchEnd - 1]!.end)].filter((c) => !isFunctionChar(c) || isTransliterationChar(c));
      const nameLike = stretch.filter(isTransliterationChar).length;
      if (nameLike * 2 > stretch.length || isolatedChars.every((c) => isTransliterationChar(c) || isPlaceChar(c))) continue;
      // A four-character unit of one-character words (凝心聚力, 控辍保学, 产供储销; function
      // characters too: 短尺少秤) is the 四字格 coinage of formal prose, unless its junctions
      // say it is mangled (MANGLED_FOUR_CHARACTER_JUNCTIONS).
      const fourCharacterUnit = e - s === 4 && end - start === 4;
      if (fourCharacterUnit && !(mangled && junctions >= MANGLED_FOUR_CHARACTER_JUNCTIONS)) continue;
      // (A coinage the document uses more than once — 理政, 控辍保学 — is a term: checked last, see usedAgain.)
      // Parallel coinages repeat a character (炒地炒房, 懒政怠政, 去一降一补): not garbles.
      if (repeatsChar(text, Math.max(runStart, start - 2), Math.min(runEnd, end + 2), start, end)) continue;
      // So do list items built alike (有饭吃、有衣穿、有房住; 储叶柜、储梗柜).
      if (isParallelListItem(text, start, end)) continue;
      const found = bestReading(text, Math.max(runStart, start - 2), Math.min(runEnd, end + 2), start, end, model);
      const gain = found?.gain ?? 0;
      // A reading that is not made of words is weak evidence: half its gain counts only when it is.
      score = rarity + (found?.words ? gain / 2 : gain / 4);
      // (A reading that changes a character into one that neither looks nor sounds alike is less likely: see UNLIKELY_READING_EXTRA.)
      // (In a less predictable register the threshold rises too: REGISTER_SLIP_WEIGHT.)
      const slip = slipCandidate && score >= options.threshold + REGISTER_SLIP_WEIGHT * registerExcess(documentMean) + (found && unlikelyChange(text.slice(start, end), found) ? UNLIKELY_READING_EXTRA : 0);
      if (!slip && !mangled && !nonsense) continue;
      // The junctions must back the report: around a slip that one edit repairs they are
      // unusual (a missing word such as 保函, 惠益 joins ordinarily); without a repair they
      // are the only evidence, and 四字格 coinages (义不逃责, 以工促农) make fairly unusual ones.
      // (A nonsense word's evidence counts the junction missing at a run's edge.)
      const evidence = nonsense ? wordJunctions : junctions;
      if (found?.words ? junctions < MIN_READING_JUNCTIONS : evidence < MIN_BARE_JUNCTIONS) continue;
      // A nonsense word has no reading: a one-edit reading too weak for a slip would mislead.
      const withReading = found?.words === true && (slip || mangled);
      // Without a reading, a generic term of place names next to it makes it an unknown local name (温凉|河, 王献唐|故居).
      if (!withReading && isNamedPlace(text, start, end)) continue;
      // A nonsense word of two characters that each stand where they often do in words is a compound the dictionary lacks (入读, 网带).
      if (!slip && !mangled && end - start === 2 && formsCompound(text[start]!, text[start + 1]!)) continue;
      // Nor is a word the dictionary lists, however rarely it counts it (较早 3 times: the segmentation reads 较|早).
      if (!withReading && end - start >= 2 && getLexicon().has(text.slice(start, end))) continue;
      // Last (they scan the document): a term the document uses again is not a slip.
      if (usedAgain(text, start, end, runStart, runEnd)) continue;
      if (!slip && !mangled && !nonsenseWord(text, start, end, wordJunctions)) continue;
      const garble: Garble = { start, end, text: text.slice(start, end), score: Math.max(score, evidence), gain };
      if (withReading) garble.reading = { text: found.text, edit: found.edit };
      out.push(garble);
    }
  }
  return out;
}

/**
 * Whether text[start, end) reads as a nonsense word: all its characters but one at most are
 * used nowhere else in the document (one is enough where its junctions are very unusual:
 * STRONG_NONSENSE_JUNCTIONS). Random characters are foreign to the document's vocabulary,
 * while a rare but real word of the document's subject is made of characters it uses
 * elsewhere too (a cache language model's evidence).
 */
function nonsenseWord(text: string, start: number, end: number, junctions: number): boolean {
  let foreign = 0;
  for (let i = start; i < end; i++) if (!occursElsewhere(text, i, i + 1)) foreign++;
  return junctions >= STRONG_NONSENSE_JUNCTIONS ? foreign >= 1 : foreign >= Math.max(2, end - start - 1);
}

/** How a character resembles the one that replaces it: OCR confuses look-alikes, an IME sound-alikes. */
export type Confusion = "look-alike" | "sound-alike";

/** The confusion that explains changing `original` into `replacement` (a look-alike first: each such pair is likelier), if any. */
export function confusionOf(original: string, replacement: string): Confusion | undefined {
  return lookAlike(original, replacement) ? "look-alike" : soundAlike(original, replacement) ? "sound-alike" : undefined;
}

/** The confusion behind a reading that changes one character of `actual`; undefined for the other edits and for a change none explains. */
export function changeConfusion(actual: string, reading: { text: string; edit: string }): Confusion | undefined {
  if (reading.edit !== "change" || reading.text.length !== actual.length) return undefined;
  for (let i = 0; i < actual.length; i++) if (actual[i] !== reading.text[i]) return confusionOf(actual[i]!, reading.text[i]!);
  return undefined;
}

/** Whether a reading changes one character into another that neither looks nor sounds alike. */
function unlikelyChange(actual: string, reading: { text: string; edit: string }): boolean {
  return reading.edit === "change" && reading.text.length === actual.length && reading.text !== actual && changeConfusion(actual, reading) === undefined;
}

/**
 * Longest list item read as one of a parallel list (characters): coinages are short, and longer items
 * may share an end by chance (eval:random, tuning half, seed 7: one inserted character missed without
 * the bar).
 */
const PARALLEL_ITEM_MAX = 4;

/**
 * Whether text[start, end), at a 、, is an item of a list built alike: across the 、 stand as many
 * characters of the next item (its first ones) or of the one before (its last ones) with the same first
 * or last character (有饭吃、有衣穿, 设置储叶柜、储梗柜、储丝柜). Formal prose lists parallel coinages; a
 * garble seldom keeps an item's length and one of its ends.
 */
export function isParallelListItem(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length > PARALLEL_ITEM_MAX) return false;
  const alike = (from: number) => ideographsAt(text, from, length) && (text[from] === text[start] || text[from + length - 1] === text[end - 1]);
  return (text[start - 1] === "、" && alike(start - 1 - length)) || (text[end] === "、" && alike(end + 1));
}

/**
 * Whether a character occurs twice in text[from, to), two to four places apart, once at least
 * inside the stretch [start, end) (ABAC, ABCA patterns of parallel coinages: 打不赢也打不得).
 * A character repeated around the stretch only says nothing of it (可以依痒突以没收: 以 twice).
 */
function repeatsChar(text: string, from: number, to: number, start: number, end: number): boolean {
  for (let i = from; i < to; i++) {
    for (let j = i + 2; j <= i + 4 && j < to; j++) {
      if (text[j] === text[i] && ((i >= start && i < end) || (j >= start && j < end))) return true;
    }
  }
  return false;
}

/**
 * The best single edit of text[start, end) within the window [ws, we): its
 * cost must beat the original's by a wide margin, and the edited stretch
 * must read as lexicon words.
 */
function bestReading(
  text: string,
  ws: number,
  we: number,
  start: number,
  end: number,
  model: CharModel,
): { text: string; edit: "remove" | "add" | "change" | "swap"; gain: number; words: boolean } | undefined {
  const left = text.slice(ws, start);
  const right = text.slice(end, we);
  const mid = text.slice(start, end);
  if (mid.length > 6) return undefined;
  const n = left.length + mid.length + right.length;
  const base = readingCost(left + mid + right, model) / n;
  const lexicon = getLexicon();
  let best: { text: string; edit: "remove" | "add" | "change" | "swap"; cost: number } | undefined;
  const consider = (candidate: string, edit: "remove" | "add" | "change" | "swap") => {
    if (candidate.length === 0) return;
    const c = readingCost(left + candidate + right, model) / (left.length + candidate.length + right.length);
    if (!best || c < best.cost) best = { text: candidate, edit, cost: c };
  };
  for (let i = 0; i < mid.length; i++) consider(mid.slice(0, i) + mid.slice(i + 1), "remove");
  for (let i = 0; i + 1 < mid.length; i++) consider(mid.slice(0, i) + mid[i + 1] + mid[i] + mid.slice(i + 2), "swap");
  // Characters to add or change: those the model has seen after the left neighbour and before the right one.
  for (let i = 0; i <= mid.length; i++) {
    const before = i > 0 ? mid[i - 1]! : text[start - 1];
    const after = i < mid.length ? mid[i]! : text[end];
    for (const x of model.bridges(before, after)) consider(mid.slice(0, i) + x + mid.slice(i), "add");
  }
  for (let i = 0; i < mid.length; i++) {
    const before = i > 0 ? mid[i - 1]! : text[start - 1];
    const after = i + 1 < mid.length ? mid[i + 1]! : text[end];
    for (const x of model.bridges(before, after)) if (x !== mid[i]) consider(mid.slice(0, i) + x + mid.slice(i + 1), "change");
  }
  if (!best) return undefined;
  const gain = (base - best.cost) * n;
  // The reading must be made of words: no isolated non-function characters left.
  const window = left + best.text + right;
  let words = true;
  for (const t of segmentRun(window, 0, window.length)) {
    const w = window.slice(t.start, t.end);
    if (t.end <= left.length || t.start >= left.length + best.text.length) continue;
    if ((w.length === 1 && !isFunctionChar(w)) || (w.length > 1 && !lexicon.has(w))) words = false;
  }
  return { text: best.text, edit: best.edit, gain, words };
}
