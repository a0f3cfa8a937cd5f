/**
 * 曰 for 日 right after a number (2023年3月21曰): an OCR look-alike in a date.
 * Digits are no ideographs, so the character runs that the other routes score
 * start after them, and a slip in the unit of a number is the run's first
 * character with one neighbour to show it. 曰 (classical "says": 子曰, 一曰) never
 * follows an Arabic numeral; 日 always can.
 */
import type { Garble } from "./detect.js";

/** An Arabic numeral (ASCII or full-width) followed by 曰. */
const NUMBER_THEN_YUE = /[0-9０-９]曰/g;

export function findDateSlips(text: string): Garble[] {
  const out: Garble[] = [];
  for (const match of text.matchAll(NUMBER_THEN_YUE)) {
    const at = match.index + 1;
    out.push({ start: at, end: at + 1, text: "曰", score: 0, gain: 0, reading: { text: "日", edit: "change" }, numberUnit: true });
  }
  return out;
}
