/**
 * Displaced fragments and where they belong.
 *
 * Converters sometimes lay the end of one document into a table of another
 * (the signature table of the previous statement) or after a signature block,
 * leaving the real document to stop mid-word (…稳步扩). The fragment's head and
 * that dangling tail fit together: 扩|大农产品 forms 扩大 by the lexicon.
 *
 * This module finds such fragments, matches each to a dangling tail, and
 * computes a relocation plan — which ranges move where, in what order — as
 * plain data and plain edits. The misplaced-fragment rule reports from it; a
 * repair command applies it (`applyRelocationPlan`). Everything here is pure:
 * text and blocks in, data out.
 */
import { wordAcross } from "../cjk/word-across.js";
import type { Block } from "./blocks.js";
import { cellLines, cellShape, hasDate, isSignatureBlockLine, isSignatureRow, rowShape } from "./label-shape.js";
import { preferredEol } from "./lines.js";
import {
  endsMidSentence,
  endsSentence,
  hasChinese,
  hasNoClausePunctuation,
  isDateLine,
  isLabelLine,
  isLoneSectionMarker,
  isPageFurnitureLine,
  joiner,
  startsMidSentence,
} from "./paragraph-shape.js";
import { groupTables, type TableSpan } from "./tables.js";
import { hasMoreCodePoints } from "../cjk/codepoints.js";

export type Range = [number, number];

/** One displaced row or paragraph. */
export interface FragmentPart {
  /** The row or paragraph as a block (what a finding points at). */
  range: Range;
  /** The text that moves: a cell's content (lines joined by the file's line ending) or the paragraph. */
  content: string;
  /** What to delete to take the part out: the row with its line ending, or the paragraph with the break before it. */
  removal: Range;
}

export type Evidence = "word" | "sentence" | "unterminated";

export interface Destination {
  /** The block that stops mid-sentence (the dangling tail). */
  tail: Range;
  /** Where the fragment goes: just after the tail's last character. */
  offset: number;
  evidence: Evidence;
  /** The word the join completes (扩大), for evidence "word". */
  word?: string;
  /** How sure the match is (0–1). */
  confidence: number;
}

export interface Fragment {
  /** "table": prose rows in a table of labels; "after-signature": prose after a signature block. */
  where: "table" | "after-signature";
  /** Whether the host table holds a signature or date row. */
  signatureTable: boolean;
  parts: FragmentPart[];
  destination: Destination | null;
}

export interface RelocationMove {
  /** Position in the whole plan (moves are applied in this order at their destination). */
  order: number;
  /** The range removed (row with its line ending, or paragraph with the break before it). */
  source: Range;
  content: string;
  /** Offset in the original text where the content is inserted. */
  destination: number;
  /** "continue": appended to the tail with no break; "paragraph": as a new paragraph after the previous move. */
  join: "continue" | "paragraph";
}

export interface RelocationPlan {
  fragments: Fragment[];
  /** Only fragments with a destination move. */
  moves: RelocationMove[];
  /** The same plan as non-overlapping edits of the original text, sorted by offset. */
  edits: { range: Range; text: string }[];
}

const EVIDENCE_CONFIDENCE: Record<Evidence, number> = { word: 0.9, sentence: 0.75, unterminated: 0.55 };
/** Notes and attachments legitimately follow a table or a signature. */
const LEGITIMATE_AFTER = /^(?:注|备注|说明|附件|附|抄送|抄报|印发|主题词|资料来源|来源|（此页无正文）|\(此页无正文\)|合计|总计|小计)/u;
/** Most paragraphs taken as one displaced tail after a signature. */
const MAX_PARTS = 6;
/** An article of a law: body text even when it is short and unpunctuated. */
const ARTICLE = /^第[一二三四五六七八九十百千零〇两\d]+条/u;
/** Prose blocks: what can dangle or be displaced. */
const PROSE_KINDS = new Set<Block["kind"]>(["paragraph", "list-item", "quote"]);

const trimmedEnd = (text: string, block: Block) => block.start + block.text.trimEnd().length;

/** Does a plain block read as (part of) a signature block: every line a name, office, date or note? */
function isSignatureParagraph(block: Block): boolean {
  return PROSE_KINDS.has(block.kind) && block.lines.every((line) => line.text.trim() === "" || isSignatureBlockLine(line.text));
}

/** A title line (no clause punctuation, short): a new document or section starts here. */
function isTitleLike(text: string): boolean {
  const t = text.trim();
  return hasNoClausePunctuation(t) && !endsSentence(t) && !hasMoreCodePoints(t, 60);
}

