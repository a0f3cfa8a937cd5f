/**
 * Words across a boundary, by the lexicon.
 *
 * A page break, a paragraph break or a hard line wrap that falls inside a word
 * (拓|展, 互|联网, 发展|中国家) is strong evidence that the two sides belong
 * together. Two characters that merely happen to form a dictionary word do not
 * count: the boundary must fall inside a word of the *best* segmentation of the
 * joined text, so 发展|中国家 crosses (发展中国家 wins) while 声明|应邀 does not.
 *
 * The segmentation is a unigram maximum-probability split (jieba's DAG route
 * without the HMM) over a small window around the boundary: cheap, and the
 * window is all that matters for the words touching the boundary.
 */
import { isIdeograph } from "./chars.js";
import { wordLengthMask } from "../nlp/segment.js";
import { getLexicon, type Lexicon } from "./lexicon.js";

/** Characters on each side of a boundary that the segmentation looks at. */
const WINDOW = 8;
/** Longest word tried (longer dictionary entries are rare set phrases). */
const MAX_WORD = 8;

/**
 * Scratch arrays of `segmentIdeographs`, reused across calls (it is synchronous
 * and calls nothing that segments): it runs for every pair of sides compared,
 * and four typed arrays per call cost more than the short search itself.
 */
let scratchAt = new Int32Array(64);
let scratchMasks = new Int32Array(64);
let scratchBest = new Float64Array(64);
let scratchFrom = new Int32Array(64);

/** Split a run of ideographs into its most probable words. */
export function segmentIdeographs(chars: readonly string[], lexicon: Lexicon = getLexicon()): string[] {
  const n = chars.length;
  // An unknown single character costs a little more than the rarest word, so
  // known words are always preferred to a run of unknown characters.
  const unknown = Math.log(1) - Math.log(lexicon.header.totalFrequency) - 2;
  if (scratchAt.length < n + 1) {
    const size = Math.max(n + 1, scratchAt.length * 2);
    scratchAt = new Int32Array(size);
    scratchMasks = new Int32Array(size);
    scratchBest = new Float64Array(size);
    scratchFrom = new Int32Array(size);
  }
  // The joined run and where each character starts in it: candidate words are
  // looked up in place (no string per candidate).
  const joined = chars.join("");
  const at = scratchAt;
  at[0] = 0;
  for (let i = 0; i < n; i++) at[i + 1] = at[i]! + chars[i]!.length;
  // Which word lengths can start at each character (BMP runs, where characters are code units):
  // most candidate words are skipped without a lookup.
  let masks: Int32Array | undefined;
  if (joined.length === n) {
    masks = scratchMasks;
    for (let i = 0; i < n; i++) masks[i] = wordLengthMask(joined, i, lexicon);
  }
  const best = scratchBest.fill(-Infinity, 0, n + 1);
  const from = scratchFrom;
  best[0] = 0;
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - MAX_WORD); start < end; start++) {
      if (best[start] === -Infinity) continue;
      if (masks && end - start > 1 && !(masks[start]! & (1 << (end - start)))) continue;
      let score = lexicon.logProbabilityAt(joined, at[start]!, at[end]! - at[start]!);
      if (score === -Infinity) {
        if (end - start > 1) continue;
        score = unknown;
      }
      if (best[start]! + score > best[end]!) {
        best[end] = best[start]! + score;
        from[end] = start;
      }
    }
  }
  const words: string[] = [];
  for (let end = n; end > 0; end = from[end]!) words.unshift(joined.slice(at[from[end]!]!, at[end]!));
  return words;
}

/** The trailing run of ideographs of `text` (at most `limit` characters). */
function trailingIdeographs(text: string, limit = WINDOW): string[] {
  // Code points from the end (a surrogate pair is one): `text` may be a whole paragraph.
  const run: string[] = [];
  for (let i = text.length - 1; i >= 0 && run.length < limit; i--) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xdc00 && code <= 0xdfff && i > 0 && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
    const char = pair ? text.slice(--i, i + 2) : text[i]!;
    if (!isIdeograph(char)) break;
    run.unshift(char);
  }
  return run;
}

/** The leading run of ideographs of `text` (at most `limit` characters). */
function leadingIdeographs(text: string, limit = WINDOW): string[] {
  const run: string[] = [];
  for (const char of text) {
    if (run.length >= limit || !isIdeograph(char)) break;
    run.push(char);
  }
  return run;
}

export interface WordAcross {
  /** The word the boundary cuts, e.g. "拓展". */
  word: string;
  /** How many of its characters lie before the boundary. */
  before: number;
}

/**
 * The word that a boundary between `left` and `right` cuts, when the best
 * segmentation of the joined text puts one across it; null otherwise (also
 * when either side does not touch the boundary with an ideograph).
 */
export function wordAcross(left: string, right: string, lexicon: Lexicon = getLexicon()): WordAcross | null {
  return runsAcross(trailingIdeographs(left), leadingIdeographs(right), lexicon);
}

/**
 * Whether a word across a boundary is two whole words of the lexicon, one each side (回顾|过去 of
 * 回顾过去): a phrase the dictionary lists, which a boundary between two words cuts by chance. A
 * page break inside a word leaves a piece of it on one side (不断拓|展, 全球互|联网).
 */
export function joinsTwoWords({ word, before }: WordAcross, lexicon: Lexicon = getLexicon()): boolean {
  const chars = [...word];
  const left = chars.slice(0, before).join("");
  const right = chars.slice(before).join("");
  return before >= 2 && chars.length - before >= 2 && lexicon.has(left) && lexicon.has(right);
}

