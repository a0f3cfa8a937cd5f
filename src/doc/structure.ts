/**
 * Document structure: closing (signature and date) blocks, title lines, and the
 * enumeration markers of each document arranged into sections.
 *
 * Structural rules (numbering gaps, orphan markers, truncation) read this model
 * instead of scanning text themselves, so that "where does a document end" and
 * "which marker belongs to which section" are decided once.
 */
import type { Block } from "./blocks.js";
import { cellLines, isNameOrOffice } from "./label-shape.js";
import { DIVISION_RANK, isDivision, parseMarker, type Marker } from "./enumeration.js";
import {
  endsSentence,
  hasChinese,
  hasNoClausePunctuation,
  isDashLed,
  isDateLine,
  isLabelLine,
  isPageFurnitureLine,
} from "./paragraph-shape.js";
import { hasMoreCodePoints } from "../cjk/codepoints.js";

// ---------------------------------------------------------------------------
// Closing blocks: signatures, dates, news datelines.

/** (新华社莫斯科3月21日电), （本报北京5月3日讯）: the agency line that closes a news release (a kind of isBracketedNote). */
const DATELINE_NOTE = /^[（(][^（()）]{2,30}[电讯][）)]$/u;

/** A date line (二〇二三年三月二十一日于莫斯科) or a dateline note: what makes a run of short lines a closing block. */
export function isClosingDate(line: string): boolean {
  const t = line.trim();
  return t !== "" && (isDateLine(t) || DATELINE_NOTE.test(t));
}

/**
 * A line that may close a document: the stricter form of label-shape's
 * isSignatureBlockLine — the whole line one name or office (not led by an
 * enumeration marker), one date, or a news dateline rather than any bracketed
 * note; no items side by side. Stricter because a run of these lines ends a
 * document (splitDocuments), and a false end cuts a document in two for every
 * structural rule, while the looser form classifies lines inside blocks
 * already delimited (relocation, duplicates, table cells). Using the looser
 * form here would move document ends (side-by-side signatures would start
 * closing runs).
 */
export function isClosingLine(line: string): boolean {
  const t = line.trim();
  if (t === "") return false;
  if (isClosingDate(t)) return true;
  return isNameOrOffice(t) && parseMarker(t) === null;
}


/** The lines a block shows: its lines, or for a table row the parts of its cells. */
export function visibleLines(block: Block): string[] {
  if (block.kind === "table-row") {
    return (block.cells ?? []).flatMap((cell) => cellLines(cell.text));
  }
  return block.lines.map((line) => line.text.trim()).filter((s) => s !== "");
}

const shapes = new WeakMap<Block, "closing" | "neutral" | "other">();

/**
 * A block all of whose lines may stand in a signature block (an empty table row is neutral).
 * Cached per block: every splitDocuments call (several per lint) asks about every block.
 */
function closingShape(block: Block): "closing" | "neutral" | "other" {
  let shape = shapes.get(block);
  if (shape === undefined) shapes.set(block, (shape = computeClosingShape(block)));
  return shape;
}

function computeClosingShape(block: Block): "closing" | "neutral" | "other" {
  if (block.kind !== "paragraph" && block.kind !== "table-row") return "other";
  const lines = visibleLines(block);
  if (lines.length === 0) return block.kind === "table-row" ? "neutral" : "other";
  if (lines.length > 6) return "other";
  return lines.every(isClosingLine) ? "closing" : "other";
}

/** A prose block: Chinese text with clause punctuation (body content, not a title or label). */
export function isProseBlock(block: Block): boolean {
  if (block.kind !== "paragraph" && block.kind !== "list-item" && block.kind !== "quote") return false;
  const text = block.text.trim();
  return hasChinese(text) && !hasNoClausePunctuation(text) && !isLabelLine(text);
}

