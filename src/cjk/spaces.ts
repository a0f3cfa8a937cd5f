/**
 * White space inside Chinese text, and the one place where it is official.
 *
 * Chinese prose has no spaces between words, so a space between two Chinese
 * characters is an extraction artefact — except the ideographic space U+3000,
 * which official texts use on purpose: after an article or chapter number
 * ("第一条　公民…", "第一章　总则"), between the two halves of a title, and to
 * align two-character names in name lists ("王　刚").
 */

/** One horizontal space character: ASCII space, tab, NBSP, U+2000–U+200A, U+3000. */
export const HORIZONTAL_SPACE = /[ \t\u00A0\u2000-\u200A\u3000]/u;

/**
 * Whether the UTF-16 code unit is JavaScript white space (what /\s/u matches):
 * tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–U+200A, U+2028, U+2029,
 * U+202F, U+205F, U+3000 and U+FEFF. No astral code point is white space.
 * A comparison chain instead of the pattern: callers scan whole documents,
 * and testing a one-character string per code point allocates that string.
 */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  if (code === 0xa0 || code === 0x1680 || code === 0x3000 || code === 0xfeff) return true;
  return (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f;
}

/** The spaces extraction leaves behind (ASCII, NBSP, U+2000–U+200A): never meaningful between ideographs. */
export function isForeignSpace(char: string): boolean {
  return char === " " || char === "\u00A0" || (char >= "\u2000" && char <= "\u200A");
}

export function isIdeographicSpace(char: string): boolean {
  return char === "\u3000";
}

/**
 * An article/chapter/section number at the end of `text` that starts a line,
 * a Markdown heading/list/table cell, or a sentence: "第一条", "第十七条之一",
 * "## 第二章", "……。第三条". "依照本法第一条" and "第十条、第一百一十一条" do not
 * count: there the number is a citation inside a sentence.
 */
const STRUCTURAL_NUMBER_END =
  /(?:^|[\s#|>*+\-。！？；])第[〇零一二三四五六七八九十百千万两0-9０-９]+(?:分编|[编章节条款目卷篇部])(?:之[一二三四五六七八九十]+)?$/u;

export function endsWithStructuralNumber(text: string): boolean {
  return STRUCTURAL_NUMBER_END.test(text);
}
