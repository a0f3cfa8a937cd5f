/**
 * spacing: white space that extraction left inside Chinese text.
 *
 * PDF and web extraction turn justified or letter-spaced typesetting into
 * spaces: "中国 人民", "发展 ，", "习　近　平", "第 一 章". Chinese prose has no
 * spaces between characters, so such spaces are artefacts — but not all white
 * space is: the ideographic space U+3000 after an article number ("第一条　公民")
 * or between title halves is the official format, indentation is layout, and
 * a space between Chinese and Latin/digits is a style choice (we never demand
 * or insert one). Wide gaps in lines without punctuation are usually layout
 * columns (a signature block: "中华人民共和国主席   俄罗斯联邦总统"); they are
 * reported as warnings without a safe fix, because removing them would glue two
 * names together. A gap of a column's width in a prose line is two columns read
 * line by line into one: an error, and no fix either (it would splice them).
 *
 * The safe fix only ever deletes white space: it never inserts a space and
 * never touches punctuation.
 */
import { isCjkPunctuation, isChineseTextChar, isIdeograph, CLOSING_MARKS, OPENING_MARKS } from "../../src/cjk/chars.js";
import { charAt, charBefore, codePointLabel, codePointLength } from "../../src/cjk/codepoints.js";
import { overlapsAny } from "../../src/cjk/latin.js";
import { endsWithStructuralNumber, isIdeographicSpace, isWhiteSpaceCode } from "../../src/cjk/spaces.js";
import { getBlocks, syntaxOf, type Block } from "../../src/doc/blocks.js";
import { LineIndex } from "../../src/doc/lines.js";
import { columnCells } from "../../src/doc/paragraph-shape.js";
import { nodeRanges } from "../../src/doc/node-ranges.js";
import { findTwoColumnPages, inTwoColumnPage } from "../../src/doc/two-columns.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import type { Severity } from "../../src/report/categories.js";
import { messages, type MessageId } from "./messages.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "spacing",
  categories: ["spacing"],
  fixable: true,
  description: {
    zh: "抽取残留的中文字间空格（“中国 人民”“发展 ，”“习　近　平”）；安全修复只删除空白，不插入空格，不改标点。",
    en: 'Spurious spaces inside Chinese text left by extraction ("中国 人民", "发展 ，", letter-spaced "习　近　平"); the safe fix only deletes white space.',
  },
};

export interface SpacingFinding {
  messageId: MessageId;
  severity: Severity;
  confidence: number;
  range: [number, number];
  /** Replacement of `range` when the fix is safe (always a deletion of white space). */
  fix?: string;
  params: Record<string, string>;
}

interface Token {
  start: number;
  end: number;
  text: string;
}

/** One white-space run between two tokens of a line. */
interface Gap {
  start: number;
  end: number;
  text: string;
  left: Token;
  right: Token;
}

/** Punctuation a space may never precede (、，。） …) or follow (（“《 …): a space there is an artefact even when it is U+3000. */
const PAUSE_MARKS = new Set(["，", "、", "。", "；", "：", "？", "！", "…"]);
function clingsToPunctuation(gap: Gap, text: string): boolean {
  const before = charBefore(text, gap.start)!;
  const after = charAt(text, gap.end)!;
  const closesRight = isCjkPunctuation(after) && (PAUSE_MARKS.has(after) || CLOSING_MARKS.has(after));
  const opensLeft = isCjkPunctuation(before) && OPENING_MARKS.has(before);
  return closesRight || opensLeft;
}

const CLAUSE_PUNCTUATION = /[，。；：、！？,;!?]/u;
const MAX_NUMBER_TOKENS = 8;

/**
 * Width (in half-width spaces) from which a gap inside a prose line is a column gutter, not a
 * stray space: justification and letter-spacing leave one or two spaces between characters,
 * `pdftotext -layout` puts two columns of a page on one line with many. Neither corpus has a
 * gap of three or more inside a prose line.
 */
const COLUMN_GAP_WIDTH = 4;
/** A gap's width: U+3000 and a tab count as two. */
const columnWidth = (gap: string): number => [...gap].reduce((width, c) => width + (c === " " ? 1 : 2), 0);

function isSingleton(token: Token): boolean {
  return codePointLength(token.text) === 1 && isIdeograph(token.text);
}