/** Prose that could have been displaced or could dangle. */
function isProseBlock(block: Block): boolean {
  if (!PROSE_KINDS.has(block.kind)) return false;
  const t = block.text.trim();
  return hasChinese(t) && !isSignatureParagraph(block) && !isLoneSectionMarker(t) && !isPageFurnitureLine(t) && !isDateLine(t) && !isLabelLine(t);
}

/** Label tables: every row a label, a blank or a lone sentence; signature tables among them. */
function tableFragments(tables: readonly TableSpan[], text: string): Fragment[] {
  const eol = preferredEol(text);
  const fragments: Fragment[] = [];
  for (const table of tables) {
    if (table.columns < 2) continue;
    const shapes = table.rows.map((row) => rowShape(row.cells ?? []));
    if (shapes.includes("mixed")) continue;
    const labels = shapes.filter((shape) => shape === "label").length;
    const prose = shapes.filter((shape) => shape === "prose").length;
    const signatureTable = table.rows.some((row, i) => shapes[i] === "label" && isSignatureRow(row.cells ?? []));
    if (prose === 0 || labels === 0 || (!signatureTable && (labels < 3 || labels < prose))) continue;
    let run: FragmentPart[] = [];
    const flush = () => {
      if (run.length > 0) fragments.push({ where: "table", signatureTable, parts: run, destination: null });
      run = [];
    };
    table.rows.forEach((row, i) => {
      const cell = (row.cells ?? []).find((c) => cellShape(c.text) === "prose");
      if (shapes[i] !== "prose" || !cell || LEGITIMATE_AFTER.test(cellLines(cell.text)[0] ?? "")) return flush();
      const lineEnd = text.startsWith("\r\n", row.end) ? 2 : text[row.end] === "\n" || text[row.end] === "\r" ? 1 : 0;
      run.push({ range: [row.start, row.end], content: cellLines(cell.text).join(eol), removal: [row.start, row.end + lineEnd] });
    });
    flush();
  }
  return fragments;
}

/**
 * Prose after a signature block (plain lines, or a signature table) in the same
 * document, up to a heading, a title line, a table or the next signature.
 * Only candidates: they count when their head continues a dangling tail.
 */
