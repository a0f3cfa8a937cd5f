/**
 * The shape of a paragraph or a line: does it end a sentence, is it a section
 * marker, a date or signature line, page furniture, indented… Structural rules
 * (paragraph splits, line wraps, orphan markers, page furniture) ask these
 * questions of blocks and lines; the answers live here once.
 *
 * Every predicate takes raw text (a block's or a line's) and ignores
 * surrounding white space.
 */
import { CLAUSE_END_PUNCTUATION, CLOSING_MARKS, PAIRED_MARKS, isCjkPunctuation, isIdeograph, RADICAL } from "../cjk/chars.js";
import { charAt, charBefore, hasMoreCodePoints } from "../cjk/codepoints.js";
import { unclosedMarks } from "../cjk/paired-marks.js";
import { firstWord, lastWord } from "../cjk/word-across.js";
import { getLexicon } from "../cjk/lexicon.js";
import { lineContent, parsePageNumber } from "./page-furniture.js";
import { parseWebFurniture } from "./web-furniture.js";
import type { OffsetRange } from "./non-prose.js";

const CN_NUMBER = "[一二三四五六七八九十百千零〇两]";
/**
 * Section and list markers: 第一章 第三条 第二款, 一、 （一） (1) 1. ① ….
 * A marker is followed by white space, by content, or by nothing (a lone marker).
 */
const SECTION_MARKER = new RegExp(
  "^(?:" +
    [
      `第${CN_NUMBER}+[编章节条款项目部分篇卷]`,
      `第\\d+[编章节条款项部分篇卷]`,
      `${CN_NUMBER}+[、．]`,
      `[（(]${CN_NUMBER}+[）)]`,
      `[（(]\\d{1,3}[）)]`,
      `\\d{1,3}[、．](?!\\d)`,
      `\\d{1,3}\\.(?!\\d)`,
      `[\\u2460-\\u2473\\u2474-\\u2487\\u2488-\\u249B]`,
    ].join("|") +
    ")",
  "u",
);

/** Bullets and dashes that start list-like lines (——… items, • items). */
const DASH_LED = /^(?:——|—|－－|--(?!-))/u;
const BULLET = /^[•●○■□◆◇▪▶►\-*+]\s/u;

/** Does the trimmed text start with a section or list marker? */
export function startsWithSectionMarker(text: string): boolean {
  return SECTION_MARKER.test(text.trim());
}

/** The trimmed text after its leading section or list marker (一、总体要求 → 总体要求); the trimmed text when it has none. */
export function afterSectionMarker(text: string): string {
  const trimmed = text.trim();
  const match = SECTION_MARKER.exec(trimmed);
  return match ? trimmed.slice(match[0].length).trim() : trimmed;
}

/** A marker alone on its line or paragraph (三、 （一） 第一条): content lost elsewhere. */
export function isLoneSectionMarker(text: string): boolean {
  const trimmed = text.trim();
  const match = SECTION_MARKER.exec(trimmed);
  return match !== null && trimmed.slice(match[0].length).trim() === "";
}

/** A dash-led item (——以两国元首共识为引领…) or an attribution line (——摘自…). */
export function isDashLed(text: string): boolean {
  return DASH_LED.test(text.trim());
}

/** A line that starts like a list item: section marker, dash or bullet. */
export function startsListLike(text: string): boolean {
  const trimmed = text.trim();
  return SECTION_MARKER.test(trimmed) || DASH_LED.test(trimmed) || BULLET.test(trimmed);
}

/**
 * A "label：value" line as in address and contact blocks (地址：… 电话：…):
 * a short label, a colon, and a value that is not a sentence.
 */
export function isLabelLine(text: string): boolean {
  const match = /^[\p{Unified_Ideograph}A-Za-z]{1,6}\s*[：:]/u.exec(text.trim());
  if (!match) return false;
  const value = text.trim().slice(match[0].length);
  return value !== "" && !hasMoreCodePoints(value, 40) && !/[，。；！？,;!?]/u.test(value);
}

const DATE = new RegExp(`^[（(]?(?:\\d{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*(?:\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月`, "u");
const SENTENCE_PUNCTUATION = /[，。；！？,;!?]/u;

