/**
 * Line wraps: hard line breaks inside a paragraph, as pdftotext writes them
 * (every line cut at the page width, blank lines between paragraphs lost).
 *
 * Each line break inside a paragraph-like block gets one of three verdicts:
 * - join: the line runs to the block's typical width without ending a
 *   sentence, or the break cuts a word or clearly a sentence → delete the break;
 * - paragraph end: a wrapped run ends with sentence-final punctuation short of
 *   the margin (or the next line is indented), or any line ends a sentence
 *   before a line that starts like a list item or an article → insert a blank line;
 * - keep: anything else (verse, addresses, signatures, list-like lines, table
 *   rows, page furniture, ambiguous full lines ending a sentence).
 */
import { isCjkPunctuation, isIdeograph } from "../../src/cjk/chars.js";
import { closesAcross } from "../../src/cjk/paired-marks.js";
import { wordAcross } from "../../src/cjk/word-across.js";
import type { Block, Syntax } from "../../src/doc/blocks.js";
import { isDivision, parseMarker } from "../../src/doc/enumeration.js";
import type { Line } from "../../src/doc/lines.js";
import {
  charWidth,
  displayWidth,
  endsMidSentence,
  endsSentence,
  hasChinese,
  hasNoClausePunctuation,
  indentWidth,
  isColumnRow,
  isDashLed,
  isDateLine,
  isLabelLine,
  isLoneSectionMarker,
  isNonStarter,
  isPageFurnitureLine,
  isSignatureLine,
  joiner,
  snippetAfter,
  snippetBefore,
  startsListLike,
  startsMidSentence,
} from "../../src/doc/paragraph-shape.js";
import { findTwoColumnPages, inTwoColumnPage } from "../../src/doc/two-columns.js";
import type { FindingInput } from "../../src/rule-kit.js";

/** Below this width (half-width cells, i.e. 18 ideographs) lines are verse, names or addresses, not wrapped prose. */
const MIN_WRAP_WIDTH = 36;
/** A line this close to the typical width is full: room for a first-line indent (2) and a line-start rule pushing one character down. */
const FULL_TOLERANCE = 6;
/** Lines shorter than this (12 ideographs) are never joined on word or sentence evidence alone. */
const LONG_LINE = 24;
/** A typical width needs this many lines near it. */
const MIN_FULL_LINES = 3;

const isProseBlock = (block: Block) => block.kind === "paragraph" || block.kind === "quote";
const widthOf = (line: Line) => displayWidth(line.text.trimEnd());

/**
 * The typical width of wrapped lines: a robust maximum of the widths of lines
 * that have a successor in their block. It counts only when several lines run
 * to it without ending a sentence — the mark of text cut at a page width (a
 * title and two list items that happen to be as long do not make one).
 */
export function typicalWidth(lines: Line[][]): number | undefined {
  const candidates = lines.flatMap((block) => block.slice(0, -1)).filter((line) => widthOf(line) >= MIN_WRAP_WIDTH);
  if (candidates.length < MIN_FULL_LINES) return undefined;
  const widths = candidates.map(widthOf).sort((x, y) => y - x);
  const cap = widths[Math.floor(widths.length * 0.1)]!;
  const cut = candidates.filter((line) => widthOf(line) >= cap - FULL_TOLERANCE && !endsSentence(line.text));
  return cut.length >= MIN_FULL_LINES ? cap : undefined;
}

/** Width of what would have had to fit on the previous line: a word, or a character with the marks that cannot start a line. */
function leadingTokenWidth(text: string): number {
  const latin = /^[A-Za-z0-9][A-Za-z0-9.,%\-_/]*/u.exec(text);
  if (latin) return latin[0].length;
  const chars = [...text];
  let width = chars.length > 0 ? charWidth(chars[0]!) : 0;
  for (let i = 1; i < chars.length && isNonStarter(chars[i]); i++) width += charWidth(chars[i]!);
  return width;
}

