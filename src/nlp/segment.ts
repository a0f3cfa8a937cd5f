/**
 * Word segmentation of ideograph runs by the lexicon: the maximum-probability
 * route through the word DAG (jieba's algorithm without the HMM), written for
 * speed — no per-character arrays, one substring lookup per candidate word.
 * ≈ 3–5 MB/s on prose, so a whole document can be segmented.
 */
import { isIdeograph } from "../cjk/chars.js";
import { isHighSurrogate } from "../cjk/codepoints.js";
import { getLexicon, type Lexicon } from "../cjk/lexicon.js";
import { getNlpTables, MAX_WORD, prefixSlot } from "./tables.js";

/** Longest word tried (longer dictionary entries are rare set phrases). */
export { MAX_WORD };

/** A token of a segmented run: [start, end) offsets into the string, its log-probability. */
export interface SegToken {
  start: number;
  end: number;
  /** Natural-log unigram probability; `UNKNOWN_LOGP` for a character not in the lexicon. */
  logp: number;
  /** Whether the token is a lexicon word (single characters included). */
  known: boolean;
}

/**
 * Lookup tables derived from the lexicon (precompiled, see tables.ts): the
 * log-probability of every single BMP character (by code unit) and, for every
 * two-character prefix, a bit mask of the word lengths that start with it —
 * so the DAG only looks up substrings that can be words.
 */
interface WordIndex {
  single: Float64Array;
  /** Compact index of each BMP code unit that starts or continues a word prefix (0: none). */
  compact: Uint16Array;
  /** Open-addressing hash of the prefix keys: slot → key + 1 (0: empty), and the length mask. */
  slotKeys: Uint32Array;
  slotMasks: Uint16Array;
  slotMask: number;
  unknown: number;
}

/** Bit mask of the lengths of the words starting with the prefix `key` (0: none). */
function lengthMask(index: WordIndex, key: number): number {
  const { slotKeys, slotMasks, slotMask } = index;
  for (let h = prefixSlot(key, slotMask); ; h = (h + 1) & slotMask) {
    const k = slotKeys[h]!;
    if (k === 0) return 0;
    if (k === key + 1) return slotMasks[h]!;
  }
}

const indices = new WeakMap<Lexicon, WordIndex>();

function wordIndex(lexicon: Lexicon): WordIndex {
  let index = indices.get(lexicon);
  if (!index) {
    const tables = getNlpTables(lexicon);
    const logTotal = Math.log(lexicon.header.totalFrequency);
    const unknown = -logTotal - 2;
    const single = new Float64Array(0x10000).fill(unknown);
    for (let i = 0; i < tables.singleCodes.length; i++) single[tables.singleCodes[i]!] = Math.log(tables.singleFrequencies[i]!) - logTotal;
    const { slotKeys, slotMasks } = tables;
    index = { single, compact: tables.compact, slotKeys, slotMasks, slotMask: slotKeys.length - 1, unknown };
    indices.set(lexicon, index);
  }
  return index;
}

/**
 * Bit mask of the lengths (in code units, 2–MAX_WORD) of the lexicon words
 * with a nonzero frequency that can start at text[at] — a superset: a length
 * whose bit is clear is certainly not such a word there. Lets other
 * segmenters skip dictionary lookups that cannot succeed.
 */
export function wordLengthMask(text: string, at: number, lexicon: Lexicon = getLexicon()): number {
  const index = wordIndex(lexicon);
  const c1 = index.compact[text.charCodeAt(at)];
  const c2 = index.compact[text.charCodeAt(at + 1)];
  return c1 && c2 ? lengthMask(index, c1 * 0x8000 + c2) : 0;
}

/** Log-probability given to a character the lexicon does not know. */
export function unknownLogProbability(lexicon: Lexicon = getLexicon()): number {
  return wordIndex(lexicon).unknown;
}

/**
 * Scratch arrays of the DAG, reused across calls (segmentRun is synchronous
 * and not re-entrant): a document has tens of thousands of short runs, and
 * three typed arrays per run cost more than the search itself.
 */
let scratchBest = new Float64Array(256);
let scratchFrom = new Int32Array(256);
let scratchFromLogp = new Float64Array(256);
/** Word ends of the best route, last first (segmentRunEach). */
let scratchPath = new Int32Array(256);

/**
 * Segment `text.slice(start, end)` (a run of ideographs) into its most
 * probable words. Offsets in the result are offsets into `text`.
 */
