/**
 * Toneless pinyin readings of the BMP ideographs, precompiled by
 * scripts/build-readings.ts from pinyin-pro (a build-time dependency) into
 * data/generated/readings.json (an ideograph table, ideograph-table.ts:
 * "chang zhang" for 长, the usual reading first). The garbled
 * detectors use them as a prior: typing with a pinyin IME swaps characters
 * that sound alike (商定 → 商订), so such a change is a likelier slip.
 */
import { readGeneratedJson } from "../data-files.js";
import { IDEOGRAPH_TABLE_FIRST, IDEOGRAPH_TABLE_LAST, ideographTable } from "./ideograph-table.js";

export const READINGS_FILE = "readings.json";
export const HOMOPHONES_FILE = "homophones.json";
export const READINGS_FIRST = IDEOGRAPH_TABLE_FIRST;
export const READINGS_LAST = IDEOGRAPH_TABLE_LAST;

const readingOf = ideographTable(READINGS_FILE);

/** The usual toneless reading of a character ("" for none): the first of its readings. */
function usualReading(c: string): string {
  const all = readingOf(c);
  const space = all.indexOf(" ");
  return space < 0 ? all : all.slice(0, space);
}

/**
 * Whether `typed` is a character a pinyin IME offers for `meant`: its usual reading is one of
 * `meant`'s readings (订 for 定, 航 for the háng of 银行). An IME lists a character first under its
 * usual reading; under a rare one it is far down the list (且 under jū, 柜 under jǔ), so such a
 * pair is no likelier a slip than any other.
 */
export function soundAlike(typed: string, meant: string): boolean {
  const usual = usualReading(typed);
  return usual !== "" && readingOf(meant).split(" ").includes(usual);
}

/** Characters by toneless reading (precompiled with the readings), loaded on first use of soundAlikes. */
let byReading: Record<string, string> | undefined;

/** The characters `c` may have been typed for (soundAlike(c, x)), in code order, `c` itself left out ("" for none). */
export function soundAlikes(c: string): string {
  byReading ??= readGeneratedJson<Record<string, string>>(HOMOPHONES_FILE, {});
  const usual = usualReading(c);
  return usual === "" ? "" : [...(byReading[usual] ?? "")].filter((char) => char !== c).join("");
}
