/**
 * The tokens of sentences in compact form: parallel typed arrays, appended in
 * document order (kind, [start, end) offsets, lexicon log-probability,
 * known). parse-chinese.ts scans sentences into this form and builds the nlcst
 * nodes from it.
 *
 * Why: a document has hundreds of thousands of words, and their nlcst nodes
 * (word, text node, position, two points, data: seven objects each) all live
 * as long as the document is linted — the garbage collector copies every one
 * of them and that cost more than parsing. The rules only need the offsets and
 * the lexicon data, which they read from here (document.ts); the nodes of a
 * sentence are built only when something reads its children.
 */
import { isHighSurrogate, isLowSurrogate } from "../cjk/codepoints.js";
import type { Lexicon } from "../cjk/lexicon.js";
import { segmentRunEach } from "./segment.js";

/** A run of ideographs segmented into lexicon words (each token is one word). */
export const CHINESE = 0;
/** Latin letters / digits (v1.2, U.S., 5G). */
export const LATIN = 1;
export const SPACE = 2;
/** One punctuation mark. */
export const PUNCTUATION = 3;
/** Anything else, one code point. */
export const SYMBOL = 4;

export class SentenceTokens {
  kinds: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  logps: Float64Array;
  known: Uint8Array;
  length = 0;

  /** `text` is the document all offsets index; `capacity` the expected number of tokens (the arrays grow past it). */
  constructor(
    readonly text: string,
    capacity = 1024,
  ) {
    this.kinds = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.logps = new Float64Array(capacity);
    this.known = new Uint8Array(capacity);
  }

  push(kind: number, start: number, end: number, logp: number, known: boolean): void {
    if (this.length === this.kinds.length) this.grow();
    const i = this.length++;
    this.kinds[i] = kind;
    this.starts[i] = start;
    this.ends[i] = end;
    this.logps[i] = logp;
    this.known[i] = known ? 1 : 0;
  }

  private grow(): void {
    const size = Math.max(16, this.kinds.length * 2);
    const grown = <T extends Uint8Array | Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.kinds = grown(this.kinds, (n) => new Uint8Array(n));
    this.starts = grown(this.starts, (n) => new Int32Array(n));
    this.ends = grown(this.ends, (n) => new Int32Array(n));
    this.logps = grown(this.logps, (n) => new Float64Array(n));
    this.known = grown(this.known, (n) => new Uint8Array(n));
  }
}

/** Ideograph runs | Latin/digit words (v1.2, U.S., 5G) | white space | one punctuation mark | anything else. */
const TOKEN = /\p{Unified_Ideograph}+|(?:(?!\p{Unified_Ideograph})[\p{L}\p{N}\p{M}])+(?:['’.\-](?:(?!\p{Unified_Ideograph})[\p{L}\p{N}\p{M}])+)*|\s+|\p{P}|[^]/gu;
const IDEOGRAPH_FIRST = /^\p{Unified_Ideograph}/u;
const SPACE_FIRST = /^\s/u;
const LATIN_FIRST = /^[\p{L}\p{N}\p{M}]/u;
const PUNCTUATION_FIRST = /^\p{P}/u;

/** kindOf's answer for an ideograph run (segmented into CHINESE words). */
const IDEOGRAPHS = -1;

/** The kind of token a match is, by its first code point. */
function kindOf(value: string): number {
  if (IDEOGRAPH_FIRST.test(value)) return IDEOGRAPHS;
  if (SPACE_FIRST.test(value)) return SPACE;
  if (LATIN_FIRST.test(value)) return LATIN;
  if (PUNCTUATION_FIRST.test(value)) return PUNCTUATION;
  return SYMBOL;
}

/**
 * kindOf of a match starting with the BMP code unit `code` (no surrogate), remembered per code
 * unit: four regular expression tests per token cost more than the rest of the scan.
 */
function unitKind(code: number): number {
  let kind = UNIT_KINDS[code]!;
  if (kind === 0) UNIT_KINDS[code] = kind = kindOf(String.fromCharCode(code)) + 2;
  return kind - 2;
}
/** unitKind's memory: the kind + 2 (0: not yet asked). */
const UNIT_KINDS = new Uint8Array(0x10000);

/** A callback appending Chinese words to `tokens` (one per store). */
const pushWords = new WeakMap<SentenceTokens, (start: number, end: number, logp: number, known: boolean) => void>();
function pushWord(tokens: SentenceTokens) {
  let push = pushWords.get(tokens);
  if (!push) pushWords.set(tokens, (push = (start, end, logp, known) => tokens.push(CHINESE, start, end, logp, known)));
  return push;
}

/** Append the tokens of the sentence text[start, end) to `tokens`; ideograph runs are segmented into words. */
export function scanSentence(tokens: SentenceTokens, start: number, end: number, lexicon: Lexicon): void {
  const text = tokens.text;
  // TOKEN matches at every position ([^] takes any code point), so each match starts where the
  // last one ended and test() gives its end: no match array and match string per token. (A start
  // between the halves of a surrogate pair steps back to the pair, as the engine's search does.)
  let s = start;
  if (isLowSurrogate(text.charCodeAt(s)) && isHighSurrogate(text.charCodeAt(s - 1))) s--;
  while (s < end && s < text.length) {
    TOKEN.lastIndex = s;
    TOKEN.test(text);
    const matchEnd = TOKEN.lastIndex;
    // A match running past the sentence is cut at its end (and classified as cut).
    const e = Math.min(end, matchEnd);
    const code = text.charCodeAt(s);
    const kind = code < 0xd800 || code > 0xdfff ? unitKind(code) : kindOf(text.slice(s, e));
    if (kind === IDEOGRAPHS) segmentRunEach(text, s, e, lexicon, pushWord(tokens));
    else tokens.push(kind, s, e, 0, true);
    if (e >= end) break;
    s = matchEnd;
  }
}
