/**
 * The repair plan: the relocation plan of displaced fragments
 * (`planRelocation`, src/doc/relocation.ts) extended with the signature block
 * that was displaced together with them.
 *
 * When the end of document 2 lands in document 1's signature table, the
 * converter usually carries document 2's signature along: the table reads
 * document 1's signature, document 2's last paragraphs, then document 2's
 * signature. Moving the paragraphs back leaves that second signature in
 * document 1, where it is a copy. Here it goes with them: appended after the
 * relocated paragraphs when the destination document has no signature block
 * after the dangling tail (as a table again when it was one — with an empty
 * header row like its host table's), or deleted when the destination
 * document already ends with exactly the same signature block (names,
 * offices and dates line for line). A different signature there is left
 * alone: a human decides.
 *
 * Besides the edits, the plan declares what is not moved text: the table
 * syntax the repair removes or writes (pipes, `<br>`, delimiter rows) and the
 * duplicate copies it deletes, so a caller can check that no other character
 * is lost or added. Pure: text and blocks in, data out.
 */
import type { Block } from "./blocks.js";
import { splitDocuments, documentAt, type DocumentSpan } from "./documents.js";
import { hasDate, isSignatureBlockLine } from "./label-shape.js";
import { preferredEol } from "./lines.js";
import { planRelocation, type Fragment, type Range, type RelocationPlan } from "./relocation.js";
import { isClosingDate, visibleLines } from "./structure.js";
import { groupTables, type TableSpan } from "./tables.js";

export interface SignatureMove {
  /** The fragment (index into `fragments`) the signature block was displaced with. */
  fragment: number;
  /** "move": appended after the relocated fragment; "delete": a copy of the destination document's own signature block. */
  action: "move" | "delete";
  /** The signature rows or paragraphs as they stand (what a message points at). */
  range: Range;
  /** What is removed: the rows with their line endings (and empty rows before them), or the paragraphs with the break before them. */
  removal: Range;
  /** Its lines (names, offices, dates), cell breaks split. */
  lines: string[];
  /** Offset in the original text after which it is inserted (action "move"). */
  destination?: number;
  /** The signature block it duplicates (action "delete"). */
  original?: Range;
}

/** A displaced signature block that is left where it is, and why. */
export interface SignatureKept {
  fragment: number;
  range: Range;
  reason: "different-signature";
}

export interface RepairPlan extends RelocationPlan {
  signatures: SignatureMove[];
  keptSignatures: SignatureKept[];
  /** Table syntax removed with moved rows, and written for a moved signature table (pipes, `<br>`, delimiter rows). */
  markup: { removed: string; inserted: string };
  /** Deleted copies: their text (without table syntax) and the text of the original they duplicate. */
  duplicates: { removed: string; original: string }[];
}

const PIPE_OR_BREAK = /(?<!\\)\||<br\s*\/?>|\\(?=\|)/giu;
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-*:?\s*)*\|?\s*$/u;

/**
 * The table syntax in `text` (rows of a pipe table): every pipe, `<br>` and
 * escaping backslash, and the whole of delimiter rows. Lines that are not
 * table rows have none.
 */
export function tableMarkup(text: string): string {
  let out = "";
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (!/^\s*\|/u.test(line)) continue;
    if (DELIMITER_ROW.test(line) && line.includes("-")) {
      out += line.replace(/\s+/gu, "");
      continue;
    }
    for (const match of line.matchAll(PIPE_OR_BREAK)) out += match[0].replace(/\s+/gu, "");
  }
  return out;
}

const isSignatureText = (line: string) => isSignatureBlockLine(line) || isClosingDate(line);
const isDated = (line: string) => hasDate(line) || isClosingDate(line);

/** closing: every line may stand in a signature block; neutral: an empty table row; other. */
function shape(block: Block): "closing" | "neutral" | "other" {
  if (block.kind !== "paragraph" && block.kind !== "table-row") return "other";
  const lines = visibleLines(block);
  if (lines.length === 0) return block.kind === "table-row" ? "neutral" : "other";
  return lines.every(isSignatureText) ? "closing" : "other";
}

/** Blocks `from…` (up to `to`) forming a signature block: closing blocks up to the last dated one. */
function signatureRun(blocks: readonly Block[], from: number, to: number, kind: Block["kind"]): { first: number; last: number } | null {
  let first = from;
  while (first < to && blocks[first]!.kind === kind && shape(blocks[first]!) === "neutral") first++;
  let last = -1;
  for (let j = first; j < to && blocks[j]!.kind === kind; j++) {
    const s = shape(blocks[j]!);
    if (s === "other") break;
    if (s === "closing" && visibleLines(blocks[j]!).some(isDated)) last = j;
  }
  return last >= first ? { first, last } : null;
}

const lineEndAt = (text: string, offset: number) => (text.startsWith("\r\n", offset) ? 2 : text[offset] === "\n" || text[offset] === "\r" ? 1 : 0);