function describeSpace(space: string): string {
  const counts = new Map<string, number>();
  for (const char of space) counts.set(char, (counts.get(char) ?? 0) + 1);
  return [...counts].map(([char, n]) => `${codePointLabel(char.codePointAt(0)!)}${n > 1 ? `×${n}` : ""}`).join(" ");
}

/** The table cell (between pipes) or else the whole line around `offset`: the unit judged "layout or prose". */
function segmentAround(text: string, lineStart: number, lineEnd: number, offset: number, table: boolean): string {
  if (!table) return text.slice(lineStart, lineEnd);
  const from = text.lastIndexOf("|", offset);
  const to = text.indexOf("|", offset);
  return text.slice(Math.max(lineStart, from + 1), to < 0 || to > lineEnd ? lineEnd : to);
}

/** Whether text[start, end) has white space between two non-white-space characters, i.e. two or more tokens. */
function hasInnerWhiteSpace(text: string, start: number, end: number): boolean {
  let first = start;
  while (first < end && isWhiteSpaceCode(text.charCodeAt(first))) first++;
  let last = end - 1;
  while (last > first && isWhiteSpaceCode(text.charCodeAt(last))) last--;
  for (let i = first + 1; i < last; i++) if (isWhiteSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * A news credit in brackets, whose names are set apart by spaces by right: （记者 陈晓岚 刘振宇）,
 * （通讯员 王芳）. Names of two to four characters, at most five of them.
 */
const CREDIT = /[（(](?:本报|特约)?(?:记者|通讯员|实习生|摄影记者|摄影|编辑)(?:[ \u3000]+[\p{Script=Han}·]{2,4}){1,5}[）)]/gu;
/** The roles a credit opens with: a line without one holds no credit. */
const CREDIT_ROLE = /记者|通讯员|实习生|摄影|编辑/u;

/** The credits of a line (`line` starts at `lineStart` in the text), as ranges to leave alone. */
function creditSpans(line: string, lineStart: number): { start: number; end: number }[] {
  return [...line.matchAll(CREDIT)].map((m) => ({ start: lineStart + m.index, end: lineStart + m.index + m[0].length }));
}

/**
 * Find spurious white space in one line `text[lineStart, lineEnd)`. Works on a
 * line, so a fix never joins lines; pure, so other tools can call it.
 * `masks` are ranges to leave alone (inline code, HTML).
 */
export function findSpacing(
  text: string,
  lineStart: number,
  lineEnd: number,
  { heading = false, table = false, title = false, masks = [] as readonly { start: number; end: number }[] } = {},
): SpacingFinding[] {
  // Every finding is about a gap between two tokens: most lines have none (no slice, regex copy and iterator for them).
  if (!hasInnerWhiteSpace(text, lineStart, lineEnd)) return [];
  const line = text.slice(lineStart, lineEnd);
  // (Most lines hold no credit: the masks are copied only for one that does.)
  const credits = CREDIT_ROLE.test(line) ? creditSpans(line, lineStart) : [];
  if (credits.length > 0) masks = [...masks, ...credits];
  const tokens: Token[] = [];
  for (const m of line.matchAll(/\S+/gu)) {
    tokens.push({ start: lineStart + m.index, end: lineStart + m.index + m[0].length, text: m[0] });
  }
  // A gap is a candidate when Chinese text touches it on both sides and it is not the official space after "第一条".
  const gaps: (Gap | null)[] = [];
  // Gaps after an article/chapter number: they split the line into parts ("第一章　总 则" has the part "总 则").
  const afterNumbers: boolean[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const gap: Gap = { start: tokens[i]!.end, end: tokens[i + 1]!.start, text: text.slice(tokens[i]!.end, tokens[i + 1]!.start), left: tokens[i]!, right: tokens[i + 1]! };
    const chinese = isChineseTextChar(charBefore(text, gap.start)!) && isChineseTextChar(charAt(text, gap.end)!);
    let afterNumber = false;
    for (let k = i, joined = ""; k >= 0 && k > i - MAX_NUMBER_TOKENS && !afterNumber; k--) {
      joined = tokens[k]!.text + joined;
      afterNumber = endsWithStructuralNumber(joined);
    }
    afterNumbers.push(afterNumber);
    // (U+FEFF is white space to a regular expression but no visible gap: encoding reports it as a zero-width character.)
    const zeroWidth = /^\uFEFF+$/u.test(gap.text);
    gaps.push(chinese && !afterNumber && !zeroWidth && !overlapsAny(masks, gap.start, gap.end) ? gap : null);
  }

  const findings: SpacingFinding[] = [];
  const consumed = new Set<number>();

  // Letter-spacing: consecutive gaps whose tokens are all single ideographs ("习 近 平", "第 一 章").
  for (let i = 0; i < gaps.length; ) {
    if (!gaps[i] || !isSingleton(gaps[i]!.left) || !isSingleton(gaps[i]!.right)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < gaps.length && gaps[j + 1] && isSingleton(gaps[j + 1]!.right)) j++;
    for (const run of splitByGapText(gaps.slice(i, j + 1) as Gap[])) {
      const ideographicOnly = [...run[0]!.text].every(isIdeographicSpace);
      // U+3000 between two single characters is also how official name lists align two-character names ("王　刚").
      if (ideographicOnly && run.length < 2 && !heading) continue;
      const first = run[0]!.left;
      const last = run.at(-1)!.right;
      const partStart = tokens[afterNumbers.lastIndexOf(true, i) + 1]!.start;
      const nextNumber = afterNumbers.indexOf(true, j);
      const partEnd = nextNumber < 0 ? lineEnd : tokens[nextNumber]!.end;
      const outside = (t: Token) => t.start >= partStart && t.end <= partEnd && (t.end <= first.start || t.start >= last.end);
      const wholeLine = !tokens.some((t) => outside(t) && [...t.text].some(isChineseTextChar));
      if (run.length < 2 && !wholeLine) continue; // one gap inside a sentence: judged below as an ordinary space
      const original = text.slice(first.start, last.end);
      const collapsed = run.map((gap) => gap.left.text).join("") + last.text;
      findings.push({ messageId: "letterSpaced", severity: "error", confidence: 0.85, range: [first.start, last.end], fix: collapsed, params: { text: original, collapsed } });
      for (const gap of run) consumed.add(gap.start);
    }
    i = j + 1;
  }

  for (const gap of gaps) {
    if (!gap || consumed.has(gap.start)) continue;
    const space = describeSpace(gap.text);
    if ([...gap.text].every(isIdeographicSpace)) {
      // U+3000 is deliberate between characters (title halves, name alignment), never before a comma or after an opening quote.
      if (clingsToPunctuation(gap, text)) {
        findings.push({ messageId: "spaceInChinese", severity: "error", confidence: 0.85, range: [gap.start, gap.end], fix: "", params: { space } });
      }
      continue;
    }
    const layoutLine = !CLAUSE_PUNCTUATION.test(segmentAround(text, lineStart, lineEnd, gap.start, table));
    // A gap of a column's width inside a prose line: two columns (or two paragraphs) read line by line into one; deleting it would splice them.
    if (!layoutLine && !table && columnWidth(gap.text) >= COLUMN_GAP_WIDTH) {
      findings.push({ messageId: "columnGap", severity: "error", confidence: 0.8, range: [gap.start, gap.end], params: { space } });
      continue;
    }
    const wide = gap.text.length >= 2 || gap.text.includes("\t");
    const titleHalves = codePointLength(gap.left.text) >= 4 && codePointLength(gap.right.text) >= 4;
    // (A news headline's two halves, one space apart on the document's first line or in a Markdown heading, are its format.)
    if ((title || heading) && titleHalves && gap.text.length === 1 && layoutLine) continue;
    if (gap.text.includes("\t") || (layoutLine && (wide || titleHalves))) {
      findings.push({ messageId: "layoutGap", severity: "warning", confidence: 0.4, range: [gap.start, gap.end], params: { space } });
      continue;
    }
    const betweenIdeographs = isIdeograph(charBefore(text, gap.start)!) && isIdeograph(charAt(text, gap.end)!);
    findings.push({ messageId: "spaceInChinese", severity: "error", confidence: betweenIdeographs ? 0.95 : 0.9, range: [gap.start, gap.end], fix: "", params: { space } });
  }
  return findings.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * Split a letter-spaced run where the spacing changes: "习 近 平   普 京" is two
 * names in two columns, not one five-character name. The most common gap
 * string is the letter-spacing; the others separate runs.
 */
function splitByGapText(gaps: Gap[]): Gap[][] {
  const counts = new Map<string, number>();
  for (const gap of gaps) counts.set(gap.text, (counts.get(gap.text) ?? 0) + 1);
  const spacing = [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0]![0];
  const runs: Gap[][] = [];
  let current: Gap[] = [];
  for (const gap of gaps) {
    if (gap.text === spacing) current.push(gap);
    else if (current.length > 0) (runs.push(current), (current = []));
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/**
 * A number whose digits letter-spacing pulled apart, before the unit that makes it a number of
 * the prose (2 0 2 3年, 第 1 2 条 → 2023年, 第12条): three digits or more, one space between each.
 * Neither corpus has one; a code or a phone number stands before no such unit.
 */
const LETTER_SPACED_NUMBER = /(?<![\d.,])\d(?:[ \u00a0]\d){2,}(?=[ \u00a0]?[年月日号条款项章节])/gu;

function reportLetterSpacedNumbers(text: string, line: { start: number; end: number }, masks: readonly { start: number; end: number }[], report: (f: SpacingFinding) => void): void {
  const source = text.slice(line.start, line.end);
  // (Most lines have no digit followed by a space.)
  if (!/\d[ \u00a0]\d/u.test(source)) return;
  for (const m of source.matchAll(LETTER_SPACED_NUMBER)) {
    const start = line.start + m.index;
    if (overlapsAny(masks, start, start + m[0].length)) continue;
    const collapsed = m[0].replace(/[ \u00a0]/gu, "");
    report({ messageId: "letterSpaced", severity: "error", confidence: 0.85, range: [start, start + m[0].length], fix: collapsed, params: { text: m[0], collapsed } });
  }
}

/**
 * Starts of the lines of a block that are rows of a plain-text table (pdftotext -layout): set in
 * columns (columnCells), next to another such row with as many cells.
 */
function plainTableRows(block: Block): Set<number> {
  const rows = new Set<number>();
  const cells = block.lines.map((line) => columnCells(line.text)?.length ?? 0);
  for (let i = 0; i < cells.length; i++) {
    if (cells[i]! > 0 && (cells[i - 1] === cells[i] || cells[i + 1] === cells[i])) rows.add(block.lines[i]!.start);
  }
  return rows;
}

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const masks = syntaxOf(node) === "markdown" ? nodeRanges(node, ["Code", "Html"]) : [];
  // A page in two columns gets one finding; its lines are not repaired gap by gap (that would splice the columns).
  const columnPages = findTwoColumnPages(text);
  const lineIndex = columnPages.length > 0 ? new LineIndex(text) : undefined;
  for (const page of columnPages) {
    const [start, end] = page.gutters[0]!;
    report({ messageId: "twoColumns", params: { line: lineIndex!.position(start).line, count: page.gutters.length }, range: [start, end], confidence: 0.9 });
  }
  // The document's first line: a title, whose halves a space may set apart.
  const firstLine = /\S/u.exec(text)?.index ?? -1;
  for (const block of getBlocks(node, text)) {
    if (block.kind === "code" || block.kind === "html" || block.kind === "thematic-break") continue;
    const rows = plainTableRows(block);
    for (const line of block.lines) {
      if (inTwoColumnPage(columnPages, line.start)) continue;
      const title = line.start <= firstLine && firstLine < line.end;
      let found = findSpacing(text, line.start, line.end, { heading: block.kind === "heading", table: block.kind === "table-row", title, masks });
      // A plain-text table's gaps are its layout: nothing to look at.
      if (rows.has(line.start)) found = found.filter((f) => f.messageId !== "layoutGap");
      if (block.kind !== "table-row") reportLetterSpacedNumbers(text, line, masks, (f) => found.push(f));
      for (const f of found) {
        report({
          messageId: f.messageId,
          params: f.params,
          range: f.range,
          severity: f.severity,
          confidence: f.confidence,
          fix: f.fix !== undefined ? { range: f.range, text: f.fix } : undefined,
          suggestions: f.fix === undefined ? [{ messageId: "suggestRemove", range: f.range, text: "" }] : undefined,
        });
      }
    }
  }
});
