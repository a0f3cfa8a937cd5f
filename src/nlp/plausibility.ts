/**
 * How plausible a string of ideographs is as clean formal Chinese: the
 * lexicon segmentation cost (−log P of its most probable words) plus the
 * character-bigram surprisal of its junctions. Lower is better. Used to
 * compare a passage with a one-edit alternative reading (garbled-text,
 * idiom-variant).
 */
import { getLexicon } from "../cjk/lexicon.js";
import type { CharModel } from "./char-model.js";
import { segmentRun, type SegToken } from "./segment.js";

/** Surprisal (−log P) of the junction ending at offset i of `s` (between s[i-1] and s[i]). */
export function junctionSurprisal(model: CharModel, s: string, i: number): number {
  // By code unit, as model.id(s[i]) reads them, without making one-character strings.
  return -model.logp(model.idOfUnit(s.charCodeAt(i - 1)), model.idOfUnit(s.charCodeAt(i)));
}

/** Segmentation cost of words the lexicon read: −log P of them all (nats). */
export function wordsCost(words: readonly SegToken[]): number {
  let c = 0;
  for (const t of words) c -= t.logp;
  return c;
}

/** Segmentation cost plus junction surprisal of `s` (nats; lower is more plausible). */
export function readingCost(s: string, model: CharModel): number {
  let c = wordsCost(segmentRun(s, 0, s.length));
  for (let i = 1; i < s.length; i++) c += junctionSurprisal(model, s, i);
  return c;
}

/**
 * How much more plausible (nats) `reading` makes text[start, end), read with `context` characters
 * each side within the run [runStart, runEnd): the gain of a name or a word restored in its place.
 */
export function readingGainInContext(text: string, start: number, end: number, runStart: number, runEnd: number, reading: string, model: CharModel, context = 2): number {
  const left = text.slice(Math.max(runStart, start - context), start);
  const right = text.slice(end, Math.min(runEnd, end + context));
  return readingCost(left + text.slice(start, end) + right, model) - readingCost(left + reading + right, model);
}

/**
 * Whether the document uses the piece [start, end) again — for a single
 * character, together with its left or its right neighbour (燃用 in 单位燃用,
 * 停止燃用 and 没收燃用): a garble happens once, a term recurs.
 */
export function usedAgain(text: string, start: number, end: number, runStart: number, runEnd: number): boolean {
  const again = (s: number, e: number) => e - s >= 2 && occursElsewhere(text, s, e);
  if (end - start >= 2) return again(start, end);
  return (start > runStart && again(start - 1, end)) || (end < runEnd && again(start, end + 1));
}

/** Whether the text of [start, end) occurs somewhere else in the document too. */
export function occursElsewhere(text: string, start: number, end: number): boolean {
  const piece = text.slice(start, end);
  return text.indexOf(piece) !== start || text.indexOf(piece, start + 1) !== -1;
}

/** How often `piece` occurs in the text, counting up to `limit` (overlapping occurrences count). */
export function countOccurrences(text: string, piece: string, limit = Infinity): number {
  let n = 0;
  for (let at = text.indexOf(piece); at !== -1 && n < limit; at = text.indexOf(piece, at + 1)) n++;
  return n;
}

/** A short form the document defines for itself, closed by a mark: （以下简称社管会）, 简称“吨税”, （以下称市出版主管部门）. */
const SHORT_FORM_DEFINITION = /(?:简称|以下称)[“"「]?(\p{Unified_Ideograph}{2,12})[”"」]?(?=[）)，。；、])/gu;

/**
 * The places where the document writes a short form it coins and then uses at least twice (以下简称社管会
 * … 社管会 … 社管会): [start, end) pairs, the definition's own included. Such a form is the document's own
 * term, however unusual its characters; a slip inside the definition itself leaves a form used once.
 */
export function definedShortFormPlaces(text: string): Array<[number, number]> {
  const forms = new Set<string>();
  // (Only coinages: a defined form the lexicon lists, 代表 or 常务委员会, needs no protection and would shield slips around it.)
  for (const m of text.matchAll(SHORT_FORM_DEFINITION)) if (!getLexicon().has(m[1]!)) forms.add(m[1]!);
  const places: Array<[number, number]> = [];
  for (const form of forms) {
    const at: number[] = [];
    for (let i = text.indexOf(form); i !== -1; i = text.indexOf(form, i + 1)) at.push(i);
    if (at.length >= 3) for (const i of at) places.push([i, i + form.length]);
  }
  return places;
}