/** The empty header row and delimiter of `table` when it has them; else an empty header of its width. */
function emptyHeader(table: TableSpan, text: string, eol: string): string {
  const header = table.rows[0]!;
  const next = table.rows[1];
  if (next && visibleLines(header).length === 0) {
    const lines = text.slice(header.start, next.start).split(/\r\n|\r|\n/u);
    if (lines.length === 3 && lines[2] === "" && DELIMITER_ROW.test(lines[1]!)) return text.slice(header.start, next.start);
  }
  const columns = Math.max(1, table.columns);
  return `|${"  |".repeat(columns)}${eol}|${"--|".repeat(columns)}${eol}`;
}

/** The lines of the closing runs of `document` after `offset`, with their range. */
function signatureAfter(document: DocumentSpan, blocks: readonly Block[], offset: number): { range: Range; lines: string[] } | null {
  // A short dangling tail (协同发) may itself read as a name line and open the run: only what follows it counts.
  const run = document.closings.find((r) => r.end > offset);
  const after = run ? blocks.slice(run.first, run.last + 1).filter((block) => block.start >= offset && visibleLines(block).length > 0) : [];
  if (after.length === 0) return null;
  return { range: [after[0]!.start, after.at(-1)!.end], lines: after.flatMap(visibleLines) };
}

/** The relocation plan of `text`, with the signature blocks displaced along with the fragments. */
export function planRepairRelocation(blocks: readonly Block[], text: string): RepairPlan {
  const base = planRelocation(blocks, text);
  const eol = preferredEol(text);
  const tables = groupTables(blocks, text);
  const documents = splitDocuments(blocks as Block[], text.length);
  const indexOf = new Map(blocks.map((block, i) => [block.start, i]));
  const edits = base.edits.map((edit) => ({ range: [edit.range[0], edit.range[1]] as Range, text: edit.text }));
  const signatures: SignatureMove[] = [];
  const keptSignatures: SignatureKept[] = [];
  let markupRemoved = "";
  let markupInserted = "";
  const duplicates: RepairPlan["duplicates"] = [];

  base.fragments.forEach((fragment: Fragment, f) => {
    const destination = fragment.destination;
    if (!destination) return;
    // Table rows lose their pipes and cell breaks: the content moves as a paragraph.
    if (fragment.where === "table") for (const part of fragment.parts) markupRemoved += tableMarkup(text.slice(part.removal[0], part.removal[1]));

    const firstPart = indexOf.get(fragment.parts[0]!.range[0]);
    const lastPart = indexOf.get(fragment.parts.at(-1)!.range[0]);
    if (firstPart === undefined || lastPart === undefined) return;
    let run: { first: number; last: number } | null = null;
    let table: TableSpan | undefined;
    if (fragment.where === "table") {
      table = tables.find((t) => t.first <= lastPart && lastPart < t.last);
      if (!table) return;
      // The host table signs its own document before the fragment; a signature after it is another document's.
      if (!table.rows.slice(0, firstPart - table.first).some((row) => shape(row) === "closing")) return;
      run = signatureRun(blocks, lastPart + 1, table.last, "table-row");
    } else {
      run = signatureRun(blocks, lastPart + 1, blocks.length, "paragraph");
    }
    if (!run) return;
    const first = blocks[run.first]!;
    const last = blocks[run.last]!;
    const hostDocument = documentAt(documents, first.start);
    const targetDocument = documentAt(documents, destination.offset);
    if (hostDocument === targetDocument) return;

    const range: Range = [first.start, last.end];
    const lines = blocks.slice(run.first, run.last + 1).flatMap(visibleLines);
    const lastRemoval = fragment.parts.at(-1)!.removal[1];
    const removal: Range = table ? [lastRemoval, last.end + lineEndAt(text, last.end)] : [fragment.parts.at(-1)!.range[1], last.end];
    const removed = text.slice(removal[0], removal[1]);
    const existing = signatureAfter(targetDocument, blocks, destination.offset);
    const insertion = edits.find((edit) => edit.range[0] === destination.offset && edit.range[1] === destination.offset);
    if (!insertion) return;

    if (existing) {
      const same = existing.lines.length === lines.length && existing.lines.every((line, i) => line === lines[i]);
      if (!same) {
        keptSignatures.push({ fragment: f, range, reason: "different-signature" });
        return;
      }
      edits.push({ range: removal, text: "" });
      const markup = tableMarkup(removed);
      markupRemoved += markup;
      duplicates.push({ removed: lines.join(""), original: existing.lines.join("") });
      signatures.push({ fragment: f, action: "delete", range, removal, lines, original: existing.range });
      return;
    }

    const block = text.slice(first.start, last.end);
    const moved = table ? eol + eol + emptyHeader(table, text, eol) + block : eol + eol + block;
    insertion.text += moved;
    edits.push({ range: removal, text: "" });
    if (table) {
      markupRemoved += tableMarkup(removed);
      markupInserted += tableMarkup(moved);
    }
    signatures.push({ fragment: f, action: "move", range, removal, lines, destination: destination.offset });
  });

  edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { ...base, edits, signatures, keptSignatures, markup: { removed: markupRemoved, inserted: markupInserted }, duplicates };
}
