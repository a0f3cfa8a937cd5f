/**
 * A Chinese parser for the unified collective: text → nlcst.
 *
 * retext's Latin parser treats a whole Chinese paragraph as one sentence and a
 * run of ideographs as one word. This parser splits paragraphs at blank lines,
 * sentences with the punctuation scanner (src/cjk/sentences.ts: 。！？…, line
 * breaks) and ideograph runs into words with the lexicon's maximum-probability
 * segmentation (src/nlp/segment.ts). Latin letters and digits form words of
 * their own; punctuation, symbols and white space get their nlcst nodes.
 *
 * Every node has a position whose offsets index the original text (UTF-16
 * code units, as textlint counts). A Chinese word node carries `data.logp`
 * (its lexicon log-probability) and `data.known`.
 *
 * Use as a unified plugin (`unified().use(retextChinese)`), or call
 * `parseParagraph` on one stretch of a larger text (what the rules do, so that
 * only prose blocks are parsed and offsets stay absolute).
 */
import type { Paragraph, Punctuation, Root, Sentence, SentenceContent, Symbol as NlcstSymbol, WhiteSpace, Word } from "nlcst";
import type { Point } from "unist";
import type { Plugin } from "unified";
import { splitSentences } from "../cjk/sentences.js";
import { getLexicon, type Lexicon } from "../cjk/lexicon.js";
import { CHINESE, LATIN, PUNCTUATION, scanSentence, SentenceTokens, SPACE } from "./sentence-tokens.js";

export interface ChineseWordData {
  /** Lexicon log-probability of the word (unknown single characters get a floor value). */
  logp: number;
  known: boolean;
  /** True for a run of ideographs; false for Latin letters / digits. */
  chinese: boolean;
}

/** Maps offsets to line/column points; queried with non-decreasing offsets it runs in amortised O(1). */
export class PointMap {
  private readonly lineStarts: number[] = [0];
  private cursor = 0;
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  point(offset: number): Point {
    const starts = this.lineStarts;
    if (starts[this.cursor]! > offset) {
      // Backwards (nodes built on demand): binary search for the last line starting at or before offset.
      let lo = 0;
      let hi = this.cursor;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (starts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      this.cursor = lo;
    }
    while (this.cursor + 1 < starts.length && starts[this.cursor + 1]! <= offset) this.cursor++;
    return { line: this.cursor + 1, column: offset - starts[this.cursor]! + 1, offset };
  }
}

/** The nlcst nodes of the tokens [from, to) of `tokens`. */
function buildChildren(tokens: SentenceTokens, from: number, to: number, points: PointMap): SentenceContent[] {
  const { text, kinds, starts, ends, logps, known } = tokens;
  const children: SentenceContent[] = [];
  const position = (s: number, e: number) => ({ start: points.point(s), end: points.point(e) });
  for (let i = from; i < to; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    const value = text.slice(s, e);
    const kind = kinds[i];
    if (kind === CHINESE) {
      // The word and its one text node span the same range: they share the position object.
      const at = position(s, e);
      const word: Word = {
        type: "WordNode",
        children: [{ type: "TextNode", value, position: at }],
        position: at,
        data: { logp: logps[i]!, known: known[i] === 1, chinese: true } satisfies ChineseWordData,
      };
      children.push(word);
    } else if (kind === SPACE) {
      children.push({ type: "WhiteSpaceNode", value, position: position(s, e) } satisfies WhiteSpace);
    } else if (kind === LATIN) {
      children.push({
        type: "WordNode",
        children: [{ type: "TextNode", value, position: position(s, e) }],
        position: position(s, e),
        data: { logp: 0, known: true, chinese: false } satisfies ChineseWordData,
      });
    } else if (kind === PUNCTUATION) {
      children.push({ type: "PunctuationNode", value, position: position(s, e) } satisfies Punctuation);
    } else {
      children.push({ type: "SymbolNode", value, position: position(s, e) } satisfies NlcstSymbol);
    }
  }
  return children;
}

/** Where the compact tokens of a sentence parsed with `lazy` are (see sentence-tokens.ts). */
export interface SentenceTokenRange {
  tokens: SentenceTokens;
  from: number;
  to: number;
}

/**
 * A sentence whose tokens live in a store (`LazyParse`): its nodes are built
 * when `children` is first read, and it knows where its tokens are. That is a
 * private field, not a WeakMap entry per sentence (a document has tens of
 * thousands, and the entries cost more to add and to collect than the
 * sentences), and not a property: the node's own properties are nlcst's.
 */
class StoredSentence {
  declare type: "SentenceNode";
  declare children: SentenceContent[];
  declare position: NonNullable<Sentence["position"]>;
  readonly #tokens: SentenceTokenRange;
  readonly #points: PointMap;

