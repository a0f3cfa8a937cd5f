/**
 * Page furniture left by PDF extraction: page-number lines, running headers and
 * footers repeated on every page, and form feeds (pdftotext ends every page
 * with U+000C); and a web page's buttons and metadata lines left by HTML
 * extraction (web-furniture.ts). The page-furniture rule reports and removes
 * them with `removalRanges`; other rules ask `isPageFurnitureLine`
 * (paragraph-shape.ts) which lines are not prose (a page number between two
 * halves of a paragraph is not a paragraph of its own).
 */
import { isWhiteSpaceCode } from "../cjk/spaces.js";
import type { Block } from "./blocks.js";
import { splitDocuments } from "./documents.js";
import { splitLines, type Line } from "./lines.js";
import { parseWebFurniture } from "./web-furniture.js";
import { hasMoreCodePoints } from "../cjk/codepoints.js";

export type PageNumberForm = "dashed" | "dotted" | "chinese" | "fraction" | "page-of" | "bare";

export interface PageNumber {
  form: PageNumberForm;
  page: number;
  total?: number;
}

const FORM_FEED = "\f";
/** White space pdftotext and layout tools leave around furniture, including U+3000 and the form feed. */
const SPACE = /[\s\u3000\f]+/gu;

/** Full-width digits → ASCII, so "－１２－" reads like "-12-". */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A line's content with form feeds and surrounding white space (U+3000 included: trim() strips it) removed. */
export function lineContent(text: string): string {
  return (text.includes(FORM_FEED) ? text.replaceAll(FORM_FEED, "") : text).trim();
}

// Whole-line shapes; the number is capped at four digits (no page 20230520).
const SHAPES: [PageNumberForm, RegExp][] = [
  ["dashed", /^[-－—–―─‐]{1,2}(\d{1,4})[-－—–―─‐]{1,2}$/u], // - 12 -, — 12 —, －12－
  ["dotted", /^[·•・∙](\d{1,4})[·•・∙]$/u], // ·12·
  ["chinese", /^第(\d{1,4})页(?:[,，、/／]?共(\d{1,4})页)?$/u], // 第3页, 第3页共10页, 第3页／共10页
  ["chinese", /^共(\d{1,4})页[,，、/／]?第(\d{1,4})页$/u], // 共10页 第3页 (total first; swapped below)
  ["page-of", /^page(\d{1,4})(?:of(\d{1,4}))?$/iu], // Page 3 of 10
  ["fraction", /^(\d{1,4})[/／](\d{1,4})$/u], // 3/10
  ["bare", /^(\d{1,4})$/u],
];

/** The most characters a page number line has besides white space: "page1234of1234" (the longest of SHAPES; raise it with a longer shape). */
const LONGEST_PAGE_NUMBER = 14;

/**
 * Whether `lineText` may match one of SHAPES: a digit (ASCII or full-width),
 * and few enough characters besides white space. Most lines asked about are
 * whole paragraphs: this looks at a few of their characters instead of
 * copying them twice and running every shape.
 */
function mayBePageNumber(lineText: string): boolean {
  let characters = 0;
  let digit = false;
  for (let i = 0; i < lineText.length; i++) {
    const code = lineText.charCodeAt(i);
    if (isWhiteSpaceCode(code)) continue;
    if (++characters > LONGEST_PAGE_NUMBER) return false;
    if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) digit = true;
  }
  return digit;
}

/** The page number a whole line spells, if its shape is one (white space and form feeds ignored). */
export function parsePageNumber(lineText: string): PageNumber | undefined {
  if (!mayBePageNumber(lineText)) return undefined;
  const compact = asciiDigits(lineText.replace(SPACE, ""));
  for (const [form, pattern] of SHAPES) {
    const match = pattern.exec(compact);
    if (!match) continue;
    let page = Number(match[1]);
    let total = match[2] === undefined ? undefined : Number(match[2]);
    if (compact.startsWith("共")) [page, total] = [total!, page];
    // A page is counted from 1 and cannot exceed the page count (rules out 2023/5).
    if (page < 1 || (total !== undefined && page > total)) return undefined;
    if (form === "bare" && match[1]!.startsWith("0")) return undefined;
    return total === undefined ? { form, page } : { form, page, total };
  }
  return undefined;
}

