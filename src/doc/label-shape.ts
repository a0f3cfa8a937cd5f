/**
 * Labels versus prose, for table cells and short lines.
 *
 * Signature and date tables (中华人民共和国主席<br>习近平 | 二〇二三年三月二十一日于莫斯科)
 * and lookup tables (刑法条文 | 罪名) hold short labels: names, offices,
 * dates, article numbers. A sentence sitting in such a table is displaced
 * prose, and a run of name/office/date lines after the body is a signature
 * block. The misplaced-fragment and duplicate rules both ask these questions.
 */
import { hasChinese, isDateLine, isLabelLine, isSignatureLine, startsWithSectionMarker } from "./paragraph-shape.js";
import { hasMoreCodePoints } from "../cjk/codepoints.js";

/** `<br>` in its usual spellings: Markdown tables carry line breaks inside cells this way. */
const BR = /<br\s*\/?>/giu;
/** Sentence punctuation: a cell that has any is a sentence, not a label. */
const SENTENCE_MARK = /[，。；！？：,;!?]/u;
/** Longest label without sentence punctuation (罪名 cells run to 30-odd characters). */
const MAX_LABEL = 40;

/** The lines of a table cell: split at `<br>`, trimmed, empty ones dropped. */
export function cellLines(text: string): string[] {
  // Cell ranges from the Markdown parser include the pipes around them.
  return cellContent(text)
    .split(BR)
    .map((line) => line.replace(/\\\|/gu, "|").trim())
    .filter((line) => line !== "");
}

/** A cell's text without the pipes and white space around it. */
export function cellContent(text: string): string {
  return cellSpan({ start: 0, end: text.length, text }).text;
}

/**
 * A table cell's content without its pipes and padding, with absolute offsets
 * (the Markdown parser's cell ranges include the delimiting "|").
 */
export function cellSpan(cell: { start: number; end: number; text: string }): { start: number; end: number; text: string } {
  const lead = /^[\s|]*/u.exec(cell.text)![0].length;
  const body = cell.text.slice(lead).replace(/(?<!\\)[\s|]*$/u, "");
  return { start: cell.start + lead, end: cell.start + lead + body.length, text: body };
}

/** A note wholly in brackets: (新华社莫斯科3月21日电), （2023年3月21日）. */
export function isBracketedNote(text: string): boolean {
  const t = text.trim();
  return /^[（(][^（()）]{1,40}[）)]$/u.test(t);
}

/** Longest name or office in a signature block (中华人民共和国主席, 滨江市人民政府办公厅). */
export const SIGNATURE_LENGTH = 16;

/** A name or an office as a signature block sets it: a few ideographs (and the name dot). */
export function isNameOrOffice(text: string): boolean {
  return isSignatureLine(text, SIGNATURE_LENGTH);
}

/**
 * A signature-block line: a name, an office, a date, a bracketed note, or
 * several of these set side by side with wide white space
 * (中华人民共和国主席　　　　俄罗斯联邦总统).
 * structure.ts's isClosingLine is the stricter form that ends documents.
 */
export function isSignatureBlockLine(text: string): boolean {
  // A section or article marker starts body text (第一百二十条　本法), never a name or office.
  if (startsWithSectionMarker(text)) return false;
  // Part by part, stopping at the first that is none of these: most lines asked about are
  // prose, whose first part already fails (no array of all parts of a long line).
  const trimmed = text.trim();
  let parts = 0;
  let from = 0;
  PART_GAP.lastIndex = 0;
  for (;;) {
    const gap = PART_GAP.exec(trimmed);
    const part = trimmed.slice(from, gap ? gap.index : trimmed.length);
    if (part !== "") {
      if (!(isNameOrOffice(part) || isDateLine(part) || isBracketedNote(part))) return false;
      parts++;
    }
    if (!gap) return parts > 0;
    from = gap.index + gap[0].length;
  }
}

/** What sets the parts of a signature line apart: wide white space or one U+3000 (global: isSignatureBlockLine steps through a line with it). */
const PART_GAP = /[ \u3000\t]{2,}|\u3000/gu;

/** Does the line carry a date (the anchor of a signature block)? */
export function hasDate(text: string): boolean {
  return text
    .trim()
    .split(/[ \u3000\t]{2,}|\u3000/u)
    .some((part) => isDateLine(part));
}

export type CellShape = "empty" | "label" | "prose";

/**
 * empty; label (every line a name, office, date, note or short phrase without
 * sentence punctuation); prose (a sentence: sentence punctuation, or long).
 */
export function cellShape(text: string): CellShape {
  const lines = cellLines(text);
  if (lines.length === 0) return "empty";
  const label = (line: string) =>
    isSignatureBlockLine(line) || isDateLine(line) || isBracketedNote(line) || isLabelLine(line) || (!hasMoreCodePoints(line, MAX_LABEL) && !SENTENCE_MARK.test(line));
  if (lines.every(label)) return "label";
  return lines.some(hasChinese) ? "prose" : "label";
}

export type RowShape = "empty" | "label" | "prose" | "mixed";

/**
 * A table row is prose when its only non-empty cell is a sentence (text laid
 * into a table by the converter fills one cell); label when every non-empty
 * cell is a label; mixed otherwise (a legitimate 项目 | 说明 table).
 */
export function rowShape(cells: readonly { text: string }[]): RowShape {
  const shapes = cells.map((cell) => cellShape(cell.text)).filter((shape) => shape !== "empty");
  if (shapes.length === 0) return "empty";
  if (shapes.every((shape) => shape === "label")) return "label";
  if (shapes.length === 1) return "prose";
  return "mixed";
}

/** Does a row read as part of a signature block (offices and names, or a date)? */
export function isSignatureRow(cells: readonly { text: string }[]): boolean {
  const lines = cells.flatMap((cell) => cellLines(cell.text));
  return lines.length > 0 && lines.every((line) => isSignatureBlockLine(line)) && (lines.some(hasDate) || lines.length >= 2);
}