/** Only short lines: a poem, an address, a signature block, a narrow table cell — breaks there are meant. */
function isVerseLike(lines: Line[]): boolean {
  return Math.max(...lines.map(widthOf)) < MIN_WRAP_WIDTH;
}

/**
 * Lines of one character each, from this many on: vertical text (竖排) that extraction read a
 * character per line. Verse and name lists have longer lines; the corpora have no such block.
 */
const MIN_VERTICAL_LINES = 6;

/** The block's characters when every line holds one ideograph or Chinese punctuation mark (most of them ideographs). */
function characterPerLine(lines: Line[]): string | undefined {
  if (lines.length < MIN_VERTICAL_LINES) return undefined;
  const chars = lines.map((line) => line.text.trim());
  if (!chars.every((c) => [...c].length === 1 && (isIdeograph(c) || isCjkPunctuation(c)))) return undefined;
  return chars.filter((c) => isIdeograph(c)).length >= MIN_VERTICAL_LINES - 1 ? chars.join("") : undefined;
}

export function findLineWraps(blocks: Block[], text: string, syntax: Syntax, eol: string): FindingInput[] {
  const prose = blocks.filter(isProseBlock).map((block) => block.lines.filter((line) => line.text.trim() !== ""));
  const documentCap = typicalWidth(prose);
  const findings: FindingInput[] = [];
  // Lines of a page in two columns (spacing reports it): joining them would join four half-lines.
  const columnPages = findTwoColumnPages(text);
  const inColumns = (line: Line) => inTwoColumnPage(columnPages, line.start);
  for (const lines of prose) {
    const vertical = characterPerLine(lines);
    if (vertical !== undefined) {
      const range = [lines[0]!.start + indentWidthChars(lines[0]!.text), lines.at(-1)!.start + lines.at(-1)!.text.trimEnd().length] as const;
      // (The range holds only the lines' characters and the breaks and indents between them: joining loses no text.)
      findings.push({ messageId: "wrap-vertical", params: { text: vertical.length > 20 ? `${vertical.slice(0, 20)}…` : vertical }, range, confidence: 0.9, fix: { range, text: vertical } });
      continue;
    }
    if (lines.length < 2 || isVerseLike(lines)) continue;
    // A block with its own consistent width (a table column, a narrower page) uses it.
    const cap = typicalWidth([lines]) ?? documentCap;
    const baseIndent = Math.min(...lines.map((line) => indentWidth(line.text)));
    let continuation = false;
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i]!;
      const next = lines[i + 1]!;
      if (inColumns(line) || inColumns(next)) continue;
      const verdict = judge(line, next, { cap, baseIndent, continuation, syntax });
      continuation = verdict?.kind === "join";
      if (!verdict) continue;
      const lineEnd = line.start + line.text.trimEnd().length;
      const left = snippetBefore(text, lineEnd);
      if (verdict.kind === "join") {
        const nextStart = next.start + indentWidthChars(next.text);
        const right = snippetAfter(text, nextStart);
        findings.push({
          messageId: "wrap-join",
          params: { before: left, after: right },
          range: [lineEnd - 1, nextStart + 1],
          confidence: verdict.confidence,
          severity: verdict.confidence >= 0.8 ? "error" : "warning",
          fix: { range: [lineEnd, nextStart], text: joiner([...left].at(-1), [...right][0]) },
        });
      } else {
        findings.push({
          messageId: verdict.afterHeading ? "wrap-after-heading" : verdict.beforeItem ? "wrap-paragraph-before-item" : "wrap-paragraph-end",
          params: { before: left },
          range: [lineEnd - 1, lineEnd],
          confidence: verdict.confidence,
          fix: { range: [line.end, line.end], text: eol },
        });
      }
    }
  }
  return findings;
}

