/**
 * A per-ideograph string table precompiled into data/generated/ as a JSON
 * array with one entry per code point of U+4E00–U+9FFF ("" for none): an array
 * parses several times faster than an object keyed by character. Used for
 * the readings (readings.ts) and the look-alikes (shapes.ts).
 */
import { readGeneratedJson } from "../data-files.js";

export const IDEOGRAPH_TABLE_FIRST = 0x4e00;
export const IDEOGRAPH_TABLE_LAST = 0x9fff;

/** The lookup for `file`, loaded on first use; without the file every entry is "". */
export function ideographTable(file: string): (char: string) => string {
  let entries: string[] | undefined;
  return (char) => {
    entries ??= readGeneratedJson<string[]>(file, []);
    return char.length === 1 ? (entries[char.charCodeAt(0) - IDEOGRAPH_TABLE_FIRST] ?? "") : "";
  };
}
