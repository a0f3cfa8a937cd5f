/**
 * A file may hold several documents (two statements in one .txt, a corpus
 * file of many laws). A document starts at a level-1 heading; text before the
 * first one is a document of its own. Structural rules extend this model.
 */
import type { Block } from "./blocks.js";

export interface DocumentSpan {
  index: number;
  title: string | null;
  start: number;
  end: number;
  blocks: Block[];
}

export function splitDocuments(blocks: Block[], textLength: number): DocumentSpan[] {
  const documents: DocumentSpan[] = [];
  let current: DocumentSpan | undefined;
  for (const block of blocks) {
    const startsDocument = block.kind === "heading" && block.depth === 1;
    if (!current || (startsDocument && current.blocks.length > 0)) {
      if (current) current.end = block.start;
      current = { index: documents.length, title: null, start: current ? block.start : 0, end: textLength, blocks: [] };
      documents.push(current);
    }
    if (startsDocument && current.title === null) current.title = block.text.replace(/^#+\s*/, "").trim();
    current.blocks.push(block);
  }
  if (documents.length === 0) documents.push({ index: 0, title: null, start: 0, end: textLength, blocks: [] });
  return documents;
}

/** The document that contains `offset`. */
export function documentAt(documents: DocumentSpan[], offset: number): DocumentSpan {
  for (let i = documents.length - 1; i >= 0; i--) if (documents[i]!.start <= offset) return documents[i]!;
  return documents[0]!;
}