/**
 * A date line: a date (2023年3月21日, 二〇二三年三月二十一日) possibly followed
 * by a place or an act (于莫斯科, 第五届…会议通过), with no sentence punctuation.
 * Such lines legitimately end without a full stop.
 */
export function isDateLine(text: string): boolean {
  const trimmed = text.trim();
  return DATE.test(trimmed) && !SENTENCE_PUNCTUATION.test(trimmed);
}

/**
 * A document number on a line of its own (发文字号: 法释〔2023〕13号, 国发〔2019〕5号,
 * 京政发[2020]3号): the issuer's abbreviation, the year in brackets, the serial number.
 * It stands under a title, which ends without a full stop too.
 */
export function isDocumentNumberLine(text: string): boolean {
  return DOCUMENT_NUMBER_LINE.test(text.trim());
}

/** A year in brackets, as document and case numbers write it: 〔2019〕, [2020], （2023）. */
const YEAR_IN_BRACKETS = String.raw`[〔［\[【(（]\s*\d{4}\s*[〕］\]】)）]`;
const DOCUMENT_NUMBER_LINE = new RegExp(String.raw`^\p{Unified_Ideograph}{1,8}\s*${YEAR_IN_BRACKETS}\s*第?\s*\d{1,5}\s*号$`, "u");

/**
 * Document and case numbers anywhere in a text, as offset ranges: an issuer's number
 * (国发〔2019〕5号, 法释〔2023〕13号) and a court's case number, year first ((2023)滨民终字第123号,
 * （2021）京0105民初12345号). They are identifiers: their abbreviations (民终, 民初) are no words.
 */
