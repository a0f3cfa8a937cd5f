/**
 * Near-miss idioms: a four-character window that is one character away from
 * an idiom (lexicon tag i) or a fixed four-character expression (tag l), is
 * not a word itself, and reads far worse than the idiom in its context
 * (并行不停 → 并行不悖, 玩乎职守 → 玩忽职守).
 */
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import type { ChineseToken } from "../../src/nlp/document.js";
import { readingCost, usedAgain } from "../../src/nlp/plausibility.js";

export interface IdiomMiss {
  start: number;
  end: number;
  actual: string;
  expected: string;
  /** How much more plausible (nats) the idiom reads in context. */
  gain: number;
}

/** Minimum gain (nats) for a report. */
export const DEFAULT_MIN_GAIN = 18;

let index: Map<string, string[]> | undefined;
/** Bit q of atPosition[code] is set when some idiom has that character at position q (a fast pre-filter). */
let atPosition: Uint8Array | undefined;
/**
 * A hashed bit set of the first and the last two characters of the idioms: a
 * window one character away from an idiom keeps one of those pairs intact.
 */
let pairBits: Uint8Array | undefined;
const pairHash = (a: number, b: number) => ((Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) >>> 8) & 0xffffff;
const hasPair = (a: number, b: number) => (pairBits![pairHash(a, b) >> 3]! & (1 << (pairHash(a, b) & 7))) !== 0;

/** Idioms by wildcard pattern: 并行不悖 under *行不悖, 并*不悖, 并行*悖, 并行不*. */
function idiomIndex(): Map<string, string[]> {
  if (!index) {
    index = new Map();
    atPosition = new Uint8Array(0x10000);
    pairBits = new Uint8Array(1 << 21);
    const setPair = (a: number, b: number) => (pairBits![pairHash(a, b) >> 3]! |= 1 << (pairHash(a, b) & 7));
    for (const { word, tag } of getLexicon().entries()) {
      if ((tag !== "i" && tag !== "l") || word.length !== 4 || !/^\p{Unified_Ideograph}{4}$/u.test(word)) continue;
      for (let q = 0; q < 4; q++) atPosition[word.charCodeAt(q)]! |= 1 << q;
      setPair(word.charCodeAt(0), word.charCodeAt(1));
      setPair(word.charCodeAt(2), word.charCodeAt(3));
      for (let q = 0; q < 4; q++) {
        const key = `${word.slice(0, q)}*${word.slice(q + 1)}`;
        const list = index.get(key);
        if (list) list.push(word);
        else index.set(key, [word]);
      }
    }
  }
  return index;
}

/** Surprisal of the two junctions of `char` put at offset `at` (inside the run [lo, hi)). */
function junctionsAround(model: CharModel, text: string, at: number, lo: number, hi: number, char: string): number {
  const id = model.id(char);
  let s = 0;
  if (at > lo) s -= model.logp(model.id(text[at - 1]!), id);
  if (at + 1 < hi) s -= model.logp(id, model.id(text[at + 1]!));
  return s;
}

/** Whether the character at `at` is part of some lexicon word of 2–4 characters within [lo, hi). */
function inWord(text: string, at: number, lo: number, hi: number): boolean {
  const lexicon = getLexicon();
  for (let len = 2; len <= 4; len++) {
    for (let s = Math.max(lo, at - len + 1); s <= at && s + len <= hi; s++) if (lexicon.has(text.slice(s, s + len))) return true;
  }
  return false;
}

export function findIdiomMisses(runs: readonly ChineseToken[][], text: string, model: CharModel, minGain = DEFAULT_MIN_GAIN): IdiomMiss[] {
  const lexicon = getLexicon();
  const idioms = idiomIndex();
  const out: IdiomMiss[] = [];
  for (const run of runs) {
    const runStart = run[0]!.start;
    const runEnd = run.at(-1)!.end;
    if (runEnd - runStart < 4) continue;
    // Word starts: a window that begins or ends inside a multi-character word of the segmentation
    // that lies wholly outside the changed position is ordinary text around a word boundary.
    const marks = atPosition!;
    for (let p = runStart; p + 4 <= runEnd; p++) {
      // How many of the four characters can stand at their place in some idiom: three are needed.
      let fits = 0;
      for (let q = 0; q < 4; q++) if (marks[text.charCodeAt(p + q)]! & (1 << q)) fits++;
      if (fits < 3) continue;
      if (!hasPair(text.charCodeAt(p), text.charCodeAt(p + 1)) && !hasPair(text.charCodeAt(p + 2), text.charCodeAt(p + 3))) continue;
      const window = text.slice(p, p + 4);
      if (lexicon.has(window)) continue;
      let best: IdiomMiss | undefined;
      let base: number | undefined;
      const left = text.slice(Math.max(runStart, p - 2), p);
      const right = text.slice(p + 4, Math.min(runEnd, p + 6));
      for (let q = 0; q < 4; q++) {
        const candidates = idioms.get(`${window.slice(0, q)}*${window.slice(q + 1)}`);
        if (!candidates) continue;
        // The changed character must not make a word with its neighbours (保育 in 幼儿保育, 管控 in 自我管控).
        if (inWord(text, p + q, runStart, runEnd)) continue;
        const around = junctionsAround(model, text, p + q, runStart, runEnd, text[p + q]!);
        for (const idiom of candidates) {
          // Cheap test first: the idiom's character must fit its neighbours clearly better.
          if (around - junctionsAround(model, text, p + q, runStart, runEnd, idiom[q]!) < 3) continue;
          base ??= readingCost(left + window + right, model);
          const gain = base - readingCost(left + idiom + right, model);
          if (gain >= minGain && (!best || gain > best.gain)) best = { start: p + q, end: p + q + 1, actual: window, expected: idiom, gain };
        }
      }
      // A phrase the document repeats is meant (人口特少 in a list of regions), not a slip.
      if (best && text.indexOf(window) === text.lastIndexOf(window) && !usedAgain(text, best.start, best.end, runStart, runEnd)) {
        out.push({ ...best, start: p, end: p + 4 });
        p += 3;
      }
    }
  }
  return out;
}
