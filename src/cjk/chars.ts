/**
 * Character classes for Chinese text, defined once from Unicode properties.
 *
 * Why properties and not ranges: `\p{Script=Han}` also matches Kangxi radicals
 * (U+2F00–2FDF) and CJK compatibility ideographs — exactly the PDF artefacts
 * jiaodui has to catch — so ordinary text is `\p{Unified_Ideograph}`.
 */

/** An ordinary CJK ideograph (Unicode property Unified_Ideograph). */
export const IDEOGRAPH = /\p{Unified_Ideograph}/u;
/** Kangxi radicals and CJK Radicals Supplement (Unicode property Radical). */
export const RADICAL = /\p{Radical}/u;
/** Any Han-script character, including radicals and compatibility ideographs. */
export const HAN = /\p{Script=Han}/u;
/** A Latin letter (any case, with or without diacritics). */
export const LATIN_LETTER = /(?=\p{L})\p{Script=Latin}/u;

/** Sentence-final punctuation (full and half width). */
export const TERMINAL_PUNCTUATION = new Set(["。", "！", "？", "…", "!", "?", "．", "｡"]);
/** Punctuation that closes a clause and may legitimately end a paragraph or line. */
export const CLAUSE_END_PUNCTUATION = new Set([...TERMINAL_PUNCTUATION, "；", "：", ";", ":"]);
/** The ten Chinese digits, 〇 to 九, by value (dates and numbers written in full: 二〇二三年). */
export const CHINESE_DIGITS = "〇一二三四五六七八九";
/** Characters Chinese numbers are written with: the digits, 零, the units 十 to 亿, and 两. */
const CHINESE_NUMERALS = new Set([...CHINESE_DIGITS, ..."零十百千万亿两"]);
/** Whether `char` is a character of a Chinese number (三, 十, 两; not 第 or 半). */
export function isChineseNumeral(char: string | undefined): boolean {
  return char !== undefined && CHINESE_NUMERALS.has(char);
}
/** Closing quotes and brackets that may follow sentence-final punctuation. */
export const CLOSING_MARKS = new Set(["”", "’", "」", "』", "）", ")", "》", "〉", "】", "〕", "］", "]", "\"", "'"]);
/** Opening quotes and brackets. */
export const OPENING_MARKS = new Set(["“", "‘", "「", "『", "（", "(", "《", "〈", "【", "〔", "［", "["]);
/** Paired punctuation: opening mark → closing mark. */
export const PAIRED_MARKS: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
  ["『", "』"],
  ["（", "）"],
  ["(", ")"],
  ["《", "》"],
  ["〈", "〉"],
  ["【", "】"],
  ["〔", "〕"],
  ["［", "］"],
]);

/** Full-width (CJK) punctuation commonly found inside Chinese prose. */
const CJK_PUNCTUATION = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\u2014\u2018\u2019\u201C\u201D\u2026\u00B7]/u;

export function isIdeograph(char: string): boolean {
  return IDEOGRAPH.test(char);
}

export function isLatinLetter(char: string): boolean {
  return LATIN_LETTER.test(char);
}

export function isCjkPunctuation(char: string): boolean {
  return CJK_PUNCTUATION.test(char);
}

/** True for characters that belong to Chinese prose: ideographs and full-width punctuation. */
export function isChineseTextChar(char: string): boolean {
  return isIdeograph(char) || isCjkPunctuation(char);
}

export function isAsciiDigit(char: string): boolean {
  return char >= "0" && char <= "9";
}

/** An Arabic digit, half- or full-width (0–9, ０–９); false for undefined (past the text's end). */
export function isArabicDigit(char: string | undefined): boolean {
  return char !== undefined && ((char >= "0" && char <= "9") || (char >= "０" && char <= "９"));
}

/** Horizontal white space, including the ideographic space U+3000. */
export function isHorizontalSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\u3000" || char === "\u00A0";
}

/** Whether text[from, from + length) lies inside the text and is all ideographs (a list item's characters, 有衣穿). */
export function ideographsAt(text: string, from: number, length: number): boolean {
  if (from < 0 || from + length > text.length) return false;
  for (let i = from; i < from + length; i++) if (!isIdeograph(text[i]!)) return false;
  return true;
}

/** How many ideographs `text` holds. */
export function countIdeographs(text: string): number {
  let n = 0;
  for (const char of text) if (isIdeograph(char)) n++;
  return n;
}

/** Share of ideographs among the non-space characters of `text` (0 when empty). */
export function ideographRatio(text: string): number {
  let ideographs = 0;
  let total = 0;
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    total++;
    if (isIdeograph(char)) ideographs++;
  }
  return total === 0 ? 0 : ideographs / total;
}