function afterSignatureFragments(blocks: readonly Block[], tables: readonly TableSpan[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (let i = 0; i < blocks.length; i++) {
    // The end of a signature block: a date paragraph, or a signature table.
    let next: number;
    const table = tables.find((t) => t.first === i);
    if (table) {
      if (!table.rows.some((row) => isSignatureRow(row.cells ?? []) && (row.cells ?? []).some((c) => cellLines(c.text).some(hasDate)))) continue;
      next = table.last;
    } else {
      const block = blocks[i]!;
      if (!isSignatureParagraph(block) || !block.lines.some((line) => hasDate(line.text))) continue;
      // A signature names someone (国务院, 中华人民共和国主席 习近平): a run of dates alone is an
      // adoption note (1998年8月29日…通过), which heads a law rather than closing it.
      let first = i;
      while (first > 0 && isSignatureParagraph(blocks[first - 1]!)) first--;
      const lines = blocks.slice(first, i + 1).flatMap((b) => b.lines.map((line) => line.text.trim())).filter((line) => line !== "");
      if (!lines.some((line) => !hasDate(line))) continue;
      next = i + 1;
    }
    const parts: FragmentPart[] = [];
    for (let j = next; j < blocks.length; j++) {
      const block = blocks[j]!;
      if (!isProseBlock(block) || LEGITIMATE_AFTER.test(block.text.trim())) break;
      if (parts.length > 0 && isTitleLike(block.text)) break;
      // A displaced tail is a few paragraphs; more is a document of its own.
      if (parts.length >= MAX_PARTS) break;
      parts.push({ range: [block.start, block.end], content: block.text.trim(), removal: [blocks[j - 1]!.end, block.end] });
    }
    if (parts.length > 0) fragments.push({ where: "after-signature", signatureTable: true, parts, destination: null });
    if (table) i = table.last - 1;
  }
  return fragments;
}

/**
 * Dangling tails: prose blocks that stop without sentence-final punctuation
 * right before a structural boundary (end of file, a heading, a table, a
 * signature block) — where a document was cut off.
 */
function danglingTails(blocks: readonly Block[]): Block[] {
  return blocks.filter((block, i) => {
    const t = block.text.trim();
    // A short unpunctuated line may be a name as well as a cut-off sentence (本法施行前已经注册): kept, but it needs strong evidence (see fit).
    if (!PROSE_KINDS.has(block.kind) || !hasChinese(t) || isLoneSectionMarker(t) || isPageFurnitureLine(t) || isDateLine(t) || isLabelLine(t)) return false;
    if (endsSentence(t)) return false;
    const next = blocks[i + 1];
    return next === undefined || next.kind === "heading" || next.kind === "table-row" || isSignatureParagraph(next);
  });
}

/** The evidence that `head` continues `tail`, strongest first; null when it does not. */
function fit(tail: string, head: string, where: Fragment["where"]): { evidence: Evidence; word?: string } | null {
  const across = wordAcross(tail.trimEnd(), head.trimStart());
  if (across) return { evidence: "word", word: across.word };
  if (endsMidSentence(tail) || startsMidSentence(head)) return { evidence: "sentence" };
  // Prose in a table of labels is displaced anyway: an unterminated tail is enough to place it —
  // unless the tail may end without punctuation on purpose (a title, a table caption), as an article never does.
  const titleLike = isTitleLike(tail) && !ARTICLE.test(tail.trim());
  if (titleLike || tail.split(/\r?\n/u).every((line) => line.trim() === "" || isSignatureBlockLine(line))) return null;
  return where === "table" ? { evidence: "unterminated" } : null;
}

const RANK: Record<Evidence, number> = { word: 3, sentence: 2, unterminated: 1 };

/** Find displaced fragments and match each to the dangling tail it continues. */
export function findFragments(blocks: readonly Block[], text: string): Fragment[] {
  const tables = groupTables(blocks, text);
  const candidates = [...tableFragments(tables, text), ...afterSignatureFragments(blocks, tables)].sort((a, b) => a.parts[0]!.range[0] - b.parts[0]!.range[0]);
  const tails = danglingTails(blocks);
  const used = new Set<Block>();
  const fragments: Fragment[] = [];
  for (const fragment of candidates) {
    const head = fragment.parts[0]!.content;
    const [from, to] = [fragment.parts[0]!.range[0], fragment.parts.at(-1)!.range[1]];
    let best: { tail: Block; evidence: Evidence; word?: string; distance: number } | undefined;
    for (const tail of tails) {
      if (used.has(tail) || (tail.start >= from && tail.end <= to)) continue;
      const match = fit(tail.text, head, fragment.where);
      if (!match) continue;
      const distance = Math.min(Math.abs(tail.end - from), Math.abs(tail.start - to));
      if (!best || RANK[match.evidence] > RANK[best.evidence] || (RANK[match.evidence] === RANK[best.evidence] && distance < best.distance)) {
        best = { tail, ...match, distance };
      }
    }
    if (best) {
      used.add(best.tail);
      const destination: Destination = {
        tail: [best.tail.start, best.tail.end],
        offset: trimmedEnd(text, best.tail),
        evidence: best.evidence,
        confidence: EVIDENCE_CONFIDENCE[best.evidence],
      };
      if (best.word) destination.word = best.word;
      fragments.push({ ...fragment, destination });
    } else if (fragment.where === "table") {
      // Prose in a table of labels, with nowhere to go: still displaced, but only reported.
      fragments.push(fragment);
    }
  }
  return fragments;
}

/** The relocation plan for a text: what moves where, in what order, and the edits that do it. */
export function planRelocation(blocks: readonly Block[], text: string): RelocationPlan {
  const fragments = findFragments(blocks, text);
  const eol = preferredEol(text);
  const moves: RelocationMove[] = [];
  const edits: RelocationPlan["edits"] = [];
  for (const fragment of fragments) {
    const destination = fragment.destination;
    if (!destination) continue;
    let inserted = "";
    let previous = text.slice(destination.tail[0], destination.offset);
    fragment.parts.forEach((part, k) => {
      const join = k === 0 ? "continue" : "paragraph";
      moves.push({ order: moves.length, source: part.removal, content: part.content, destination: destination.offset, join });
      inserted += join === "continue" ? joiner([...previous].at(-1), [...part.content][0]) + part.content : eol + eol + part.content;
      previous = part.content;
      edits.push({ range: part.removal, text: "" });
    });
    edits.push({ range: [destination.offset, destination.offset], text: inserted });
  }
  edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  return { fragments, moves, edits };
}

/** Apply a plan's edits to the text it was computed for. */
export function applyRelocationPlan(text: string, plan: Pick<RelocationPlan, "edits">): string {
  let out = text;
  for (const edit of [...plan.edits].sort((a, b) => b.range[0] - a.range[0] || b.range[1] - a.range[1])) {
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1]);
  }
  return out;
}