export function documentNumberRanges(text: string): OffsetRange[] {
  return [...text.matchAll(DOCUMENT_NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const DOCUMENT_NUMBER = new RegExp(String.raw`\p{Unified_Ideograph}{1,4}\s*${YEAR_IN_BRACKETS}\s*第?\s*\d{1,5}\s*号|${YEAR_IN_BRACKETS}\s*[\p{Unified_Ideograph}\d]{1,16}?第?\d{1,6}号`, "gu");

/**
 * A signature or name line: a few characters (a name, an office, 此致) with no
 * punctuation but the name dot. Short lines like these end without a full stop.
 */
export function isSignatureLine(text: string, maxLength = 8): boolean {
  const trimmed = text.trim();
  if (trimmed === "" || hasMoreCodePoints(trimmed, maxLength)) return false;
  return [...trimmed].every((char) => isIdeograph(char) || char === "·" || char === "•" || /\s/u.test(char));
}

/** Longest cell of a row set in columns (a transliterated name: 卡西姆若马尔特·托卡耶夫). */
const COLUMN_CELL_LENGTH = 20;

const WIDE_GAP = /[ \t\u3000]{2}/u;
/** Width (display columns) of the gap between the two cells of a two-column row: a typed double space inside prose is narrower. */
const TWO_COLUMN_GAP = 4;

/**
 * A row set in columns: a plain-text table's (老旧小区改造　　市住建局　　2024年12月, as pdftotext
 * -layout writes one) or a joint statement's two signatories (习近平　　　　卡西姆若马尔特·托卡耶夫).
 * Cells apart by two spaces or more, each short and without clause marks; two cells need a wide
 * gap (a double space typed into a line of prose makes two short pieces too). It ends without a
 * full stop, and the next row is no continuation of it.
 */
export function isColumnRow(text: string): boolean {
  return columnCells(text) !== undefined;
}

/** The cells of a row set in columns (isColumnRow), undefined for any other line. */
export function columnCells(text: string): string[] | undefined {
  // (Asked of every line by several rules: most lines have no wide gap, and are not split.)
  if (!WIDE_GAP.test(text.trim())) return undefined;
  const parts = text.trim().split(/([ \t\u3000]{2,})/u);
  const cells = parts.filter((_, i) => i % 2 === 0);
  if (cells.length < 2 || (cells.length === 2 && displayWidth(parts[1]!) < TWO_COLUMN_GAP) || !hasChinese(text)) return undefined;
  return cells.every((cell) => !hasMoreCodePoints(cell, COLUMN_CELL_LENGTH) && !CLAUSE_MARKS.test(cell)) ? cells : undefined;
}

/** Sentence and clause punctuation, 、 aside (a title's list of subjects, a heading's number may hold it). */
const CLAUSE_MARKS = /[，。；：！？,;:!?]/u;

/**
 * The genres of official documents (公文文种) and of the rules they issue: a document's title names
 * its subject after 关于 and ends with one (…关于做好防汛防台工作的通知).
 */
const DOCUMENT_TITLE = /关于.+(?:通知|通报|意见|决定|决议|命令|公告|通告|公报|议案|报告|请示|批复|函|纪要|办法|规定|条例|规则|细则|方案|规划|纲要|要点|答复|声明)$/u;
/** Longest title read as one (characters). */
const MAX_TITLE_LENGTH = 80;

/**
 * An official document's title (滨江市人民政府办公厅关于做好2024年度防汛防台工作的通知): its subject
 * after 关于, a genre word at the end, and no sentence or clause punctuation (a list of subjects
 * may hold 、). It ends without a full stop however long it is. (Not a clause that cites a rule:
 * 违反本条例 has no 关于.)
 */
export function isDocumentTitle(text: string): boolean {
  const trimmed = text.trim();
  return DOCUMENT_TITLE.test(trimmed) && !hasMoreCodePoints(trimmed, MAX_TITLE_LENGTH) && !CLAUSE_MARKS.test(trimmed);
}

/**
 * The attachment note of an official document (附件：1．…责任人名单 / 2．…储备清单): the titles of
 * its attachments, each complete without a full stop.
 */
export function isAttachmentNote(text: string): boolean {
  const trimmed = text.trim();
  const label = /^附件\s*[：:]/u.exec(trimmed);
  return label !== null && trimmed.slice(label[0].length).split("\n").every((line) => !CLAUSE_MARKS.test(afterSectionMarker(line)));
}

/** A news agency's or paper's dateline: 新华社曼谷8月28日电, 本报讯, 中新网北京3月5日电. */
const NEWS_DATELINE = /^(?:新华社|中新社|中新网|人民网|新华网|央视网|光明网|本报|本刊)[^\s，。；：]{0,16}?(?:电|讯)/u;

/**
 * Whether a paragraph opens with a news dateline: a story's first paragraph, never the rest of the
 * one before (a headline with a colon or a score, 中国女排3:1力克荷兰队, ends above it).
 */
export function startsWithNewsDateline(text: string): boolean {
  return NEWS_DATELINE.test(text.trim());
}

/**
 * A salutation on a line of its own (各位代表：, 同志们：, 各区县人民政府：): whom a speech or a
 * letter addresses, ended by its colon; no sentence is cut before it.
 */
export function isSalutationLine(text: string): boolean {
  const trimmed = text.trim();
  const addressee = trimmed.slice(0, -1);
  return /[：:]$/u.test(trimmed) && !hasMoreCodePoints(addressee, 40) && !CLAUSE_MARKS.test(addressee) && hasChinese(addressee);
}

/**
 * A speech's address on a line of its own, ended by a comma or colon (尊敬的…总统阁下，/ 尊敬的各位来宾，/
 * 女士们，先生们，朋友们：): a speech opens with several, one per line, and none is a sentence cut off.
 */
export function isAddressLine(text: string): boolean {
  const trimmed = text.trim();
  const addressee = trimmed.slice(0, -1);
  return (
    /[，,：:！!]$/u.test(trimmed) &&
    !hasMoreCodePoints(addressee, 40) &&
    !/[。；;？?]/u.test(addressee) &&
    (/^(?:尊敬的|亲爱的|各位|诸位)/u.test(addressee) ||
      // (女士们，先生们，朋友们 — short names of those addressed only, so no clause ending in 同志们.)
      addressee.split(/[，,、]/u).every((piece) => /^\p{Unified_Ideograph}{1,5}(?:们|阁下|同志|朋友|来宾|嘉宾)$/u.test(piece)))
  );
}

/** No clause punctuation at all (，。、；：！？): a heading, title or label rather than prose. */
export function hasNoClausePunctuation(text: string): boolean {
  return !/[，。、；：！？,;:!?]/u.test(text);
}

/**
 * Page furniture: page numbers (3, - 3 -, 3/11, 第3页 共11页), URLs, print
 * time stamps and a web page's buttons and metadata lines. A rule that joins
 * lines must never join these into prose.
 */
export function isPageFurnitureLine(text: string): boolean {
  const content = lineContent(text);
  return (
    parsePageNumber(content) !== undefined ||
    // A web page's buttons, breadcrumbs and metadata lines (【打印】【关闭】, 责任编辑：…).
    parseWebFurniture(content) !== undefined ||
    // A browser's print header/footer: the page URL, or the print date and time.
    /^(?:https?|file):\/\/\S+$/u.test(content) ||
    /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[,\s]+\d{1,2}:\d{2}/u.test(content)
  );
}

/** Does `text` contain Chinese (an ideograph or full-width punctuation)? */
export function hasChinese(text: string): boolean {
  for (const char of text) if (isIdeograph(char) || isCjkPunctuation(char)) return true;
  return false;
}

/** Characters that cannot start a line or a sentence (a wrap never starts a paragraph with them). */
const NON_STARTERS = new Set(["，", "、", "。", "；", "：", "！", "？", "）", "」", "』", "”", "’", "》", "〉", "】", "〕", "］", "…", ",", ".", ";", ":", "!", "?", ")"]);

export function isNonStarter(char: string | undefined): boolean {
  return char !== undefined && NON_STARTERS.has(char);
}

/**
 * Does the text end a sentence or clause? Terminal punctuation (。！？…) or
 * ；：, optionally followed by closing quotes and brackets; or a whole-bracketed
 * note such as (新华社莫斯科3月21日电).
 */
export function endsSentence(text: string): boolean {
  // By code point from the end (blocks can be long: no array of all their characters).
  const trimmed = text.trim();
  let end = trimmed.length;
  let char = charBefore(trimmed, end);
  while (char !== undefined && CLOSING_MARKS.has(char)) char = charBefore(trimmed, (end -= char.length));
  if (char !== undefined && CLAUSE_END_PUNCTUATION.has(char)) return true;
  // A formula is complete without a full stop (应纳税额＝完税价格×关税税率): tax and fee rules set them as paragraphs.
  if (FORMULA_END.test(trimmed)) return true;
  // A half-width full stop after Chinese ends the sentence too (its width is the punctuation rule's business).
  if (char === "." && end - 1 > 0 && isIdeograph(charBefore(trimmed, end - 1)!)) return true;
  // A note wholly in brackets is complete in itself.
  const first = charAt(trimmed, 0);
  if (first !== undefined && PAIRED_MARKS.get(first) === charBefore(trimmed, trimmed.length) && unclosedMarks(trimmed).length === 0) return true;
  // So is a sentence followed by a note in brackets (…承包、租赁等经营责任制形式。（2009年8月27日删除）).
  const note = trailingNoteStart(trimmed);
  return note !== undefined && note > 0 && endsSentence(trimmed.slice(0, note));
}

/** Where the round-bracketed note that ends `text` opens, if it ends with one: （…） or (…), nested brackets matched. */
function trailingNoteStart(text: string): number | undefined {
  const close = text.at(-1);
  const open = close === "）" ? "（" : close === ")" ? "(" : undefined;
  if (open === undefined) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && --depth === 0) return i;
  }
  return undefined;
}

/**
 * A last clause that is a formula in words: an equals sign, then ideographs with an arithmetic
 * operator between two operands, and an operand at the end (完税价格×关税税率; not a URL's query).
 */
const FORMULA_END = /[＝=](?=[^，。；：,;:]*\p{Unified_Ideograph})[^，。；：,;:＝=]*[^\s×÷＋－+*/][×÷＋－+][^，。；：,;:＝=]*[\p{L}\p{N}%％）)]$/u;

