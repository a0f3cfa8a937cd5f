/**
 * How credible a garbled-text report is: the evidence each route weighs on its own (the
 * junctions, the reading's gain, the document's own words, the training text's strings of
 * four, the kind of slip) combined by one logistic model, fitted on text the character model
 * never read (scripts/train-credibility.ts: the two folds of its training documents, each
 * linted by a model built without it, the eval's garbles injected). Clean text's rare terms
 * pass each route's own bar about as often as garbles near it do, but they often look unlike
 * garbles on several counts at once (no reading that mends a word, characters the document uses
 * elsewhere, a place next to 、). The rule option `minCredibility` drops the reports below a
 * probability: a precision setting, off by default — the model learnt the eval's garbles, whose
 * nonsense words are random characters foreign to the document, and it scores a garble made of
 * the document's own words low (the sample's 国际间俄劝和促谈, 0.06). README: the trade.
 */
import { isIdeograph } from "../../src/cjk/chars.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { logisticProbability, type LogisticFit } from "../../src/nlp/logistic.js";
import { countOccurrences, junctionSurprisal, readingGainInContext } from "../../src/nlp/plausibility.js";
import { isFunctionChar } from "../../src/nlp/word-classes.js";
import { CREDIBILITY_MODEL } from "./credibility-model.js";
import { changeConfusion, type Garble } from "./detect.js";

/** What a report says happened: no reading (bare), one character read as another (lone), or its reading's edit. */
export const GARBLE_KINDS = ["bare", "lone", "remove", "add", "change", "look-alike", "sound-alike", "swap"] as const;
export type GarbleKind = (typeof GARBLE_KINDS)[number];

/** The model's inputs, in its order (credibility-model.ts lists the same names: a stale model fails its test). */
export const CREDIBILITY_FEATURES = [
  "length",
  "maxJunction",
  "junctionExcess",
  "documentMean",
  "foreignCharacters",
  "functionCharacters",
  "readingGain",
  "readingWordLogp",
  "readingElsewhere",
  "spanElsewhere",
  "nextToListMark",
  "leftEdge",
  "rightEdge",
  "seenStrings",
  "trigramGain",
  "seenStringsGain",
  ...GARBLE_KINDS.map((k) => `kind:${k}` as const),
] as const;
export type CredibilityFeature = (typeof CREDIBILITY_FEATURES)[number];

export interface CredibilityModel extends LogisticFit {
  /** Where the weights come from (the training runs), for the record. */
  source: string;
  features: readonly string[];
}

/**
 * The kind of a report, as its message names it. Undefined — not judged — for a route with a
 * diagnosis of its own (a date's unit, a character written twice): the eval injects neither, so
 * the folds hold almost none of their garbles to learn from (3 doubled characters found for 27 on
 * clean text in fold-0), while `eval:random --kinds double` finds most of its doubles through them.
 */
export function garbleKind(g: Garble): GarbleKind | undefined {
  if (g.message !== undefined) return undefined;
  if (!g.reading) return "bare";
  if ([...g.text].length === 1) return "lone";
  return changeConfusion(g.text, g.reading) ?? g.reading.edit;
}

/** Word log-probability standing for "no word" (a reading the lexicon lacks, or none). */
const NO_WORD = -20;
/** Characters each side of the span that the trigram and strings-of-four gains read. */
const WIDE_CONTEXT = 3;
/** … and the reading gain (readingGainInContext: the lexicon segmentation and bigram cost, as the routes score readings). */
const NARROW_CONTEXT = 2;

export interface CredibilityContext {
  text: string;
  model: CharModel;
  attested: AttestedNgrams | undefined;
  /** The document's mean junction surprisal (documentJunctionMean). */
  documentMean: number;
}

/** The run of ideographs around [start, end), read at most `reach` characters each way: [from, to). */
function ideographsAround(text: string, start: number, end: number, reach: number): [number, number] {
  let from = start;
  while (from > start - reach && from > 0 && isIdeograph(text[from - 1]!)) from--;
  let to = end;
  while (to < end + reach && to < text.length && isIdeograph(text[to]!)) to++;
  return [from, to];
}

/** Share of the strings of four touching [start, end) of `s` the training text writes (1 without the table or when none touch). */
function seenShare(attested: AttestedNgrams | undefined, s: string, start: number, end: number): number {
  if (!attested) return 1;
  const { seen, strings } = attested.seenCount(s, start, end);
  return strings === 0 ? 1 : seen / strings;
}

