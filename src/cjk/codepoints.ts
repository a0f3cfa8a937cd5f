/**
 * Code-point iteration with UTF-16 offsets.
 *
 * textlint offsets are UTF-16 code units; an astral ideograph (U+20000 and up)
 * occupies two. Iterating by code point while carrying the UTF-16 offset keeps
 * both views consistent.
 */
export interface CodePointAt {
  /** The character (one code point, one or two UTF-16 units). */
  char: string;
  /** Its code point. */
  codePoint: number;
  /** Offset of its first UTF-16 unit in the string. */
  offset: number;
}

export function* codePoints(text: string, from = 0, to = text.length): Generator<CodePointAt> {
  let offset = from;
  while (offset < to) {
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    yield { char: text.slice(offset, offset + width), codePoint, offset };
    offset += width;
  }
}

/** The code point that ends just before `offset`, or undefined at the start. */
export function charBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  if (low >= 0xdc00 && low <= 0xdfff && offset >= 2) {
    const high = text.charCodeAt(offset - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(offset - 2, offset);
  }
  return text[offset - 1];
}

/** The code point that starts at `offset`, or undefined at the end. */
export function charAt(text: string, offset: number): string | undefined {
  if (offset >= text.length) return undefined;
  const codePoint = text.codePointAt(offset)!;
  return String.fromCodePoint(codePoint);
}

/**
 * Whether `text` has more than `max` code points (a surrogate pair is one, a
 * lone surrogate one), counted no further than needed and without a string
 * per character: callers ask it of whole paragraphs ("a short line?").
 */
export function hasMoreCodePoints(text: string, max: number): boolean {
  if (text.length <= max) return false;
  // Every code point takes at most two units.
  if (text.length > 2 * max) return true;
  let count = 0;
  for (let i = 0; i < text.length; count++) {
    if (count === max) return true;
    i += codePointWidthAt(text, i);
  }
  return false;
}

/** The first `n` code points of `text` (all of it when shorter): `[...text].slice(0, n).join("")` without an array of the whole text. */
export function codePointPrefix(text: string, n: number): string {
  let i = 0;
  for (let count = 0; count < n && i < text.length; count++) i += codePointWidthAt(text, i);
  return text.slice(0, i);
}

/** UTF-16 units of the code point at offset i: 2 for a surrogate pair, else 1 (a lone surrogate too, as `for…of` yields it). */
export function codePointWidthAt(text: string, i: number): 1 | 2 {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

export const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Number of code points (not UTF-16 units) in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** Whether text[a, a + length) and text[b, b + length) hold the same UTF-16 units (a repeat test without slicing). */
export function sameUnitsAt(text: string, a: number, b: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}

/** The code point's name in Unicode's notation: U+4E2D, U+20000. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The labels of the text's code points, space-separated: U+0065 U+0301. */
export function codePointLabels(text: string): string {
  return [...text].map((char) => codePointLabel(char.codePointAt(0)!)).join(" ");
}

/**
 * Whether `a` becomes `b` by exactly one edit of code points: one changed, added or removed,
 * or two neighbours swapped (the slips of typing, OCR and extraction).
 */
export function isOneEditApart(a: string, b: string): boolean {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  let j = 0;
  while (j < x.length - i && j < y.length - i && x[x.length - 1 - j] === y[y.length - 1 - j]) j++;
  // What is left between the common prefix and suffix: one character at most on each side, or a swapped pair.
  const restX = x.length - i - j;
  const restY = y.length - i - j;
  if (restX <= 1 && restY <= 1) return true;
  return restX === 2 && restY === 2 && x[i] === y[i + 1] && x[i + 1] === y[i];
}