/** Operators no paragraph ends with: a formula cut in the middle (应纳税额＝完税价格×). */
export const TRAILING_OPERATORS = "×÷＋＝";

/** Words after which no paragraph can end: they need what follows. */
const DANGLING_WORDS = new Set([
  ...["的", "之", "将", "把", "被", "对", "和", "与", "及", "或", "以及", "并", "而", "在", "从", "向", "于", "为", "以", "由", "其", "各", "每", "该", "是", "第"],
  // Modal verbs need the verb that follows.
  ...["应当", "应该", "应", "可以", "能够", "不得", "必须", "须", "不应", "不能"],
]);
/** Words that cannot start a paragraph: they continue a sentence. */
const CONTINUING_WORDS = new Set(["和", "与", "及", "以及", "及其", "或", "或者", "的", "之", "了", "着", "等", "等等", "得", "地"]);
/** Their first characters: text starting otherwise needs no segmentation to tell. */
const CONTINUING_FIRST = new Set([...CONTINUING_WORDS].map((word) => String.fromCodePoint(word.codePointAt(0)!)));

/**
 * Does the text clearly stop in mid-sentence: after 、，, an opening quote or
 * bracket, or a function word (preposition, conjunction, particle)?
 */
export function endsMidSentence(text: string): boolean {
  const trimmed = text.trim();
  const last = charBefore(trimmed, trimmed.length);
  if (last === undefined) return false;
  if (last === "、" || last === "，" || last === "," || PAIRED_MARKS.has(last) || TRAILING_OPERATORS.includes(last)) return true;
  const word = lastWord(trimmed);
  if (word === null) return false;
  if (DANGLING_WORDS.has(word)) return true;
  // 此致 (tagged a conjunction) is the letter closing that stands on its own line.
  if (word === "此致") return false;
  // Prepositions and conjunctions of any length (根据, 以及); particles only alone (的, 了).
  const tag = getLexicon().tag(word);
  return tag !== undefined && (tag === "p" || tag === "c" || (word.length === 1 && tag.startsWith("u")));
}

