/**
 * A file may hold several documents (two statements in one .txt, a corpus
 * file of many laws). A document starts at a level-1 heading, or — in plain
 * text, where there are no headings — at a title line that follows a
 * signature/date block (二〇二三年三月二十一日于莫斯科, (新华社…电)): a closing
 * block ends one document, and a short standalone line after it opens the next.
 * Text before the first start is a document of its own.
 */
import type { Block } from "./blocks.js";
import { assignParents, findClosingRuns, findMarkers, isTitleBlock, type ClosingRun, type MarkerOccurrence } from "./structure.js";

export interface DocumentSpan {
  index: number;
  title: string | null;
  start: number;
  end: number;
  blocks: Block[];
  /** The block holding the title (a heading or a title line), when there is one. */
  titleBlock: Block | null;
  /** Signature and date blocks inside the document (offsets absolute). */
  closings: ClosingRun[];
}

const HEADING_MARKS = /^#+\s*/u;

const splits = new WeakMap<readonly Block[], { textLength: number; documents: readonly DocumentSpan[] }>();

/**
 * Split a file's blocks into documents. Cached per block list (the engine and
 * several rules ask for the same file's documents): the result is shared, so
 * it is read-only.
 */
export function splitDocuments(blocks: Block[], textLength: number): readonly DocumentSpan[] {
  const cached = splits.get(blocks);
  if (cached?.textLength === textLength) return cached.documents;
  const documents = computeDocuments(blocks, textLength);
  splits.set(blocks, { textLength, documents });
  return documents;
}

function computeDocuments(blocks: Block[], textLength: number): DocumentSpan[] {
  const starts = new Set<number>();
  blocks.forEach((block, i) => {
    if (block.kind === "heading" && block.depth === 1) starts.add(i);
  });
  const closings = findClosingRuns(blocks, starts);
  for (const run of closings) {
    const next = run.last + 1;
    // A title needs a body after it; a closing block's last line is no title.
    if (next + 1 < blocks.length && !starts.has(next) && isTitleBlock(blocks[next]!)) starts.add(next);
  }
  const documents: DocumentSpan[] = [];
  let current: DocumentSpan | undefined;
  blocks.forEach((block, i) => {
    const startsDocument = starts.has(i);
    if (!current || (startsDocument && current.blocks.length > 0)) {
      if (current) current.end = block.start;
      current = { index: documents.length, title: null, start: current ? block.start : 0, end: textLength, blocks: [], titleBlock: null, closings: [] };
      documents.push(current);
    }
    const first = current.blocks.length === 0;
    // The first block is the title when it opens a document or, at the top of a file, looks like one and a body follows.
    if (current.titleBlock === null && (startsDocument || (first && i + 1 < blocks.length && isTitleBlock(block) && block.kind !== "heading"))) {
      current.titleBlock = block;
      current.title = block.text.replace(HEADING_MARKS, "").trim();
    }
    current.blocks.push(block);
  });
  for (const run of closings) documentAt(documents, run.start).closings.push(run);
  if (documents.length === 0) documents.push({ index: 0, title: null, start: 0, end: textLength, blocks: [], titleBlock: null, closings: [] });
  return documents;
}

/** The document that contains `offset`. */
export function documentAt(documents: readonly DocumentSpan[], offset: number): DocumentSpan {
  for (let i = documents.length - 1; i >= 0; i--) if (documents[i]!.start <= offset) return documents[i]!;
  return documents[0]!;
}

export interface StructuredDocument extends DocumentSpan {
  /** The document's enumeration markers in order, each with its parent section. */
  markers: MarkerOccurrence[];
  /** Index of the document's first block in the file's block list. */
  firstBlock: number;
}

const structures = new WeakMap<Block[], StructuredDocument[]>();

/** Documents with their markers arranged into sections (cached per block list). */
export function structureOf(blocks: Block[], textLength: number): StructuredDocument[] {
  let out = structures.get(blocks);
  if (!out) {
    let firstBlock = 0;
    out = splitDocuments(blocks, textLength).map((doc) => {
      const from = firstBlock;
      firstBlock += doc.blocks.length;
      return { ...doc, firstBlock: from, markers: assignParents(findMarkers(blocks, from, from + doc.blocks.length)) };
    });
    structures.set(blocks, out);
  }
  return out;
}
