/**
 * 曰 for 日 right after a number (2023年3月21曰, 二〇二三年三月二十一曰): an OCR look-alike in a date;
 * 再 for 在 right before one (力争再2030年前): an IME's sound-alike.
 * Digits are no ideographs, so the character runs that the other routes score
 * start after them, and a slip in the unit of a number is the run's first
 * character with one neighbour to show it (and a Chinese-numeral day is a word
 * the lexicon does not know). 曰 (classical "says": 子曰, 一曰) never follows an
 * Arabic numeral or a month's day; 日 always can.
 */
import type { Garble } from "./detect.js";

/**
 * 曰 after an Arabic numeral (ASCII or full-width), or after a day written in Chinese numerals
 * right after its month (三月二十一曰; 一曰 alone is an enumeration of classical prose: 一曰…二曰…).
 */
const NUMBER_THEN_YUE = /(?:[0-9０-９]|月[〇零一二三四五六七八九十廿卅]{1,3})曰/g;

/**
 * 再 ("again", an adverb before verbs) right before an Arabic numeral, for 在 ("at, in": 在2030年前,
 * 在5%以内): the two read zài, and an IME offers either. The big and dev corpora (50 M characters)
 * write 在 before a digit 441 times and 再 never.
 */
const AGAIN_THEN_NUMBER = /再(?=[0-9０-９])/g;

export function findDateSlips(text: string): Garble[] {
  const out: Garble[] = [];
  for (const match of text.matchAll(NUMBER_THEN_YUE)) {
    const at = match.index + match[0].length - 1;
    out.push({ start: at, end: at + 1, text: "曰", score: 0, gain: 0, reading: { text: "日", edit: "change" }, message: "number-unit" });
  }
  for (const match of text.matchAll(AGAIN_THEN_NUMBER)) {
    out.push({ start: match.index, end: match.index + 1, text: "再", score: 0, gain: 0, reading: { text: "在", edit: "change" }, message: "before-number" });
  }
  return out.sort((a, b) => a.start - b.start);
}