/**
 * `wordAcross(left, right)` for one `left` and many right sides (a cut-off
 * paragraph against every fragment of a file): the left side's run is taken once.
 */
export function wordAcrossFrom(left: string, lexicon: Lexicon = getLexicon()): (right: string) => WordAcross | null {
  const l = trailingIdeographs(left);
  return (right) => runsAcross(l, leadingIdeographs(right), lexicon);
}

/** `wordAcross` of the runs of ideographs on either side of the boundary. */
function runsAcross(l: readonly string[], r: readonly string[], lexicon: Lexicon): WordAcross | null {
  if (l.length === 0 || r.length === 0) return null;
  if (!mayCross(l, r, lexicon)) return null;
  let position = 0;
  for (const word of segmentIdeographs([...l, ...r], lexicon)) {
    const length = [...word].length;
    if (position < l.length && position + length > l.length) return { word, before: l.length - position };
    position += length;
    if (position >= l.length) break;
  }
  return null;
}

/**
 * Whether some lexicon word that `segmentIdeographs` would try spans the
 * boundary between the runs `l` and `r` — a necessary condition for
 * `wordAcross`, checked with a few lookups instead of segmenting (callers
 * compare one side with thousands of others); always true for astral runs.
 */
function mayCross(l: readonly string[], r: readonly string[], lexicon: Lexicon): boolean {
  const joined = l.join("") + r.join("");
  if (joined.length !== l.length + r.length) return true;
  for (let start = Math.max(0, l.length - MAX_WORD + 1); start < l.length; start++) {
    const mask = wordLengthMask(joined, start, lexicon);
    // Lengths that end past the boundary and within the joined runs.
    for (let length = l.length - start + 1; length <= MAX_WORD && start + length <= joined.length; length++) {
      if (mask & (1 << length) && lexicon.logProbabilityAt(joined, start, length) !== -Infinity) return true;
    }
  }
  return false;
}

/** The last word of `text` by the lexicon (null when it does not end with an ideograph). */
export function lastWord(text: string, lexicon: Lexicon = getLexicon()): string | null {
  const run = trailingIdeographs(text);
  return run.length === 0 ? null : segmentIdeographs(run, lexicon).at(-1)!;
}

/** The first word of `text` by the lexicon (null when it does not start with an ideograph). */
export function firstWord(text: string, lexicon: Lexicon = getLexicon()): string | null {
  const run = leadingIdeographs(text);
  return run.length === 0 ? null : segmentIdeographs(run, lexicon)[0]!;
}

/** A line break alone, between two lines of one paragraph (CRLF, LF or CR). */
const LINE_BREAK = /^(?:\r\n|\n|\r)/u;
/** Characters on each side of a wrap that `wrapCutsWordAt` reads. */
const WRAP_WINDOW = 8;

/**
 * Whether a hard line wrap at an edge of text[start, end) — a line break right after `end`, or
 * right before `start`, with an ideograph on both sides — falls inside a word of the joined text
 * that reaches into the span (群众住|房: the span 群众住 ends in 住房; 培养养|老: in 养老). A span
 * that reads odd only because the wrap cut a word off it is the wrap's artefact, which the
 * paragraph-split rule reports, not a garble of its own.
 */
export function wrapCutsWordAt(text: string, start: number, end: number, lexicon: Lexicon = getLexicon()): boolean {
  const after = LINE_BREAK.exec(text.slice(end, end + 2))?.[0];
  if (after && wordAcross(text.slice(Math.max(0, end - WRAP_WINDOW), end), text.slice(end + after.length, end + after.length + WRAP_WINDOW), lexicon)) return true;
  const beforeBreak = /(?:\r\n|\n|\r)$/u.exec(text.slice(Math.max(0, start - 2), start))?.[0];
  if (beforeBreak) {
    const lineEnd = start - beforeBreak.length;
    if (wordAcross(text.slice(Math.max(0, lineEnd - WRAP_WINDOW), lineEnd), text.slice(start, start + WRAP_WINDOW), lexicon)) return true;
  }
  return false;
}

/**
 * Whether a lexicon word of `minLength` to `maxLength` code units, lying within text[from, to),
 * covers text[start, end) as the text writes it. Shortest first: most covering words are short.
 */
export function coveredByWord(text: string, start: number, end: number, minLength: number, maxLength: number, from = 0, to = text.length, lexicon: Lexicon = getLexicon()): boolean {
  for (let length = Math.max(minLength, end - start); length <= maxLength; length++) {
    for (let i = Math.max(from, end - length); i <= start && i + length <= to; i++) if (lexicon.hasAt(text, i, length)) return true;
  }
  return false;
}

/** Shortest and longest lexicon word `insideLongWord` looks up. */
const LONG_WORD = { min: 4, max: 8 };

/**
 * Whether text[start, end) lies inside a word of four to eight characters that the lexicon knows,
 * as the text writes it: an idiom or fixed phrase (常来常往) is written as meant, however rare its
 * pieces. Not three-character words: the dictionary holds many that a slip makes by chance.
 */
export function insideLongWord(text: string, start: number, end: number, lexicon: Lexicon = getLexicon()): boolean {
  return coveredByWord(text, start, end, LONG_WORD.min, LONG_WORD.max, 0, text.length, lexicon);
}