/** Cost (nats) of `s` by the character trigrams alone. */
function trigramCost(model: CharModel, s: string): number {
  const ids = Int32Array.from(s, (c) => model.id(c));
  return model.sequenceCost(ids, 0, ids.length);
}

/** The inputs of the credibility model for one report. */
export function credibilityFeatures(g: Garble, kind: GarbleKind, { text, model, attested, documentMean }: CredibilityContext): number[] {
  const { start, end } = g;
  const span = text.slice(start, end);
  let maxJunction = 0;
  let junctionExcess = 0;
  for (let i = Math.max(1, start); i <= Math.min(text.length - 1, end); i++) {
    if (!isIdeograph(text[i - 1]!) || !isIdeograph(text[i]!)) continue;
    const j = junctionSurprisal(model, text, i);
    maxJunction = Math.max(maxJunction, j);
    junctionExcess += Math.max(0, j - documentMean);
  }
  let length = 0;
  let foreignCharacters = 0;
  let functionCharacters = 0;
  for (const c of span) {
    if (!isIdeograph(c)) continue;
    length++;
    if (countOccurrences(text, c, 2) < 2) foreignCharacters++;
    if (isFunctionChar(c)) functionCharacters++;
  }
  const reading = g.reading?.text;
  const [from, to] = ideographsAround(text, start, end, WIDE_CONTEXT);
  const wideLeft = text.slice(from, start);
  const wideRight = text.slice(end, to);
  const original = wideLeft + span + wideRight;
  const seenStrings = seenShare(attested, original, wideLeft.length, wideLeft.length + span.length);
  let readingGain = 0;
  let trigramGain = 0;
  let seenStringsGain = 0;
  let readingWordLogp = NO_WORD;
  let readingElsewhere = 0;
  if (reading !== undefined) {
    readingGain = readingGainInContext(text, start, end, from, to, reading, model, NARROW_CONTEXT);
    const edited = wideLeft + reading + wideRight;
    trigramGain = trigramCost(model, original) - trigramCost(model, edited);
    seenStringsGain = seenShare(attested, edited, wideLeft.length, wideLeft.length + reading.length) - seenStrings;
    const lexicon = getLexicon();
    if (lexicon.has(reading)) readingWordLogp = lexicon.logProbability(reading);
    readingElsewhere = Math.min(3, countOccurrences(text, reading, 3));
  }
  const features: Record<CredibilityFeature, number> = {
    length: Math.min(8, length),
    maxJunction,
    junctionExcess,
    documentMean,
    foreignCharacters,
    functionCharacters,
    readingGain,
    readingWordLogp,
    readingElsewhere,
    spanElsewhere: Math.min(3, countOccurrences(text, span, 4) - 1),
    nextToListMark: text[start - 1] === "、" || text[end] === "、" ? 1 : 0,
    leftEdge: isIdeograph(text[start - 1] ?? "") ? 0 : 1,
    rightEdge: isIdeograph(text[end] ?? "") ? 0 : 1,
    seenStrings,
    trigramGain,
    seenStringsGain,
    ...(Object.fromEntries(GARBLE_KINDS.map((k) => [`kind:${k}`, k === kind ? 1 : 0])) as Record<`kind:${GarbleKind}`, number>),
  };
  return CREDIBILITY_FEATURES.map((name) => features[name]);
}

/** The model's probability that the report is a real garble. */
export function credibility(features: readonly number[], model: CredibilityModel = CREDIBILITY_MODEL): number {
  return logisticProbability(model, features);
}

/** Receives every judged report's inputs (scripts/train-credibility.ts collects them); none by default. */
export type CredibilityObserver = (text: string, start: number, end: number, features: readonly number[]) => void;
let observer: CredibilityObserver | undefined;

/** Sets (or, with undefined, clears) the observer of credibilityFeatures' results. */
export function observeCredibility(callback: CredibilityObserver | undefined): void {
  observer = callback;
}

/** Whether an observer is set (the rule then computes every report's inputs). */
export function credibilityObserved(): boolean {
  return observer !== undefined;
}

/** Passes a report's inputs to the observer, if one is set. */
export function noteCredibility(text: string, start: number, end: number, features: readonly number[]): void {
  observer?.(text, start, end, features);
}
