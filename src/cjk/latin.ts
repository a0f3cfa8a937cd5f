/**
 * Latin script inside Chinese text: word tokens with their offsets, the spans
 * where Latin is code rather than prose (URLs, e-mail addresses, inline code,
 * HTML tags and entities, Markdown link targets), and the "is this side of a
 * Latin run Chinese?" test that rules about mixed-script text share.
 */
import { CLOSING_MARKS, OPENING_MARKS, isAsciiDigit, isCjkPunctuation, isIdeograph } from "./chars.js";
import { charAt, charBefore } from "./codepoints.js";

export interface LatinToken {
  start: number;
  end: number;
  text: string;
}

/**
 * A Latin word: letters and digits with at least one Latin letter, joined by
 * internal ' . _ + - (so "5G", "COVID-19", "e.g", "don't" are single tokens and
 * their parts are never judged alone). A lone "&" is a token too: it stands
 * for "and". Pure digit runs are not tokens: "2021年" is Chinese text.
 */
const LATIN_TOKEN = /[0-9]*(?:(?=\p{L})\p{Script=Latin})(?:(?=[\p{L}0-9])[\p{Script=Latin}0-9])*(?:['._+-](?:(?=[\p{L}0-9])[\p{Script=Latin}0-9])+)*|&/gu;

const MAY_HOLD_TOKEN = /[\p{Script=Latin}&]/u;

/** The Latin tokens of `text[from, to)`, with absolute offsets. */
export function findLatinTokens(text: string, from = 0, to = text.length): LatinToken[] {
  const slice = text.slice(from, to);
  // Every token holds a Latin letter or is "&": most Chinese blocks have neither, and one
  // pass of this simple class is cheaper than trying the token pattern at every position.
  if (!MAY_HOLD_TOKEN.test(slice)) return [];
  return Array.from(slice.matchAll(LATIN_TOKEN), (m) => ({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] }));
}

export interface ProtectedSpan {
  start: number;
  end: number;
  kind: "url" | "email" | "code" | "html" | "entity" | "link-target";
}

/**
 * A URL; it ends at white space or CJK punctuation. Ideographs may belong to it
 * (…?q=中文), so "访问http://a.cn查看" protects 查看 too — harmless, since only
 * Latin and ASCII punctuation are judged inside it.
 */
export const URL_PATTERN = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"'`\u3000-\u303F\uFF01-\uFF5E“”‘’]+/giu;
/** An e-mail address. */
export const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
// A backtick run opens a code span that the same-length run closes (CommonMark).
const INLINE_CODE = /(?<!`)(`+)(?!`)[^\n]*?(?<!`)\1(?!`)/gu;
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|<(?:https?|ftp|mailto):[^<>\s]*>/gu;
const HTML_ENTITY = /&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#x[0-9A-Fa-f]+);/gu;
const LINK_TARGET = /\]\([^()\s]*(?:\s+"[^"\n]*")?\)/gu;

/**
 * Spans of `text[from, to)` where Latin letters are code, addresses or markup
 * rather than words of the sentence. Sorted by start; may overlap.
 */
export function findProtectedSpans(text: string, from = 0, to = text.length): ProtectedSpan[] {
  const slice = text.slice(from, to);
  const spans: ProtectedSpan[] = [];
  const collect = (pattern: RegExp, kind: ProtectedSpan["kind"]) => {
    for (const m of slice.matchAll(pattern)) spans.push({ start: from + m.index, end: from + m.index + m[0].length, kind });
  };
  collect(INLINE_CODE, "code");
  collect(URL_PATTERN, "url");
  collect(EMAIL_PATTERN, "email");
  collect(HTML_TAG, "html");
  collect(HTML_ENTITY, "entity");
  collect(LINK_TARGET, "link-target");
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether `[start, end)` overlaps any of `spans`. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((span) => span.start < end && start < span.end);
}

/** Offset of the first character before `offset` (left) or at/after it (right) that is not horizontal ASCII/NBSP space. */
export function skipSpaces(text: string, offset: number, direction: "left" | "right"): number {
  let i = offset;
  if (direction === "left") while (i > 0 && isSkippableSpace(text[i - 1]!)) i--;
  else while (i < text.length && isSkippableSpace(text[i]!)) i++;
  return i;
}

// U+3000 is not skipped: in Chinese text it is meaningful (e.g. after "第一条").
function isSkippableSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\u00A0";
}

/**
 * Whether the text on one side of a Latin run (after skipping spaces) is
 * Chinese prose: an ideograph; on the left a closing CJK quote or bracket
 * (”》）), on the right an opening one (“《（); or a digit run whose far side is
 * an ideograph ("2021年", "第3").
 */
export function isChineseSide(text: string, offset: number, direction: "left" | "right"): boolean {
  let i = skipSpaces(text, offset, direction);
  const next = () => (direction === "left" ? charBefore(text, i) : charAt(text, i));
  let char = next();
  if (char === undefined) return false;
  if (isIdeograph(char)) return true;
  const bracket = direction === "left" ? CLOSING_MARKS : OPENING_MARKS;
  if (bracket.has(char) && isCjkPunctuation(char)) return true;
  if (!isAsciiDigit(char)) return false;
  while (char !== undefined && isAsciiDigit(char)) {
    i += direction === "left" ? -1 : 1;
    char = next();
  }
  return char !== undefined && isIdeograph(char);
}
