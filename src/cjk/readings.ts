/**
 * Toneless pinyin readings of the BMP ideographs, precompiled by
 * scripts/build-readings.ts from pinyin-pro (a build-time dependency) into
 * data/generated/readings.json ({ "长": "chang zhang", … }). The garbled
 * detectors use them as a prior: typing with a pinyin IME swaps characters
 * that sound alike (商定 → 商订), so such a change is a likelier slip.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DATA_DIR } from "../paths.js";

export const READINGS_FILE = "readings.json";

let readings: Record<string, string> | undefined;

function load(): Record<string, string> {
  if (!readings) {
    const path = join(GENERATED_DATA_DIR, READINGS_FILE);
    // Without the table (a build that skipped it) there is simply no prior.
    readings = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, string>) : {};
  }
  return readings;
}

/** Whether two characters share a toneless pinyin reading (订/定, 以/已). */
export function soundAlike(a: string, b: string): boolean {
  const table = load();
  const ra = table[a];
  const rb = table[b];
  if (ra === undefined || rb === undefined) return false;
  const other = rb.split(" ");
  return ra.split(" ").some((r) => other.includes(r));
}
