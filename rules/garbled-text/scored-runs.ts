/**
 * The character model's view of a document's runs of ideographs, computed
 * once and shared by the three readers: the register mean
 * (documentJunctionMean), the junction detector (findGarbles) and the noisy
 * channel (findChannelSlips). One pass per run gives both the junction
 * bigrams and the character trigrams (CharModel.sequenceSurprisals).
 *
 * The numbers of all runs live in three arrays per document, each run at its
 * own offset: a typed array per run (or a view per run) would cost an
 * allocation each, about a microsecond, for tens of thousands of runs. The
 * runs' words are made into tokens only when a detector asks for them: four
 * runs in five have no isolated word, and are never searched.
 */
import type { Sentence } from "nlcst";
import type { CharModel } from "../../src/nlp/char-model.js";
import { runSurprisals } from "../../src/nlp/channel.js";
import { chineseRunBounds, chineseRuns, type ChineseToken } from "../../src/nlp/document.js";
import { sentenceTokens } from "../../src/nlp/parse-chinese.js";
import { REFERENCE_JUNCTION_MEAN } from "./detect.js";

/** What a character after a run's end counts in the channel's gate (nats): an ordinary one. */
const RUN_END_SURPRISAL = REFERENCE_JUNCTION_MEAN;

/** The arrays of a document's runs, run after run. */
interface RunArrays {
  /** Model ids of each run's characters, by code point. */
  ids: Int32Array;
  /** −log P of the junction ending at each UTF-16 offset of a run (0 at the run's first offset). */
  junctions: Float64Array;
  /** Surprisal of each character (by code point) given the two before it in the run (runSurprisals). */
  surprisals: Float64Array;
}

export class ScoredRun {
  /**
   * Whether the document writes this run (two characters or more) again, word for word. Every
   * route leaves a place alone whose piece the document uses again (usedAgain, occursElsewhere:
   * a term recurs, a garble happens once), and in such a run every piece, with its neighbours
   * inside the run, recurs: the routes skip it without searching. (Law text repeats whole
   * clauses, 依法追究刑事责任: a fifth of the big corpus's characters, a tenth of the channel's
   * places; garbled-text ≈ 10 % faster, every finding the same over the big corpus and the tuning side.)
   */
  repeated = false;
  private idView: Int32Array | undefined;
  private surprisalView: Float64Array | undefined;

  constructor(
    /** The sentence the run is in. */
    private readonly sentence: Sentence,
    /** Offsets of the run in the text. */
    readonly start: number,
    readonly end: number,
    /** How many characters (code points) the run has: end − start unless it has characters outside the BMP. */
    readonly characters: number,
    private readonly arrays: RunArrays,
    /** Where the run's numbers start in the arrays. */
    private readonly at: number,
    /** Index of the run's first word among the parser's compact tokens of the sentence (when it has them). */
    private readonly firstWord: number,
  ) {}

  /** The run's words (as chineseRuns gives them), made on first use. */
  get tokens(): readonly ChineseToken[] {
    return (this.tokenList ??= chineseRuns(this.sentence, [this.start, this.end])[0]!);
  }

  private tokenList: readonly ChineseToken[] | undefined;

  /**
   * Calls `visit` with each word of the run in order (its offsets,
   * log-probability, whether the lexicon knows it) until it returns true;
   * whether it did. Read from the parser's compact tokens, so that a run is
   * not made into token objects to learn what its words are like.
   */
  eachWord(visit: (start: number, end: number, logp: number, known: boolean) => boolean): boolean {
    const range = sentenceTokens(this.sentence);
    if (!range) return this.tokens.some((t) => visit(t.start, t.end, t.logp, t.known));
    const { starts, ends, logps, known } = range.tokens;
    for (let i = this.firstWord; i < range.to && starts[i]! < this.end; i++) {
      if (visit(starts[i]!, ends[i]!, logps[i]!, known[i] === 1)) return true;
    }
    return false;
  }

  /**
   * Calls `visit` with the text offset of the first of every two adjacent one-character words
   * of the run (the lone pairs that nonsense words and swapped words are made of).
   */
  eachLonePair(visit: (first: number) => void): void {
    let previousEnd = -1;
    this.eachWord((start, end) => {
      const single = end - start === 1;
      if (single && previousEnd === start) visit(start - 1);
      previousEnd = single ? end : -1;
      return false;
    });
  }

  /** −log P(text[i] | text[i − 1]) for a text offset start < i < end (by UTF-16 unit). */
  junction(i: number): number {
    return this.arrays.junctions[this.at + i - this.start]!;
  }

