/**
 * Enumeration markers of Chinese official documents: 第一编 第一章 第一节
 * 第一条, 一、 （一） 1. 1、 （1） ① …, with Chinese numerals (up to the
 * thousands, 〇/零 included), ASCII or full-width digits.
 *
 * A marker counts only where a list item or heading starts: at the start of a
 * block or of a line that follows a sentence end. Inside a sentence,
 * 依照本法第十条 is a cross-reference, not a marker; the parser is only ever
 * given the start of a line.
 */

/** Marker schemes. Law divisions (编 分编 章 节 条) have a fixed rank; list schemes nest by order of appearance. */
export type Scheme =
  | "bian"
  | "fenbian"
  | "zhang"
  | "jie"
  | "tiao"
  | "cn-dun"
  | "cn-paren"
  | "digit-dot"
  | "digit-dun"
  | "digit-paren"
  | "circled";

/** Rank of the law divisions: a division closes every division of equal or greater rank. */
export const DIVISION_RANK: Partial<Record<Scheme, number>> = { bian: 0, fenbian: 1, zhang: 2, jie: 3, tiao: 4 };

export interface Marker {
  scheme: Scheme;
  value: number;
  /** The marker as written (第十二条, 三、, （二）). */
  raw: string;
  /** Characters of white space between the marker and its content ("" when none or no content). */
  separator: string;
  /** Offset of the marker within the parsed string, and just past it (before the separator). */
  start: number;
  end: number;
  /** 第X条之一: a sub-article, outside the plain sequence. */
  sub: boolean;
  /** Uses Chinese numerals (affects how missing numbers are spelled). */
  chinese: boolean;
  /** Digits were full-width. */
  fullWidth: boolean;
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * The value of a Chinese numeral (十二 → 12, 一百零五 → 105, 二十 → 20); NaN when
 * malformed. Positional spellings (一〇五) are read digit by digit.
 */
export function parseChineseNumber(text: string): number {
  if (text === "") return NaN;
  if (![...text].some((c) => c in UNITS)) {
    // 一〇五, or a single digit.
    let value = 0;
    for (const c of text) {
      if (!(c in DIGITS)) return NaN;
      value = value * 10 + DIGITS[c]!;
    }
    return value;
  }
  let total = 0;
  let digit = -1;
  let lastUnit = Infinity;
  for (const c of text) {
    if (c in DIGITS) {
      if (digit > 0) return NaN; // two digits in a row (二三十)
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const unit = UNITS[c]!;
      if (unit >= lastUnit) return NaN;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
      lastUnit = unit;
    } else return NaN;
  }
  return total + Math.max(digit, 0);
}

const CN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 12 → 十二, 105 → 一百零五, 1040 → 一千零四十 (the way laws number articles). */
export function formatChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? CN_DIGITS[n % 10] : ""}`;
  const parts: string[] = [];
  const units: [number, string][] = [
    [1000, "千"],
    [100, "百"],
    [10, "十"],
  ];
  let rest = n;
  let zero = false;
  for (const [unit, name] of units) {
    const d = Math.floor(rest / unit);
    rest %= unit;
    if (d > 0) {
      if (zero) parts.push("零");
      parts.push(CN_DIGITS[d]! + name);
      zero = false;
    } else if (parts.length > 0) zero = true;
  }
  if (rest > 0) parts.push((zero ? "零" : "") + CN_DIGITS[rest]!);
  return parts.join("");
}

const CN = "[〇零一二三四五六七八九十百千两]";
const DIGIT = "[0-9０-９]";
const toAscii = (s: string) => s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Division markers: 第 + number + 编/分编/章/节/条 (+ 之一 for an inserted article). */
const DIVISION = new RegExp(`^第(${CN}{1,8}|${DIGIT}{1,4})(分编|编|章|节|条)(之${CN}{1,3})?`, "u");
const DIVISION_SCHEME: Record<string, Scheme> = { 编: "bian", 分编: "fenbian", 章: "zhang", 节: "jie", 条: "tiao" };
const CN_DUN = new RegExp(`^(${CN}{1,4})[、．]`, "u");
const CN_PAREN = new RegExp(`^[（(](${CN}{1,4})[）)]`, "u");
const DIGIT_PAREN = new RegExp(`^[（(](${DIGIT}{1,3})[）)]`, "u");
const DIGIT_DOT = new RegExp(`^(${DIGIT}{1,3})[.．](?![0-9０-９])`, "u");
const DIGIT_DUN = new RegExp(`^(${DIGIT}{1,3})、`, "u");
/** ① … ⑳, ⑴ … ⒇, ⒈ … ⒛ and ㈠ … ㈩. */
const CIRCLED_CLASS = "[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249B\\u3220-\\u3229]";
const CIRCLED = new RegExp(`^${CIRCLED_CLASS}`, "u");
/** The first character of some marker, made of the patterns' own pieces so it cannot miss a scheme (sticky: tested in place). */
const MARKER_LEAD = new RegExp(`第|${CN}|${DIGIT}|[（(]|${CIRCLED_CLASS}`, "uy");

/**
 * Content after 一、 that shows the numeral is a quantity, not a marker:
 * 一、二级医院 (first- and second-class hospitals), 一、二审.
 */
const QUANTITY_AFTER = new RegExp(`^${CN}{1,3}[级类等审档期批号线产次]`, "u");
/**
 * After 第X条 with no space: a reference continuing a sentence (第十条规定的, 第五条第二款, 第三条之二), not a marker.
 */
const REFERENCE_AFTER = /^(?:[之第的规中所款项目以及和与或至、，。；：,;:]|修改|修正|删除|增加)/u;
const SEPARATOR = /^[ \t\u3000\u00A0]*/u;

/** Opening or closing HTML tags in a row (<p>, <p class="MsoNormal"><span>, </div>). */
const LEADING_TAGS = /^(?:<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,120})?>\s*)+/u;

/** Length of what precedes a marker: white space, HTML tags, then a Markdown heading prefix (#{1,6} and a space or tab). */
function leadLength(text: string): number {
  let i = 0;
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0x0c; c = text.charCodeAt(++i));
  // HTML tags a web page left before the text (<p>第一条…: the markup rule's finding) hide no marker.
  if (text.charCodeAt(i) === 0x3c) i += LEADING_TAGS.exec(text.slice(i, i + 200))?.[0].length ?? 0;
  let hashes = 0;
  while (text.charCodeAt(i + hashes) === 0x23) hashes++;
  if (hashes < 1 || hashes > 6) return i;
  let j = i + hashes;
  while (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0x09) j++;
  return j > i + hashes ? j : i;
}

/** Whether a marker may start at text[at]: one test instead of the seven patterns. */
function mayStartMarker(text: string, at: number): boolean {
  MARKER_LEAD.lastIndex = at;
  return MARKER_LEAD.test(text);
}

function marker(body: string, lead: number, scheme: Scheme, value: number, length: number, chinese: boolean, sub = false): Marker | null {
  if (!Number.isFinite(value) || value < 1) return null;
  const raw = body.slice(0, length);
  const separator = SEPARATOR.exec(body.slice(length))![0];
  return { scheme, value, raw, separator, start: lead, end: lead + length, sub, chinese, fullWidth: /[０-９]/u.test(raw) };
}

/**
 * The enumeration marker at the start of `text` (after white space and a
 * Markdown heading or list prefix, or HTML tags), or null.
 */
export function parseMarker(text: string): Marker | null {
  const lead = leadLength(text);
  // Most paragraphs asked about start with none of a marker's characters.
  if (!mayStartMarker(text, lead)) return null;
  const body = text.slice(lead);
  const make = (scheme: Scheme, value: number, length: number, chinese: boolean, sub = false) => marker(body, lead, scheme, value, length, chinese, sub);
  let m: RegExpExecArray | null;
  if ((m = DIVISION.exec(body))) {
    const scheme = DIVISION_SCHEME[m[2]!]!;
    const chinese = !/[0-9０-９]/u.test(m[1]!);
    const after = body.slice(m[0].length);
    // 第十条规定的… starts a sentence that cites an article; a marker is followed by a space or by its content.
    if (!/^[ \t\u3000\u00A0]/u.test(after) && after.trim() !== "" && REFERENCE_AFTER.test(after)) return null;
    return make(scheme, chinese ? parseChineseNumber(m[1]!) : Number(toAscii(m[1]!)), m[0].length, chinese, m[3] !== undefined);
  }
  if ((m = CN_DUN.exec(body))) {
    if (QUANTITY_AFTER.test(body.slice(m[0].length))) return null;
    return make("cn-dun", parseChineseNumber(m[1]!), m[0].length, true);
  }
  if ((m = CN_PAREN.exec(body))) return make("cn-paren", parseChineseNumber(m[1]!), m[0].length, true);
  if ((m = DIGIT_PAREN.exec(body))) return make("digit-paren", Number(toAscii(m[1]!)), m[0].length, false);
  if ((m = DIGIT_DOT.exec(body))) return make("digit-dot", Number(toAscii(m[1]!)), m[0].length, false);
  if ((m = DIGIT_DUN.exec(body))) return make("digit-dun", Number(toAscii(m[1]!)), m[0].length, false);
  if ((m = CIRCLED.exec(body))) {
    const code = m[0].codePointAt(0)!;
    if (code >= 0x3220) return make("cn-paren", code - 0x3220 + 1, 1, true);
    const base = code >= 0x2488 ? 0x2488 : code >= 0x2474 ? 0x2474 : 0x2460;
    const scheme: Scheme = base === 0x2460 ? "circled" : base === 0x2474 ? "digit-paren" : "digit-dot";
    return make(scheme, code - base + 1, 1, false);
  }
  return null;
}

/** Spell marker number `n` the way `like` is written (三、 → 一、, （2） → （1）, 第五条 → 第四条). */
export function formatMarker(like: Marker, n: number): string {
  const number = like.chinese ? formatChineseNumber(n) : like.fullWidth ? String(n).replace(/[0-9]/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : String(n);
  switch (like.scheme) {
    case "bian":
    case "fenbian":
    case "zhang":
    case "jie":
    case "tiao":
      return like.raw.replace(/^第.+?(分编|编|章|节|条).*$/u, `第${number}$1`);
    case "circled":
      return n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : `(${n})`;
    default: {
      if (/^[\u2474-\u249B\u3220-\u3229]$/u.test(like.raw)) {
        if (like.scheme === "cn-paren" && n <= 10) return String.fromCodePoint(0x3220 + n - 1);
        if (like.scheme === "digit-paren" && n <= 20) return String.fromCodePoint(0x2474 + n - 1);
        if (like.scheme === "digit-dot" && n <= 20) return String.fromCodePoint(0x2488 + n - 1);
      }
      // Keep the marker's own brackets and punctuation around the number.
      return like.raw.replace(/[〇零一二三四五六七八九十百千两0-9０-９]+/u, number);
    }
  }
}

/** Is this scheme one of the law divisions (第X编/章/节/条)? */
export function isDivision(scheme: Scheme): boolean {
  return DIVISION_RANK[scheme] !== undefined;
}