export interface ClosingRun {
  /** Indices into the block list, first and last (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * Signature and date blocks: runs of consecutive short name/office/date lines
 * (paragraphs or table rows) holding at least one date or dateline, after some
 * body text. The dates under a law's title (1979年7月1日…通过) come before any
 * body text and so close nothing.
 */
export function findClosingRuns(blocks: readonly Block[], titleStarts: ReadonlySet<number> = new Set()): ClosingRun[] {
  const runs: ClosingRun[] = [];
  let body = false;
  for (let i = 0; i < blocks.length; i++) {
    if (titleStarts.has(i)) body = false;
    const shape = closingShape(blocks[i]!);
    if (shape === "other") {
      if (isProseBlock(blocks[i]!)) body = true;
      continue;
    }
    let j = i;
    let dated = false;
    while (j < blocks.length && !titleStarts.has(j) && closingShape(blocks[j]!) !== "other") {
      if (visibleLines(blocks[j]!).some(isClosingDate)) dated = true;
      j++;
    }
    // Trim neutral rows at either end.
    let first = i;
    let last = j - 1;
    while (first <= last && closingShape(blocks[first]!) === "neutral") first++;
    while (last >= first && closingShape(blocks[last]!) === "neutral") last--;
    if (body && dated && first <= last) {
      runs.push({ first, last, start: blocks[first]!.start, end: blocks[last]!.end });
      body = false;
    }
    i = j - 1;
  }
  return runs;
}

// ---------------------------------------------------------------------------
// Titles.

/** Longest title line, in code points. */
const TITLE_LENGTH = 60;

/**
 * A standalone title line in plain text: one short line of Chinese without
 * clause punctuation, not a marker, date, signature dateline or label.
 */
export function isTitleBlock(block: Block): boolean {
  if (block.kind === "heading") return true;
  if (block.kind !== "paragraph") return false;
  const lines = visibleLines(block);
  if (lines.length !== 1) return false;
  const t = lines[0]!;
  return (
    hasChinese(t) &&
    !hasMoreCodePoints(t, TITLE_LENGTH) &&
    hasNoClausePunctuation(t) &&
    !endsSentence(t) &&
    parseMarker(t) === null &&
    !isClosingDate(t) &&
    !isDashLed(t) &&
    !isPageFurnitureLine(t)
  );
}

// ---------------------------------------------------------------------------
// Markers and sections.

export interface MarkerOccurrence {
  marker: Marker;
  /** Index of its block in the file's block list. */
  blockIndex: number;
  block: Block;
  /** Absolute offsets of the marker itself. */
  start: number;
  end: number;
  /** Absolute offsets of the line the marker starts. */
  lineStart: number;
  lineEnd: number;
  /** The marker is all its line holds (五、 alone): its content went elsewhere. */
  lone: boolean;
  /** The enclosing section's marker; null at document level. */
  parent: MarkerOccurrence | null;
}

const MARKER_BLOCKS = new Set<Block["kind"]>(["heading", "paragraph", "list-item"]);
/** A Markdown list bullet before a marker (- 一、…). */
const BULLET = /^[ \t]*[-*+][ \t]+/u;

/** Longest line taken for a heading inside a block (第三节　国务院, or a heading's wrapped tail). */
const HEADING_LINE = 20;

/**
 * May a marker start the line after `previous`? After a sentence end, a lone
 * marker, or a heading line (short, or marker-led, without clause punctuation)
 * — not after a line wrapped mid-sentence, where 第十条 is a reference.
 */
function closesLine(previous: string): boolean {
  const t = previous.trim();
  if (t === "" || endsSentence(t)) return true;
  // 、 joins the words of a heading too (第四章　国旗、国歌、国徽、首都).
  if (/[，。；！？,;!?]/u.test(t)) return false;
  return !hasMoreCodePoints(t, HEADING_LINE) || parseMarker(t) !== null;
}

/**
 * The markers that start lines of `blocks[from, to)`: a block's first line, and
 * a later line when the one before ends a sentence or clause (items one per line).
 * Table rows and quotes are not searched: cells cite articles (第134条第2款).
 */
export function findMarkers(blocks: readonly Block[], from = 0, to = blocks.length): MarkerOccurrence[] {
  const out: MarkerOccurrence[] = [];
  for (let b = from; b < to; b++) {
    const block = blocks[b]!;
    if (!MARKER_BLOCKS.has(block.kind)) continue;
    const lines = block.lines;
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k]!;
      if (line.text.trim() === "") continue;
      if (k > 0 && !closesLine(lines[k - 1]!.text)) continue;
      const bullet = block.kind === "list-item" ? (BULLET.exec(line.text)?.[0].length ?? 0) : 0;
      const marker = parseMarker(line.text.slice(bullet));
      if (!marker) continue;
      const rest = line.text.slice(bullet + marker.end).trim();
      out.push({
        marker,
        blockIndex: b,
        block,
        start: line.start + bullet + marker.start,
        end: line.start + bullet + marker.end,
        lineStart: line.start,
        lineEnd: line.end,
        lone: rest === "",
        parent: null,
      });
    }
  }
  return out;
}