/** Number of UTF-16 units of leading white space. */
function indentWidthChars(text: string): number {
  return /^[\s\f]*/u.exec(text)![0].length;
}

interface Context {
  cap: number | undefined;
  baseIndent: number;
  /** Whether the line itself continues the previous one (the break before it was joined). */
  continuation: boolean;
  syntax: Syntax;
}

/** A verdict on a line break; `beforeItem`, `afterHeading`: a paragraph's end told by the next line's list marker, by a heading. */
type Verdict = { kind: "join" | "paragraph-end"; confidence: number; beforeItem?: boolean; afterHeading?: boolean } | null;

/** A heading of a part, chapter or section with its title and no clause punctuation (第八章　代表候选人的提出). */
function isDivisionHeading(text: string): boolean {
  const marker = parseMarker(text);
  return marker !== null && marker.scheme !== "tiao" && isDivision(marker.scheme) && marker.separator !== "" && hasNoClausePunctuation(text);
}

function judge(line: Line, next: Line, { cap, baseIndent, continuation, syntax }: Context): Verdict {
  const a = line.text.trim();
  const b = next.text.trim();
  if (!hasChinese(a) && !hasChinese(b)) return null;
  if (isPageFurnitureLine(a) || isPageFurnitureLine(b) || isLoneSectionMarker(a)) return null;
  const width = widthOf(line);
  // In plain text an indented line starts a paragraph (pdftotext -layout keeps first-line indents).
  const indented = syntax === "text" && indentWidth(next.text) > baseIndent;

  if (endsSentence(a)) {
    // In text wrapped at a page width, a sentence's end before a line that starts like a list item or
    // an article (（一）, 一、, 第五条) ends a paragraph whose blank line was lost, however full the line
    // or short the paragraph (第五条…投票权。|第六条…).
    if (cap !== undefined && cap >= MIN_WRAP_WIDTH && startsListLike(b)) return { kind: "paragraph-end", confidence: 0.75, beforeItem: true };
    if (!continuation) return null;
    const capacity = cap ?? width;
    const endedEarly = width + leadingTokenWidth(b) <= capacity - 1;
    return indented || endedEarly ? { kind: "paragraph-end", confidence: indented ? 0.8 : 0.7 } : null;
  }

  // A chapter's or section's heading on its own line (第八章　代表候选人的提出) in a wrapped text ends its
  // paragraph: its blank line was lost (a heading that runs full may be wrapped itself).
  if (cap !== undefined && cap >= MIN_WRAP_WIDTH && isDivisionHeading(a) && width < cap - FULL_TOLERANCE) return { kind: "paragraph-end", confidence: 0.75, afterHeading: true };
  if (indented || startsListLike(b) || (isLabelLine(a) && isLabelLine(b))) return null;
  if (isDateLine(a) || isDateLine(b) || isSignatureLine(a) || isSignatureLine(b) || isColumnRow(a) || isColumnRow(b)) return null;
  if (isDashLed(a) && hasNoClausePunctuation(a) && !continuation) return null;

  const word = wordAcross(a, b);
  const first = [...b][0]!;
  const mid = endsMidSentence(a) || startsMidSentence(b) || closesAcross(a, b);
  const continues = isIdeograph(first) || isNonStarter(first) || mid;
  const full = cap !== undefined && cap >= MIN_WRAP_WIDTH && width >= cap - FULL_TOLERANCE;
  if (full) return { kind: "join", confidence: word ? 0.95 : 0.85 };
  if (width < LONG_LINE || !continues) return null;
  if (word) return { kind: "join", confidence: 0.9 };
  if (mid) return { kind: "join", confidence: 0.75 };
  // Markdown renders a soft break between Chinese characters as a space: a break that cuts the text is a wrap.
  const chineseEnd = isIdeograph([...a].at(-1)!);
  if (syntax === "markdown" && chineseEnd && isIdeograph(first)) return { kind: "join", confidence: 0.6 };
  return null;
}
