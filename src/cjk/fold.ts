/**
 * A comparison key for "the same text": two copies of a paragraph that differ
 * only in white space, full/half-width forms or the width of their punctuation
 * (，/, 。/. “/") — as a second extraction pass or an HTML/PDF pair leaves
 * them — get the same key. Used to find duplicates; never written back.
 */
import { codePointWidthAt } from "./codepoints.js";
import { isWhiteSpaceCode } from "./spaces.js";

/** Full-width CJK punctuation → the ASCII mark it corresponds to. */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ["，", ","], ["、", ","], ["。", "."], ["．", "."], ["｡", "."], ["；", ";"], ["：", ":"], ["！", "!"], ["？", "?"],
  ["（", "("], ["）", ")"], ["【", "["], ["】", "]"], ["〔", "["], ["〕", "]"], ["［", "["], ["］", "]"],
  ["“", '"'], ["”", '"'], ["「", '"'], ["」", '"'], ["『", '"'], ["』", '"'], ["‘", "'"], ["’", "'"],
  ["《", "<"], ["》", ">"], ["〈", "<"], ["〉", ">"], ["—", "-"], ["－", "-"], ["…", "..."], ["·", "."], ["•", "."],
]);

/** Markup that carries no text: line breaks in cells, emphasis, heading and list markers. */
const MARKUP = /<br\s*\/?>|\*\*|__|^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)/giu;

/** CJK Unified Ideographs (main block): kept as they are, so runs of them are copied whole. */
const isPlainIdeograph = (code: number) => code >= 0x4e00 && code <= 0x9fff;

/** The comparison key of a piece of text. */
export function foldForComparison(text: string): string {
  const source = text.replace(MARKUP, "");
  const parts: string[] = [];
  let i = 0;
  while (i < source.length) {
    // A run of ideographs is its own key (no white space, width form, mapped punctuation or case).
    let j = i;
    while (j < source.length && isPlainIdeograph(source.charCodeAt(j))) j++;
    if (j > i) {
      parts.push(source.slice(i, j));
      i = j;
      continue;
    }
    const code = source.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    // White space is dropped before a string is made for the character (no astral character is white space).
    if (isWhiteSpaceCode(code)) {
      i += width;
      continue;
    }
    const char = source.slice(i, i + width);
    i += width;
    // Full-width ASCII forms (Ａ１！) → ASCII; NFKC is not used because it also folds what we must keep apart.
    const folded = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : (PUNCTUATION.get(char) ?? char);
    parts.push(folded.toLowerCase());
  }
  // Repeated punctuation from a half-width conversion (。。 or ..): one mark.
  return parts.join("").replace(/([,.;:!?])\1+/gu, "$1");
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** How much text a key carries: letters and digits (punctuation alone repeats legitimately). */
export function contentLength(key: string): number {
  // Counted in place (code points), without an array of every match.
  let count = 0;
  for (let i = 0; i < key.length; ) {
    const code = key.charCodeAt(i);
    const width = codePointWidthAt(key, i);
    if (isPlainIdeograph(code)) count++;
    else {
      LETTER_OR_DIGIT.lastIndex = i;
      if (LETTER_OR_DIGIT.test(key)) count++;
    }
    i += width;
  }
  return count;
}
