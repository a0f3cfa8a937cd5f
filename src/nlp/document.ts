/**
 * The nlcst of a linted document, shared by every rule that reads sentences
 * and words: prose blocks (paragraphs, list items, quotes, headings, table
 * cells) parsed with the Chinese parser, offsets absolute. Cached per AST, so
 * the garbled-text rules segment each document once.
 */
import type { TxtNode } from "@textlint/ast-node-types";
import type { Paragraph, Sentence, Word } from "nlcst";
import { getBlocks } from "../doc/blocks.js";
import { getNonProseRanges, type RangeSet } from "../doc/non-prose.js";
import { parseParagraph, PointMap, type ChineseWordData } from "./parse-chinese.js";

export interface ParsedDocument {
  paragraphs: Paragraph[];
  /** Every sentence, in document order. */
  sentences: Sentence[];
  nonProse: RangeSet;
}

const cache = new WeakMap<TxtNode, ParsedDocument>();

export function getParsedDocument(root: TxtNode, text: string): ParsedDocument {
  let parsed = cache.get(root);
  if (!parsed) {
    const points = new PointMap(text);
    const paragraphs: Paragraph[] = [];
    for (const block of getBlocks(root, text)) {
      if (block.kind === "code" || block.kind === "html" || block.kind === "thematic-break") continue;
      if (block.kind === "table-row") {
        for (const cell of block.cells ?? []) paragraphs.push(parseParagraph(text, cell.start, cell.end, points));
        continue;
      }
      paragraphs.push(parseParagraph(text, block.start, block.end, points));
    }
    const sentences: Sentence[] = [];
    for (const p of paragraphs) for (const child of p.children) if (child.type === "SentenceNode") sentences.push(child);
    parsed = { paragraphs, sentences, nonProse: getNonProseRanges(root, text) };
    cache.set(root, parsed);
  }
  return parsed;
}

/** A Chinese word of a sentence, flattened: text, absolute offsets, lexicon data. */
export interface ChineseToken {
  text: string;
  start: number;
  end: number;
  logp: number;
  known: boolean;
}

/**
 * The runs of Chinese words of a sentence: each run is a maximal sequence of
 * adjacent ideograph words (no punctuation, space or Latin between them).
 */
export function chineseRuns(sentence: Sentence): ChineseToken[][] {
  const runs: ChineseToken[][] = [];
  let run: ChineseToken[] = [];
  for (const child of sentence.children) {
    const data = child.type === "WordNode" ? (child.data as ChineseWordData | undefined) : undefined;
    if (child.type !== "WordNode" || !data?.chinese) {
      if (run.length > 0) runs.push(run);
      run = [];
      continue;
    }
    const word = child as Word;
    const start = word.position!.start.offset!;
    const end = word.position!.end.offset!;
    const text = (word.children[0] as { value: string }).value;
    if (run.length > 0 && run.at(-1)!.end !== start) {
      runs.push(run);
      run = [];
    }
    run.push({ text, start, end, logp: data.logp, known: data.known });
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
