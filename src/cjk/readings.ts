/**
 * Toneless pinyin readings of the BMP ideographs, precompiled by
 * scripts/build-readings.ts from pinyin-pro (a build-time dependency) into
 * data/generated/readings.json: one string per code point of U+4E00–U+9FFF
 * ("chang zhang" for 长, "" for none; an array parses several times faster
 * than an object keyed by character). The garbled
 * detectors use them as a prior: typing with a pinyin IME swaps characters
 * that sound alike (商定 → 商订), so such a change is a likelier slip.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DATA_DIR } from "../paths.js";

export const READINGS_FILE = "readings.json";
export const READINGS_FIRST = 0x4e00;
export const READINGS_LAST = 0x9fff;

let readings: string[] | undefined;

function load(): string[] {
  if (!readings) {
    const path = join(GENERATED_DATA_DIR, READINGS_FILE);
    // Without the table (a build that skipped it) there is simply no prior.
    readings = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as string[]) : [];
  }
  return readings;
}

const readingOf = (c: string): string => (c.length === 1 ? (load()[c.charCodeAt(0) - READINGS_FIRST] ?? "") : "");

/** Whether two characters share a toneless pinyin reading (订/定, 以/已). */
export function soundAlike(a: string, b: string): boolean {
  const ra = readingOf(a);
  const rb = readingOf(b);
  if (ra === "" || rb === "") return false;
  const other = rb.split(" ");
  return ra.split(" ").some((r) => other.includes(r));
}