/** Does the text clearly continue a sentence: a non-starter mark or a continuing word first? */
export function startsMidSentence(text: string): boolean {
  const trimmed = text.trim().replace(/^\f+/u, "");
  if (isNonStarter(charAt(trimmed, 0))) return true;
  if (!CONTINUING_FIRST.has(charAt(trimmed, 0) ?? "")) return false;
  const word = firstWord(trimmed);
  return word !== null && CONTINUING_WORDS.has(word);
}

/**
 * Display width in half-width cells, as a PDF or terminal lays text out:
 * ideographs and full-width punctuation take two, everything else one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

export function charWidth(char: string): number {
  if (char === "\t") return 4;
  const code = char.codePointAt(0)!;
  if (isIdeograph(char) || RADICAL.test(char) || isCjkPunctuation(char)) return 2;
  // Hangul, kana, full-width forms and the quotes CJK fonts set full width.
  if ((code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000) return 2;
  return 1;
}

/** Width of a line's leading white space (an ideographic space counts two). */
export function indentWidth(line: string): number {
  let width = 0;
  for (const char of line) {
    if (char === " " || char === "\u00A0") width += 1;
    else if (char === "\u3000") width += 2;
    else if (char === "\t") width += 4;
    else break;
  }
  return width;
}

/**
 * What replaces a removed line or paragraph break between `before` and
 * `after` (the characters either side): nothing between Chinese characters, a
 * single space only between two Latin letters or digits (words must not fuse).
 */
export function joiner(before: string | undefined, after: string | undefined): string {
  const latin = (char: string | undefined) => char !== undefined && /[\p{Script=Latin}\p{Nd}]/u.test(char) && !isIdeograph(char);
  return latin(before) && latin(after) ? " " : "";
}

/** Up to `count` characters before `offset`, for messages. */
export function snippetBefore(text: string, offset: number, count = 6): string {
  return [...text.slice(Math.max(0, offset - count * 2), offset)].slice(-count).join("");
}

/** Up to `count` characters from `offset`, for messages. */
export function snippetAfter(text: string, offset: number, count = 6): string {
  return [...text.slice(offset, offset + count * 2)].slice(0, count).join("");
}
