/**
 * The nlcst of a linted document, shared by every rule that reads sentences
 * and words: prose blocks (paragraphs, list items, quotes, headings, table
 * cells) parsed with the Chinese parser, offsets absolute. Cached per AST, so
 * the garbled-text rules segment each document once.
 *
 * The sentences' tokens are kept in compact form (sentence-tokens.ts) and
 * their word nodes are built only when a sentence's `children` is read:
 * `chineseRuns` and `chineseRunBounds` read the tokens directly.
 */
import type { TxtNode } from "@textlint/ast-node-types";
import type { Paragraph, Sentence, Word } from "nlcst";
import { getLexicon } from "../cjk/lexicon.js";
import { getBlocks } from "../doc/blocks.js";
import { getNonProseRanges, type RangeSet } from "../doc/non-prose.js";
import { parseParagraph, PointMap, sentenceTokens, type ChineseWordData } from "./parse-chinese.js";
import { CHINESE, SentenceTokens } from "./sentence-tokens.js";

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
    const lexicon = getLexicon();
    // Prose has about one token per two characters: sized once instead of grown.
    const lazy = { tokens: new SentenceTokens(text, Math.max(1024, (text.length >> 1) + (text.length >> 3))) };
    const paragraphs: Paragraph[] = [];
    for (const block of getBlocks(root, text)) {
      if (block.kind === "code" || block.kind === "html" || block.kind === "thematic-break") continue;
      if (block.kind === "table-row") {
        for (const cell of block.cells ?? []) paragraphs.push(parseParagraph(text, cell.start, cell.end, points, lexicon, lazy));
        continue;
      }
      paragraphs.push(parseParagraph(text, block.start, block.end, points, lexicon, lazy));
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

/** One-unit strings by code unit, made once: single-character words are a third of all tokens. */
const ONE_UNIT: (string | undefined)[] = [];
const oneUnit = (code: number): string => (ONE_UNIT[code] ??= String.fromCharCode(code));

/**
 * The runs of Chinese words of a sentence: each run is a maximal sequence of
 * adjacent ideograph words (no punctuation, space or Latin between them).
 * With `within`, only the words that start inside [within[0], within[1]) are
 * read (the bounds of one run give that run alone).
 */
export function chineseRuns(sentence: Sentence, within?: readonly [number, number]): ChineseToken[][] {
  const runs: ChineseToken[][] = [];
  let run: ChineseToken[] = [];
  const [first, last] = within ?? [0, Infinity];
  const range = sentenceTokens(sentence);
  if (range) {
    // From the compact tokens, without building the sentence's nodes.
    const { tokens, from, to } = range;
    const { text, kinds, starts, ends, logps, known } = tokens;
    // The first word at or after `first` (the words' starts ascend).
    let i = from;
    for (let high = to; i < high; ) {
      const middle = (i + high) >> 1;
      if (starts[middle]! < first) i = middle + 1;
      else high = middle;
    }
    for (; i < to && starts[i]! < last; i++) {
      if (kinds[i] !== CHINESE) {
        if (run.length > 0) runs.push(run);
        run = [];
        continue;
      }
      const start = starts[i]!;
      const end = ends[i]!;
      if (run.length > 0 && run.at(-1)!.end !== start) {
        runs.push(run);
        run = [];
      }
      run.push({ text: end - start === 1 ? oneUnit(text.charCodeAt(start)) : text.slice(start, end), start, end, logp: logps[i]!, known: known[i] === 1 });
    }
    if (run.length > 0) runs.push(run);
    return runs;
  }
  for (const child of sentence.children) {
    if (within && (child.position!.start.offset! < first || child.position!.start.offset! >= last)) continue;
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

/**
 * The bounds of the runs `chineseRuns` returns, appended to `out` as flat
 * [start, end) offset pairs — for callers that only need where the runs are
 * (no token objects: a document has hundreds of thousands of words).
 */
export function chineseRunBounds(sentence: Sentence, out: number[] = []): number[] {
  // One pass, without arrays per sentence (the rules call this on every sentence of a document).
  // Each word as [start, end), or start −1 for anything else (which ends a run).
  let runStart = -1;
  let runEnd = -1;
  const word = (start: number, end: number) => {
    if (runStart >= 0 && (start < 0 || runEnd !== start)) {
      out.push(runStart, runEnd);
      runStart = -1;
    }
    if (start < 0) return;
    if (runStart < 0) runStart = start;
    runEnd = end;
  };
  const range = sentenceTokens(sentence);
  if (range) {
    const { kinds, starts, ends } = range.tokens;
    for (let i = range.from; i < range.to; i++) word(kinds[i] === CHINESE ? starts[i]! : -1, ends[i]!);
  } else {
    for (const child of sentence.children) {
      const chinese = child.type === "WordNode" && (child.data as ChineseWordData | undefined)?.chinese;
      word(chinese ? child.position!.start.offset! : -1, child.position!.end.offset!);
    }
  }
  if (runStart >= 0) out.push(runStart, runEnd);
  return out;
}