  constructor(tokens: SentenceTokenRange, position: NonNullable<Sentence["position"]>, points: PointMap) {
    // Assigned in the order of a plain sentence's properties: type, children, position.
    this.type = "SentenceNode";
    Object.defineProperty(this, "children", LAZY_CHILDREN);
    this.position = position;
    this.#tokens = tokens;
    this.#points = points;
  }

  static tokensOf(sentence: Sentence): SentenceTokenRange | undefined {
    return #tokens in sentence ? (sentence as StoredSentence).#tokens : undefined;
  }

  /** The nodes of a stored sentence's tokens. */
  static build(sentence: StoredSentence): SentenceContent[] {
    const { tokens, from, to } = sentence.#tokens;
    return buildChildren(tokens, from, to, sentence.#points);
  }
}

/** The compact tokens of a sentence from `parseParagraph(…, { tokens })`; undefined for other sentences. */
export function sentenceTokens(sentence: Sentence): SentenceTokenRange | undefined {
  return StoredSentence.tokensOf(sentence);
}

/** Make `children` of a sentence a plain data property (own, enumerable, as in any nlcst node). */
const settleChildren = (sentence: StoredSentence, value: SentenceContent[]) => Object.defineProperty(sentence, "children", { value, writable: true, enumerable: true, configurable: true });

/**
 * A stored sentence's `children` until first read: an own, enumerable property computed then
 * (and thereafter a data property). One descriptor with one getter and setter for all sentences,
 * not closures per sentence: most sentences are never read.
 */
const LAZY_CHILDREN: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: StoredSentence) {
    const children = StoredSentence.build(this);
    settleChildren(this, children);
    return children;
  },
  set(this: StoredSentence, value: SentenceContent[]) {
    settleChildren(this, value);
  },
};

export interface LazyParse {
  /**
   * Keep the sentences' tokens in this store and build their word nodes only
   * when `children` is first read (the same nodes); `sentenceTokens` gives the
   * tokens. For the rules' shared parse of a whole document (document.ts).
   */
  tokens?: SentenceTokens;
}

/** Parse `text.slice(start, end)` as one paragraph. */
export function parseParagraph(text: string, start: number, end: number, points = new PointMap(text), lexicon: Lexicon = getLexicon(), options: LazyParse = {}): Paragraph {
  const children: Paragraph["children"] = [];
  const store = options.tokens;
  let last = start;
  for (const span of splitSentences(text.slice(start, end), start)) {
    if (span.start > last) children.push({ type: "WhiteSpaceNode", value: text.slice(last, span.start), position: { start: points.point(last), end: points.point(span.start) } });
    const tokens = store ?? new SentenceTokens(text);
    const from = tokens.length;
    scanSentence(tokens, span.start, span.end, lexicon);
    const to = tokens.length;
    const position = { start: points.point(span.start), end: points.point(span.end) };
    const sentence: Sentence = store
      ? new StoredSentence({ tokens: store, from, to }, position, points)
      : { type: "SentenceNode", children: buildChildren(tokens, from, to, points), position };
    children.push(sentence);
    last = span.end;
  }
  if (end > last) children.push({ type: "WhiteSpaceNode", value: text.slice(last, end), position: { start: points.point(last), end: points.point(end) } });
  return { type: "ParagraphNode", children, position: { start: points.point(start), end: points.point(end) } };
}

/** Parse a whole text: paragraphs are separated by blank lines. */
export function parseChinese(text: string): Root {
  const points = new PointMap(text);
  const lexicon = getLexicon();
  const children: Root["children"] = [];
  const blank = /\n[ \t\u3000]*\n\s*/gu;
  let last = 0;
  const push = (s: number, e: number) => {
    if (e > s) children.push(parseParagraph(text, s, e, points, lexicon));
  };
  for (const m of text.matchAll(blank)) {
    push(last, m.index);
    children.push({ type: "WhiteSpaceNode", value: m[0], position: { start: points.point(m.index), end: points.point(m.index + m[0].length) } });
    last = m.index + m[0].length;
  }
  push(last, text.length);
  return { type: "RootNode", children, position: { start: points.point(0), end: points.point(text.length) } };
}

/** unified plugin: `unified().use(retextChinese).parse(text)` yields nlcst. */
export const retextChinese: Plugin<[], string, Root> = function retextChinese() {
  // unified ≥ 10: a parser is a plain function of the document text.
  (this as unknown as { parser: (document: string) => Root }).parser = (document: string) => parseChinese(document);
};

/** The plain text of a word node. */
export function wordText(word: Word): string {
  let out = "";
  for (const child of word.children) if ("value" in child) out += child.value;
  return out;
}

/** Absolute [start, end) offsets of a node. */
export function offsets(node: { position?: { start: Point; end: Point } | undefined }): [number, number] {
  return [node.position!.start.offset!, node.position!.end.offset!];
}