  /** Surprisal of the run's k-th character given the two before it; undefined past the last, as an array of them reads. */
  surprisal(k: number): number | undefined {
    return k < this.characters ? this.arrays.surprisals[this.at + k] : undefined;
  }

  /**
   * surprisal(k) + surprisal(k + 1) + surprisal(k + 2), added in that order, where a character
   * past the run's end counts as an ordinary one (RUN_END_SURPRISAL: a slip in a run's last
   * character, 持有入、, has one term of evidence, not three); NaN past the last character: the
   * channel's gate at each place, read from the arrays without an optional number per character.
   */
  surprisalOfThree(k: number): number {
    const { surprisals } = this.arrays;
    const at = this.at + k;
    const n = this.characters;
    return (k < n ? surprisals[at]! : NaN) + (k + 1 < n ? surprisals[at + 1]! : RUN_END_SURPRISAL) + (k + 2 < n ? surprisals[at + 2]! : RUN_END_SURPRISAL);
  }

  /**
   * The first place k in [from, to) whose surprisalOfThree is not below `gate` (NaN is not), or
   * `to`: a search skips the quiet places with no number made per place (a number returned from
   * a call is an allocation unless the call is inlined).
   */
  nextPlace(from: number, to: number, gate: number): number {
    let k = from;
    while (k < to && this.surprisalOfThree(k) < gate) k++;
    return k;
  }

  /** The model ids of the run's characters (a view, made on first use: most runs are never searched). */
  get ids(): Int32Array {
    return (this.idView ??= this.arrays.ids.subarray(this.at, this.at + this.characters));
  }

  /** The surprisals of the run's characters (a view, made on first use). */
  get surprisals(): Float64Array {
    return (this.surprisalView ??= this.arrays.surprisals.subarray(this.at, this.at + this.characters));
  }
}

export function scoreRuns(sentences: readonly Sentence[], text: string, model: CharModel): ScoredRun[] {
  // The runs' bounds, [start, end) pairs, and the sentence of each.
  const bounds: number[] = [];
  const sentenceOf: Sentence[] = [];
  const firstWordOf: number[] = [];
  for (const sentence of sentences) {
    const before = bounds.length;
    chineseRunBounds(sentence, bounds);
    // The runs come in order: one pass over the sentence's compact tokens finds where each starts.
    const range = sentenceTokens(sentence);
    let word = range?.from ?? 0;
    for (let j = before; j < bounds.length; j += 2) {
      sentenceOf.push(sentence);
      if (range) while (range.tokens.starts[word]! < bounds[j]!) word++;
      firstWordOf.push(word);
    }
  }
  let total = 0;
  for (let j = 0; j < bounds.length; j += 2) total += bounds[j + 1]! - bounds[j]!;
  const arrays: RunArrays = { ids: new Int32Array(total), junctions: new Float64Array(total), surprisals: new Float64Array(total) };
  const runs: ScoredRun[] = [];
  let at = 0;
  for (let j = 0; j < bounds.length; j += 2) {
    const start = bounds[j]!;
    const end = bounds[j + 1]!;
    let surrogates = false;
    for (let i = start; i < end; i++) {
      const code = text.charCodeAt(i);
      arrays.ids[at + i - start] = model.idOfUnit(code);
      if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    }
    model.sequenceSurprisals(arrays.ids, arrays.junctions, arrays.surprisals, at, at + end - start);
    let characters = end - start;
    if (surrogates) {
      // A character outside the BMP (rare): the junctions stay by code unit, as the junction
      // detector reads the text; the characters are scored again by code point.
      const ids = Int32Array.from(text.slice(start, end), (c) => model.id(c));
      arrays.ids.set(ids, at);
      arrays.surprisals.set(runSurprisals(model, ids), at);
      characters = ids.length;
    }
    runs.push(new ScoredRun(sentenceOf[j >> 1]!, start, end, characters, arrays, at, firstWordOf[j >> 1]!));
    at += end - start;
  }
  markRepeatedRuns(runs, text);
  return runs;
}

/** Sets ScoredRun.repeated. (A run of one character has no neighbour inside it to make its piece recur.) */
function markRepeatedRuns(runs: readonly ScoredRun[], text: string): void {
  const counts = new Map<string, number>();
  for (const run of runs) {
    if (run.end - run.start < 2) continue;
    const key = text.slice(run.start, run.end);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const run of runs) if (run.end - run.start >= 2 && counts.get(text.slice(run.start, run.end))! > 1) run.repeated = true;
}