/** Shapes of a document's own structure: chapter/section/article headings and list labels. */
const STRUCTURAL = /^(?:#{1,6}\s|第[一二三四五六七八九十百千〇零两\d]+[章节编条款部篇卷]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、．.]|[①-⑳])/u;
/** Punctuation that ends a sentence or clause: a line ending so is prose, never a running header. */
const PROSE_END = /[。！？；：，、!?;:,…]["”’」』）)]*$/u;

/** Parts of a line set apart by a wide gap: table columns, or a header's left and right parts (pdftotext -layout). */
const COLUMN_GAP = /\S[ \u3000]{3,}\S/u;
/** A sentence ends inside the line: prose, not a label. */
const SENTENCE_MARK = /[。！？]/u;

/** Whether `content` looks like a heading or list label of the document's own structure. */
export function isStructuralLine(content: string): boolean {
  return STRUCTURAL.test(content);
}

/** A line of Chinese prose (or a fragment of one): ideographs, not a table row. */
export function isProseLine(content: string): boolean {
  if (content.startsWith("|") || COLUMN_GAP.test(content)) return false;
  return (content.match(/\p{Unified_Ideograph}/gu)?.length ?? 0) >= 2;
}

/** The key under which running-header occurrences are grouped: no white space, digits as '#' (page numbers inside vary). */
export function runningHeaderKey(content: string): string {
  return asciiDigits(content.replace(SPACE, "")).replace(/\d+/gu, "#");
}

export type FurnitureKind = "page-number" | "running-header" | "form-feed" | "web-page";

export interface FurnitureLine {
  kind: FurnitureKind;
  /** Index into `splitLines(text)`. */
  index: number;
  line: Line;
  /** Unambiguous: the whole line can be removed. Otherwise only a warning. */
  safe: boolean;
  confidence: number;
  pageNumber?: PageNumber;
  /** For running headers: how many times the line occurs. */
  repeats?: number;
}

export interface FurnitureOptions {
  /** A running header must occur at least this often to be removed (default 3). */
  minRepeats?: number;
  /** Longest running header, in code points after removing white space (default 80). */
  maxHeaderLength?: number;
}

export interface FurnitureAnalysis {
  lines: Line[];
  /** Whole furniture lines, by line index. */
  furniture: Map<number, FurnitureLine>;
  /** Offsets of form feeds inside lines that are otherwise kept. */
  strayFormFeeds: number[];
}

const defaultAnalyses = new WeakMap<Block[], FurnitureAnalysis>();
/**
 * findPageFurniture, once per block list when the options are the defaults (the page-furniture
 * rule's usual configuration and runningHeaderEnds share the analysis).
 */
export function pageFurnitureOf(text: string, blocks: Block[], options: FurnitureOptions = {}): FurnitureAnalysis {
  if (options.minRepeats !== undefined || options.maxHeaderLength !== undefined) return findPageFurniture(text, blocks, options);
  let analysis = defaultAnalyses.get(blocks);
  if (!analysis) defaultAnalyses.set(blocks, (analysis = findPageFurniture(text, blocks)));
  return analysis;
}

/**
 * Where the running-header lines of the file end (Line.end: the same offset in a block's lines and
 * in splitLines), as findPageFurniture finds them with its default options (pageFurnitureOf: the
 * analysis is made once per block list). Rules that judge where prose ends (paragraph-split,
 * truncation) pass them over: a header line repeated across the pages is no paragraph of its own.
 * (By offset: no string made per line.)
 */
export function runningHeaderEnds(text: string, blocks: Block[]): ReadonlySet<number> {
  const ends = new Set<number>();
  for (const f of pageFurnitureOf(text, blocks).furniture.values()) if (f.kind === "running-header") ends.add(f.line.end);
  return ends;
}

/** Lines closer than this are on the same page; a page holds more. */
const MIN_PAGE_LINES = 8;
/** How many non-blank lines away furniture may sit and still vouch for a neighbour. */
const ANCHOR_REACH = 2;
/** The opening non-blank lines, where a recurring line may be the document's title. */
const TITLE_ZONE = 5;

/**
 * Find page furniture in `text`. `blocks` (from getBlocks) lets Markdown
 * headings and code stay untouched; without them every line is considered.
 */
export function findPageFurniture(text: string, blocks: Block[] = [], options: FurnitureOptions = {}): FurnitureAnalysis {
  const minRepeats = options.minRepeats ?? 3;
  const maxHeaderLength = options.maxHeaderLength ?? 80;
  const lines = splitLines(text);
  const contents = lines.map((line) => lineContent(line.text));
  const protectedLine = protectedLines(lines, blocks);
  const nonBlank = contents.flatMap((content, i) => (content === "" && !lines[i]!.text.includes(FORM_FEED) ? [] : [i]));
  const rank = new Map(nonBlank.map((lineIndex, r) => [lineIndex, r]));
  const furniture = new Map<number, FurnitureLine>();
  const add = (f: Omit<FurnitureLine, "line">) => furniture.set(f.index, { ...f, line: lines[f.index]! });

  // 1. Lines whose shape alone says "page number", and lines that are only a form feed.
  const bare: { index: number; page: number }[] = [];
  for (const i of nonBlank) {
    if (protectedLine.has(i)) continue;
    if (contents[i] === "") {
      add({ kind: "form-feed", index: i, safe: true, confidence: 1 });
      continue;
    }
    const web = parseWebFurniture(contents[i]!);
    if (web) {
      add({ kind: "web-page", index: i, safe: web.safe, confidence: web.safe ? 0.9 : 0.6 });
      continue;
    }
    const pageNumber = parsePageNumber(contents[i]!);
    if (!pageNumber) continue;
    if (pageNumber.form === "bare") bare.push({ index: i, page: pageNumber.page });
    else add({ kind: "page-number", index: i, safe: true, confidence: 0.95, pageNumber });
  }
  const anchors = new Set([...furniture.keys(), ...nonBlank.filter((i) => lines[i]!.text.includes(FORM_FEED))]);
  const near = (i: number, set: ReadonlySet<number>) => {
    const r = rank.get(i)!;
    for (let d = -ANCHOR_REACH; d <= ANCHOR_REACH; d++) if (d !== 0 && set.has(nonBlank[r + d]!)) return true;
    return false;
  };

  // 2. Running headers and footers: the same short line, page after page.
  const groups = new Map<string, number[]>();
  const bareLines = new Set(bare.map((b) => b.index));
  for (const i of nonBlank) {
    const content = contents[i]!;
    if (protectedLine.has(i) || furniture.has(i) || content === "" || bareLines.has(i)) continue;
    if (isStructuralLine(content) || PROSE_END.test(content) || SENTENCE_MARK.test(content)) continue;
    const key = runningHeaderKey(content);
    if (hasMoreCodePoints(key, maxHeaderLength) || key.replace(/#/g, "").length < 2) continue;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  const headers: { occurrences: number[]; first: number | undefined }[] = [];
  // (Read at the first recurring line: most texts have none.)
  let ofDocuments: DocumentsOfLines | null | undefined;
  for (let occurrences of groups.values()) {
    if (occurrences.length < 2) continue;
    const byDocument = (ofDocuments ??= documentsOfLines(lines, blocks, text.length, nonBlank) ?? null);
    if (byDocument) {
      // A file of several documents (a corpus file of many laws): each opens with its own title and
      // preamble (2002年2月20日国务院第55次常务会议通过 before each version of a regulation), and a
      // heading of each (法律责任, 附件1) recurs once per document. A running header recurs within one.
      occurrences = occurrences.filter((i) => !byDocument.opening.has(i));
      const { document } = byDocument;
      if (new Set(occurrences.map((i) => document.get(i))).size === occurrences.length) continue;
    }
    // A document's real title appears once at the top: set the first occurrence aside when it opens the text.
    let first: number | undefined;
    if (rank.get(occurrences[0]!)! < TITLE_ZONE) first = occurrences.shift();
    const texts = occurrences.map((i) => contents[i]!);
    if (!countsPages(texts) || labelsAttachments(texts)) continue;
    const anchored = occurrences.filter((i) => near(i, anchors)).length * 2 >= occurrences.length;
    if (occurrences.length >= minRepeats ? pageLike(occurrences) || anchored : anchored && occurrences.length >= 2) {
      headers.push({ occurrences, first });
    }
  }
  const headerLines = new Set(headers.flatMap((h) => h.occurrences));
  const openingFurniture = new Set([...anchors, ...headerLines, ...headers.flatMap((h) => (h.first === undefined ? [] : [h.first]))]);
  for (const h of headers) {
    // The opening occurrence is a header too when furniture surrounds it (chromium's date next to the title),
    // or when it is laid out in spaced-apart parts as headers are and titles are not ("date      title").
    if (h.first !== undefined && (near(h.first, openingFurniture) || COLUMN_GAP.test(contents[h.first]!))) {
      h.occurrences.unshift(h.first);
    }
    const safe = h.occurrences.length >= minRepeats;
    for (const i of h.occurrences) {
      add({ kind: "running-header", index: i, safe, confidence: safe ? 0.9 : 0.5, repeats: h.occurrences.length });
    }
  }

  // 3. A bare number alone between prose lines: a page number unless it belongs to a list or table.
  const neighbour = (i: number, step: 1 | -1) => {
    for (let r = rank.get(i)! + step; r >= 0 && r < nonBlank.length; r += step) {
      if (!furniture.has(nonBlank[r]!)) return contents[nonBlank[r]!]!;
    }
    return undefined;
  };
  const candidates = bare.filter(({ index }) => {
    const crowded = bare.some((b) => b.index !== index && Math.abs(b.index - index) < MIN_PAGE_LINES);
    const before = neighbour(index, -1);
    const after = neighbour(index, 1);
    return !crowded && before !== undefined && after !== undefined && isProseLine(before) && isProseLine(after);
  });
  // Page numbers count up; two or more that do are a page sequence.
  const increasing = candidates.length >= 2 && candidates.every((c, k) => k === 0 || c.page > candidates[k - 1]!.page);
  const allAnchors = new Set([...anchors, ...headerLines]);
  for (const { index, page } of candidates) {
    const safe = increasing || near(index, allAnchors);
    add({ kind: "page-number", index, safe, confidence: safe ? 0.85 : 0.5, pageNumber: { form: "bare", page } });
  }

  const strayFormFeeds: number[] = [];
  lines.forEach((line, i) => {
    if (furniture.has(i)) return;
    for (let k = line.text.indexOf(FORM_FEED); k >= 0; k = line.text.indexOf(FORM_FEED, k + 1)) strayFormFeeds.push(line.start + k);
  });
  return { lines, furniture: new Map([...furniture].sort((a, b) => a[0] - b[0])), strayFormFeeds };
}

interface DocumentsOfLines {
  /** The document index of each non-blank line. */
  document: Map<number, number>;
  /** The lines of each document's opening: its first TITLE_ZONE non-blank lines. */
  opening: Set<number>;
}

/** For a file of two or more documents (splitDocuments), which document each non-blank line is in; undefined for one document. */
function documentsOfLines(lines: Line[], blocks: Block[], textLength: number, nonBlank: number[]): DocumentsOfLines | undefined {
  if (blocks.length === 0) return undefined;
  const documents = splitDocuments(blocks, textLength);
  if (documents.length < 2) return undefined;
  const document = new Map<number, number>();
  const opening = new Set<number>();
  // Lines and documents both in text order: one pass over each.
  let d = 0;
  let left = TITLE_ZONE;
  for (const i of nonBlank) {
    while (d + 1 < documents.length && documents[d + 1]!.start <= lines[i]!.start) {
      d++;
      left = TITLE_ZONE;
    }
    document.set(i, d);
    if (left-- > 0) opening.add(i);
  }
  return { document, opening };
}

/**
 * Occurrences of one key may differ only in their numbers. Then some number must
 * count up, as a page number inside a header line does ("标题  3", "url  4/15");
 * lines that merely share a shape (dates: 2021年1月1日施行) do not.
 */
function countsPages(texts: string[]): boolean {
  const numbers = texts.map((t) => (asciiDigits(t).match(/\d+/gu) ?? []).map(Number));
  const compact = texts.map((t) => t.replace(SPACE, ""));
  if (compact.every((t) => t === compact[0])) return true;
  return numbers[0]!.some((_, p) => numbers.every((n, k) => k === 0 || n[p]! > numbers[k - 1]![p]!));
}

/** An attachment's label line (附件1, 附件 2：, 附表3): the heading of one of a document's attachments. */
const ATTACHMENT_LABEL = /^(?:附件|附表|附录)\s*[0-9０-９]+\s*[：:]?$/u;

/** Lines that count attachments (附件1 … 附件2 … 附件3), not pages: each labels its attachment, set off once. */
function labelsAttachments(texts: string[]): boolean {
  return texts.every((t) => ATTACHMENT_LABEL.test(t.replace(SPACE, ""))) && new Set(texts.map((t) => asciiDigits(t))).size === texts.length;
}

/** Page-like spacing: at least a page apart, and no gap far beyond the usual one (a page or two may lack the header). */
function pageLike(occurrences: number[]): boolean {
  const gaps = occurrences.slice(1).map((i, k) => i - occurrences[k]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1]!;
  return median >= MIN_PAGE_LINES && sorted[0]! >= median / 2 && sorted[sorted.length - 1]! <= median * 2.5;
}

/** Lines of Markdown headings, tables and code, which are never furniture (a table's header row may repeat). */
function protectedLines(lines: Line[], blocks: Block[]): Set<number> {
  const kinds = new Set(["heading", "code", "html", "table-row"]);
  const spans = blocks.filter((b) => kinds.has(b.kind)).sort((a, b) => a.start - b.start);
  const out = new Set<number>();
  let i = 0;
  for (const span of spans) {
    while (i < lines.length && lines[i]!.end < span.start) i++;
    for (let j = i; j < lines.length && lines[j]!.start <= Math.max(span.end - 1, span.start); j++) out.add(j);
  }
  return out;
}

/**
 * Text ranges that remove the given furniture lines (each range covers its own
 * line with its line ending), keeping the surrounding lines as they were: blank
 * lines between furniture go with it, and when furniture sat between blank
 * lines one side's blank lines go too, so no double blank line appears.
 */
export function removalRanges(text: string, lines: Line[], remove: number[]): Map<number, [number, number]> {
  const indices = [...remove].sort((a, b) => a - b);
  const removed = new Set(indices);
  const blank = (i: number) => lines[i] !== undefined && !removed.has(i) && lines[i]!.text.trim() === "" && !lines[i]!.text.includes(FORM_FEED);
  const lineEnd = (i: number) => (i + 1 < lines.length ? lines[i + 1]!.start : text.length);
  const ranges = new Map<number, [number, number]>();
  for (let k = 0; k < indices.length; ) {
    // A run: furniture lines separated only by blank lines.
    const run = [indices[k]!];
    for (k++; k < indices.length; k++) {
      let j = run[run.length - 1]! + 1;
      while (j < indices[k]! && blank(j)) j++;
      if (j !== indices[k]) break;
      run.push(indices[k]!);
    }
    const firstLine = run[0]!;
    const lastLine = run[run.length - 1]!;
    let before = firstLine;
    while (before > 0 && blank(before - 1)) before--;
    let after = lastLine + 1;
    while (after < lines.length && blank(after)) after++;
    let start = lines[firstLine]!.start;
    let end = lineEnd(lastLine);
    if (after >= lines.length) {
      // At the end of the text the trailing blank lines go too; the last kept line keeps its ending.
      start = before === 0 ? 0 : lines[before]!.start;
      end = text.length;
    } else if (before === 0 || before < firstLine) {
      // Blank lines (or the start of the text) on both sides: drop the ones after.
      end = lines[after]!.start;
    }
    run.forEach((i, n) => {
      const from = n === 0 ? start : lines[i]!.start;
      const to = n === run.length - 1 ? end : lines[run[n + 1]!]!.start;
      ranges.set(i, [from, to]);
    });
  }
  return ranges;
}
