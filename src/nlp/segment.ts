/**
 * Word segmentation of ideograph runs by the lexicon: the maximum-probability
 * route through the word DAG (jieba's algorithm without the HMM), written for
 * speed — no per-character arrays, one substring lookup per candidate word.
 * ≈ 3–5 MB/s on prose, so a whole document can be segmented.
 */
import { getLexicon, type Lexicon } from "../cjk/lexicon.js";
import { getNlpTables, MAX_WORD } from "./tables.js";

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

const slotOf = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

/** Bit mask of the lengths of the words starting with the prefix `key` (0: none). */
function lengthMask(index: WordIndex, key: number): number {
  const { slotKeys, slotMasks, slotMask } = index;
  for (let h = slotOf(key, slotMask); ; h = (h + 1) & slotMask) {
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
    let size = 1;
    while (size < tables.prefixKeys.length * 2) size <<= 1;
    const slotKeys = new Uint32Array(size);
    const slotMasks = new Uint16Array(size);
    for (let i = 0; i < tables.prefixKeys.length; i++) {
      const key = tables.prefixKeys[i]!;
      let h = slotOf(key, size - 1);
      while (slotKeys[h] !== 0) h = (h + 1) & (size - 1);
      slotKeys[h] = key + 1;
      slotMasks[h] = tables.prefixMasks[i]!;
    }
    index = { single, compact: tables.compact, slotKeys, slotMasks, slotMask: size - 1, unknown };
    indices.set(lexicon, index);
  }
  return index;
}

/** Log-probability given to a character the lexicon does not know. */
export function unknownLogProbability(lexicon: Lexicon = getLexicon()): number {
  return wordIndex(lexicon).unknown;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/**
 * Segment `text.slice(start, end)` (a run of ideographs) into its most
 * probable words. Offsets in the result are offsets into `text`.
 */
export function segmentRun(text: string, start: number, end: number, lexicon: Lexicon = getLexicon()): SegToken[] {
  const n = end - start;
  if (n <= 0) return [];
  const index = wordIndex(lexicon);
  const { single, compact, unknown } = index;
  const best = new Float64Array(n + 1).fill(-Infinity);
  const from = new Int32Array(n + 1);
  const fromLogp = new Float64Array(n + 1);
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
      const lp = lexicon.logProbability(text.slice(start + s, start + s + len));
      if (lp === -Infinity) continue;
      const e = s + len;
      if (base + lp > best[e]!) {
        best[e] = base + lp;
        from[e] = s;
        fromLogp[e] = lp;
      }
    }
  }
  const tokens: SegToken[] = [];
  for (let e = n; e > 0; e = from[e]!) {
    tokens.push({ start: start + from[e]!, end: start + e, logp: fromLogp[e]!, known: fromLogp[e] !== unknown });
  }
  return tokens.reverse();
}