/**
 * Arrange a document's markers into sections. Law divisions nest by rank
 * (编 > 分编 > 章 > 节 > 条); list schemes (一、 （一） 1. （1） ①) nest in
 * the order they first appear, and a scheme seen again closes every section
 * opened after it. A division closes every list; a numbered heading closes
 * every marker of a paragraph.
 */
export function assignParents(markers: MarkerOccurrence[]): MarkerOccurrence[] {
  const stack: MarkerOccurrence[] = [];
  for (const occurrence of markers) {
    const { scheme } = occurrence.marker;
    const rank = DIVISION_RANK[scheme];
    if (rank !== undefined) {
      while (stack.length > 0) {
        const top = stack.at(-1)!.marker.scheme;
        if (!isDivision(top) || DIVISION_RANK[top]! >= rank) stack.pop();
        else break;
      }
    } else {
      // A numbered heading (## 二、企业分立) is no item of the article before it: it closes the
      // markers of paragraphs, so that its count goes on from the heading before (## 一、…).
      if (occurrence.block.kind === "heading") while (stack.length > 0 && stack.at(-1)!.block.kind !== "heading") stack.pop();
      const at = stack.findIndex((o) => o.marker.scheme === scheme);
      if (at >= 0) stack.length = at;
    }
    occurrence.parent = stack.at(-1) ?? null;
    stack.push(occurrence);
  }
  return markers;
}

/**
 * The key of the sequence a marker continues. Articles (第X条) are numbered
 * through the whole document, across chapters and sections; every other scheme
 * counts within its parent section.
 */
export function sequenceKey(occurrence: MarkerOccurrence): string {
  const { scheme } = occurrence.marker;
  if (scheme === "tiao") return "tiao";
  // Chapters count within their part (编/分编), sections within their chapter: the parent of that rank.
  let parent = occurrence.parent;
  if (isDivision(scheme)) {
    while (parent && !(isDivision(parent.marker.scheme) && DIVISION_RANK[parent.marker.scheme]! < DIVISION_RANK[scheme]! && parent.marker.scheme !== "tiao")) {
      parent = parent.parent;
    }
  }
  return `${parent ? parent.start : "doc"}:${scheme}`;
}

/**
 * The markers grouped into their sequences (sequenceKey), each in document order; sub-articles
 * (第X条之一) stand outside the plain count and are left out.
 */
export function sequencesOf(markers: readonly MarkerOccurrence[]): Map<string, MarkerOccurrence[]> {
  const sequences = new Map<string, MarkerOccurrence[]>();
  for (const occurrence of markers) {
    if (occurrence.marker.sub) continue;
    const key = sequenceKey(occurrence);
    const sequence = sequences.get(key);
    if (sequence) sequence.push(occurrence);
    else sequences.set(key, [occurrence]);
  }
  return sequences;
}
