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

/** Number of code points (not UTF-16 units) in `text`. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