export function segmentRun(text: string, start: number, end: number, lexicon: Lexicon = getLexicon()): SegToken[] {
  const n = end - start;
  if (n <= 0) return [];
  const unknown = bestRoute(text, start, end, lexicon);
  const from = scratchFrom;
  const fromLogp = scratchFromLogp;
  const tokens: SegToken[] = [];
  for (let e = n; e > 0; e = from[e]!) {
    tokens.push({ start: start + from[e]!, end: start + e, logp: fromLogp[e]!, known: fromLogp[e] !== unknown });
  }
  return tokens.reverse();
}

/**
 * The tokens `segmentRun` returns, handed to `emit` in order instead of as
 * objects (a document has hundreds of thousands of words). `emit` must not
 * segment (the route lives in shared scratch arrays).
 */
export function segmentRunEach(text: string, start: number, end: number, lexicon: Lexicon, emit: (start: number, end: number, logp: number, known: boolean) => void): void {
  const n = end - start;
  if (n <= 0) return;
  const unknown = bestRoute(text, start, end, lexicon);
  const from = scratchFrom;
  const fromLogp = scratchFromLogp;
  if (scratchPath.length < n) scratchPath = new Int32Array(Math.max(n, scratchPath.length * 2));
  const path = scratchPath;
  let k = 0;
  for (let e = n; e > 0; e = from[e]!) path[k++] = e;
  while (k > 0) {
    const e = path[--k]!;
    emit(start + from[e]!, start + e, fromLogp[e]!, fromLogp[e] !== unknown);
  }
}

/** Fill the scratch arrays with the best route through text[start, end) (n > 0); returns the unknown-character log-probability. */
function bestRoute(text: string, start: number, end: number, lexicon: Lexicon): number {
  const n = end - start;
  const index = wordIndex(lexicon);
  const { single, compact, unknown } = index;
  if (scratchBest.length < n + 1) {
    const size = Math.max(n + 1, scratchBest.length * 2);
    scratchBest = new Float64Array(size);
    scratchFrom = new Int32Array(size);
    scratchFromLogp = new Float64Array(size);
  }
  const best = scratchBest;
  const from = scratchFrom;
  const fromLogp = scratchFromLogp;
  best.fill(-Infinity, 0, n + 1);
  best[0] = 0;
  for (let s = 0; s < n; s++) {
    const base = best[s]!;
    if (base === -Infinity) continue;
    const code = text.charCodeAt(start + s);
    // One character (an astral ideograph is two code units and unknown).
    const step = isHighSurrogate(code) && s + 1 < n ? 2 : 1;
    const lp1 = step === 1 ? single[code]! : unknown;
    if (base + lp1 > best[s + step]!) {
      best[s + step] = base + lp1;
      from[s + step] = s;
      fromLogp[s + step] = lp1;
    }
    if (step === 2 || s + 1 >= n) continue;
    const c1 = compact[code]!;
    const c2 = compact[text.charCodeAt(start + s + 1)]!;
    if (c1 === 0 || c2 === 0) continue;
    const mask = lengthMask(index, c1 * 0x8000 + c2);
    for (let len = 2; mask >> len !== 0 && s + len <= n; len++) {
      if (!(mask & (1 << len))) continue;
      const lp = lexicon.logProbabilityAt(text, start + s, len);
      if (lp === -Infinity) continue;
      const e = s + len;
      if (base + lp > best[e]!) {
        best[e] = base + lp;
        from[e] = s;
        fromLogp[e] = lp;
      }
    }
  }
  return unknown;
}

/** How far each way `isWordBoundary` reads: longer words are rare enough to ignore. */
const BOUNDARY_CONTEXT = 6;

/**
 * Whether the lexicon's segmentation puts a word boundary before `text[at]`
 * (always, next to anything but an ideograph). Only the ideographs within
 * BOUNDARY_CONTEXT each way are segmented.
 */
export function isWordBoundary(text: string, at: number, lexicon: Lexicon = getLexicon()): boolean {
  if (!isIdeograph(text[at - 1] ?? "") || !isIdeograph(text[at] ?? "")) return true;
  let start = at - 1;
  while (start > at - BOUNDARY_CONTEXT && isIdeograph(text[start - 1] ?? "")) start--;
  let end = at + 1;
  while (end < at + BOUNDARY_CONTEXT && isIdeograph(text[end] ?? "")) end++;
  return segmentRun(text, start, end, lexicon).some((t) => t.start === at);
}
