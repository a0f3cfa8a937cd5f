/**
 * Toneless pinyin readings of the BMP ideographs, precompiled by
 * scripts/build-readings.ts from pinyin-pro (a build-time dependency) into
 * data/generated/readings.json (an ideograph table, ideograph-table.ts:
 * "chang zhang" for 长). The garbled
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

/** Whether two characters share a toneless pinyin reading (订/定, 以/已). */
export function soundAlike(a: string, b: string): boolean {
  const ra = readingOf(a);
  const rb = readingOf(b);
  if (ra === "" || rb === "") return false;
  const other = rb.split(" ");
  return ra.split(" ").some((r) => other.includes(r));
}

/** Characters by toneless reading (precompiled with the readings), loaded on first use of soundAlikes. */
let byReading: Record<string, string> | undefined;

/** The characters that share a toneless reading with `c`, in code order, `c` itself left out ("" for none). */
export function soundAlikes(c: string): string {
  byReading ??= readGeneratedJson<Record<string, string>>(HOMOPHONES_FILE, {});
  const found = new Set<string>();
  for (const r of readingOf(c).split(" ")) if (r !== "") for (const char of byReading[r] ?? "") if (char !== c) found.add(char);
  return [...found].sort().join("");
}
