/**
 * Truncation: a document or paragraph that stops mid-sentence where nothing can
 * continue it — at the end of the file, before a heading, a numbered
 * paragraph, a table, a signature block or the next document. (A paragraph
 * followed by prose that continues it is a paragraph split, not this.)
 *
 * When the lost continuation sits elsewhere in the file — a fragment whose
 * head completes the tail's last word by the lexicon (…稳步扩 + 大农产品相互
 * 准入… → 扩大), typically displaced into a table or after a signature — it is
 * named and located. No safe fix: moving text is a human's call.
 */
import { isIdeograph } from "../../src/cjk/chars.js";
import { wordAcrossFrom } from "../../src/cjk/word-across.js";
import { runningHeaderEnds } from "../../src/doc/page-furniture.js";
import type { Block } from "../../src/doc/blocks.js";
import type { StructuredDocument } from "../../src/doc/documents.js";
import { isDivision, parseMarker } from "../../src/doc/enumeration.js";
import { LineIndex } from "../../src/doc/lines.js";
import {
  endsMidSentence,
  endsSentence,
  hasChinese,
  isAttachmentNote,
  isColumnRow,
  isDashLed,
  isDocumentTitle,
  isLabelLine,
  isPageFurnitureLine,
  isSignatureLine,
  snippetBefore,
  startsMidSentence,
  TRAILING_OPERATORS,
} from "../../src/doc/paragraph-shape.js";
import { cellSpan } from "../../src/doc/label-shape.js";
import { isClosingDate, isTitleBlock, type ClosingRun } from "../../src/doc/structure.js";
import type { FindingInput } from "../../src/rule-kit.js";
import { charBefore, hasMoreCodePoints } from "../../src/cjk/codepoints.js";

/** Characters a cut-off paragraph may end with: text, or a mark that needs more after it. */
const OPEN_ENDING = /[、，,“‘（(《〈「『—]$/u;

/** What follows the cut-off paragraph, per locale. */
export const PLACES = {
  end: { zh: "文件末尾", en: "the end of the file" },
  document: { zh: "下一篇文档", en: "the next document" },
  heading: { zh: "标题", en: "a heading" },
  section: { zh: "下一编号段落", en: "the next numbered paragraph" },
  table: { zh: "表格", en: "a table" },
  signature: { zh: "落款", en: "the signature block" },
} as const;

export type Place = keyof typeof PLACES;
/**
 * The last clause of a law or regulation, complete by its words: the date it takes effect
 * (自2019年1月1日起施行, 自公布之日起生效) or what it repeals (同时废止).
 */
const COMPLETE_CLOSING = /(?:自[^，。；：,;:]{1,30}起(?:施行|生效|实施|执行)|同时废止)$/u;

/** Punctuation inside a sentence (、 alone also joins the words of a title). */
const SENTENCE_INNER = /[，。；！？：,;!?]/u;

/** Does the block end mid-sentence (and is it prose, not a title, name, date or label)? */
function cutOff(block: Block, standalone: boolean, headerEnds: ReadonlySet<number>): { clear: boolean; end: number } | null {
  if (block.kind !== "paragraph" && block.kind !== "list-item") return null;
  // Page numbers, running headers and form-feed lines are page furniture's; a short line after a
  // finished sentence (a caption) is a line of its own, not the end of the paragraph.
  const kept = block.lines.filter((line) => line.text.replace(/\f/gu, "").trim() !== "" && !headerEnds.has(line.end) && !isPageFurnitureLine(line.text));
  const lines = kept.map((line) => line.text.trim());
  const lastLine = kept.at(-1);
  if (lastLine === undefined) return null;
  const end = lastLine.start + lastLine.text.trimEnd().length;
  if (lines.length > 1 && endsSentence(lines.at(-2)!) && !SENTENCE_INNER.test(lines.at(-1)!) && [...lines.at(-1)!].length <= 30) return null;
  const text = lines.join("\n");
  const last = lines.at(-1) ?? "";
  if (!hasChinese(text) || endsSentence(text) || endsSentence(last)) return null;
  const final = charBefore(text, text.length)!;
  const marker = parseMarker(text);
  const article = marker?.scheme === "tiao";
  // Names and dates outside a signature block (signature blocks are skipped before); an article
  // (第五条　本法自公布) may look like a short name line but is never one.
  if ((!article && (isSignatureLine(last) || isColumnRow(last) || isClosingDate(last))) || isLabelLine(last) || isPageFurnitureLine(last)) return null;
  if (marker && text.slice(marker.end).trim() === "") return null;
  if (isAttachmentNote(text)) return null;
  // A law's closing clause is complete by its words (本条例自2019年1月1日起施行): only its full stop is missing.
  if (COMPLETE_CLOSING.test(text)) return null;
  const mid = endsMidSentence(text);
  // Prose: a sentence's inner punctuation, or an article (第五条　…), which is never a title. Titles,
  // headings, names and list labels (关于惩治偷税、抗税犯罪的补充规定) end without a full stop.
  const prose = mid || SENTENCE_INNER.test(text) || article;
  // A last paragraph without inner punctuation (在确保安全基础上稳步扩) is prose cut short when it stands alone
  // after a finished paragraph, is no list item and is longer than a name: then a warning.
  const loose = !prose && standalone && !marker && hasMoreCodePoints(text, 9);
  if (!prose && !loose) return null;
  // Text cut anywhere ends in a character or an open mark (or an arithmetic operator: a formula cut
  // short); a digit or letter only inside prose (本法自2000年7月1).
  if (!isIdeograph(final) && !OPEN_ENDING.test(final) && !/[0-9A-Za-z]/u.test(final) && !TRAILING_OPERATORS.includes(final)) return null;
  if (isDashLed(text) && !SENTENCE_INNER.test(text)) return null;
  return { clear: !loose && (mid || hasMoreCodePoints(text, 14)), end };
}

interface Fragment {
  start: number;
  end: number;
  head: string;
  /** How out of place: 2 in a table with a signature row or after a signature block, 1 starting mid-sentence, else 0. */
  displaced: number;
}

const CELL_BREAK = /<br\s*\/?>/iu;

/** Text pieces anywhere in the file that could be the continuation of a cut-off paragraph. */
function fragments(blocks: readonly Block[], documents: readonly StructuredDocument[]): Fragment[] {
  // Where each document's first signature or date block ends (Infinity: none): prose after it is displaced.
  const closedFrom = documents.map((doc) => Math.min(...doc.closings.map((run: ClosingRun) => run.end)));
  const afterClosing = (offset: number) => documents.some((doc, d) => offset >= doc.start && offset < doc.end && closedFrom[d]! <= offset);
  const out: Fragment[] = [];
  // Tables holding a signature row: any prose in them is displaced.
  const signedTables = new Set<number>();
  let tableStart = -1;
  blocks.forEach((block, i) => {
    if (block.kind !== "table-row") return;
    if (i === 0 || blocks[i - 1]!.kind !== "table-row") tableStart = block.start;
    if ((block.cells ?? []).some((cell) => cellSpan(cell).text.split(CELL_BREAK).some((part) => isClosingDate(part)))) signedTables.add(tableStart);
  });
  tableStart = -1;
  blocks.forEach((block, i) => {
    if (block.kind === "table-row") {
      if (i === 0 || blocks[i - 1]!.kind !== "table-row") tableStart = block.start;
      for (const cell of block.cells ?? []) {
        const content = cellSpan(cell);
        const head = content.text.split(CELL_BREAK)[0]!.trim();
        if (head === "") continue;
        out.push({ start: content.start, end: content.end, head, displaced: signedTables.has(tableStart) ? 2 : startsMidSentence(head) ? 1 : 0 });
      }
    } else if (block.kind === "paragraph" || block.kind === "list-item" || block.kind === "quote") {
      // A paragraph that continues the one before it (a split paragraph) is taken.
      const previous = blocks[i - 1];
      if (previous && previous.kind === block.kind && !endsSentence(previous.text) && !isTitleBlock(previous)) return;
      const head = block.lines.find((line) => line.text.trim() !== "")?.text.trim() ?? "";
      const start = block.start + (block.text.length - block.text.trimStart().length);
      out.push({ start, end: block.start + block.text.trimEnd().length, head, displaced: afterClosing(block.start) ? 2 : startsMidSentence(head) ? 1 : 0 });
    }
  });
  return out;
}

/** The fragment that best continues `tail`: a word across the join; displaced fragments first, else a unique match. */
function continuation(tail: string, own: Block, candidates: readonly Fragment[]): { fragment: Fragment; word: string } | null {
  const matches: { fragment: Fragment; word: string }[] = [];
  const acrossTail = wordAcrossFrom(tail);
  for (const fragment of candidates) {
    if (fragment.start >= own.start && fragment.start < own.end) continue;
    const across = acrossTail(fragment.head);
    if (across) matches.push({ fragment, word: across.word });
  }
  for (const level of [2, 1]) {
    const displaced = matches.filter((m) => m.fragment.displaced === level);
    if (displaced.length >= 1) return displaced[0]!;
  }
  return matches.length === 1 ? matches[0]! : null;
}

/** The block's successor that decides whether nothing can continue it, skipping page furniture. */
/** The index of the first block after `index` in the document that is no page furniture (the document's end when none). */
function nextBlock(doc: StructuredDocument, index: number, blocks: readonly Block[]): number {
  const docEnd = doc.firstBlock + doc.blocks.length;
  let next = index + 1;
  while (next < docEnd && blocks[next]!.kind === "paragraph" && isPageFurnitureLine(blocks[next]!.text)) next++;
  return next;
}

/**
 * An article that only names its subject before its numbered items (第十八条　承运人的责任 / 一、由于…):
 * a short phrase without inner punctuation after the article's marker, and items of a list, not
 * the next article or chapter, after it. A page break cuts an article anywhere, and what follows
 * the cut is the next article or the rest of the sentence.
 */
const ARTICLE_TITLE_LENGTH = 15;
function isArticleTitle(block: Block, following: Block | undefined): boolean {
  const marker = parseMarker(block.text);
  if (marker?.scheme !== "tiao" || following?.kind !== "paragraph") return false;
  const body = block.text.slice(marker.end).trim();
  const next = parseMarker(following.text);
  return next !== null && !isDivision(next.scheme) && !SENTENCE_INNER.test(body) && !hasMoreCodePoints(body, ARTICLE_TITLE_LENGTH) && !endsMidSentence(body);
}

/** What follows the block, given the index of the next block that is no page furniture (nextBlock). */
function place(doc: StructuredDocument, next: number, blocks: readonly Block[], isLastDocument: boolean): Place | null {
  if (next >= doc.firstBlock + doc.blocks.length) return isLastDocument ? "end" : "document";
  const block = blocks[next]!;
  if (doc.closings.some((run) => run.start === block.start)) return "signature";
  if (block.kind === "heading") return "heading";
  if (block.kind === "table-row") return "table";
  if (block.kind === "paragraph") {
    const marker = parseMarker(block.text);
    if (marker) return isTitleBlock(block) && !marker.scheme.startsWith("digit") ? "heading" : "section";
  }
  return null;
}

export function findTruncations(documents: readonly StructuredDocument[], blocks: readonly Block[], text: string, placeName: (p: Place) => string): FindingInput[] {
  const findings: FindingInput[] = [];
  let pieces: Fragment[] | undefined;
  let lines: LineIndex | undefined;
  const headerEnds = runningHeaderEnds(text, blocks as Block[]);
  documents.forEach((doc, d) => {
    for (let i = doc.firstBlock; i < doc.firstBlock + doc.blocks.length; i++) {
      const block = blocks[i]!;
      // Only prose can be cut off (cutOff's first test, made before the costlier place()).
      if (block.kind !== "paragraph" && block.kind !== "list-item") continue;
      if (block === doc.titleBlock || doc.closings.some((run) => run.start <= block.start && block.start < run.end)) continue;
      // A second document's title in the same file (…关于加大扶贫开发力度的决定 above its adoption note) is complete.
      if (isDocumentTitle(block.text)) continue;
      const next = nextBlock(doc, i, blocks);
      const where = place(doc, next, blocks, d === documents.length - 1);
      if (where === null || (where === "section" && isArticleTitle(block, blocks[next]))) continue;
      // At the end of a document (or before its signature), after a paragraph that ends a sentence.
      const previous = blocks[i - 1];
      const standalone = (where === "end" || where === "document" || where === "signature") && previous !== undefined && previous !== doc.titleBlock && i > doc.firstBlock && endsSentence(previous.text);
      const cut = cutOff(block, standalone, headerEnds);
      if (!cut) continue;
      const end = cut.end;
      const tail = snippetBefore(text, end, 8);
      pieces ??= fragments(blocks, documents);
      const found = continuation(text.slice(block.start, end), block, pieces);
      const range = [Math.max(block.start, end - 1), end] as const;
      if (found) {
        lines ??= new LineIndex(text);
        const head = [...found.fragment.head].slice(0, 8).join("");
        findings.push({
          messageId: "truncated-continuation",
          params: { tail, where: placeName(where), line: lines.position(found.fragment.start).line, head, word: found.word },
          range,
          confidence: 0.9,
          severity: "error",
          related: [{ messageId: "continuation", params: { tail, word: found.word }, range: [found.fragment.start, found.fragment.end] }],
        });
      } else {
        findings.push({
          messageId: "truncated",
          params: { tail, where: placeName(where) },
          range,
          confidence: cut.clear ? 0.8 : 0.5,
          severity: cut.clear ? "error" : "warning",
        });
      }
    }
  });
  return findings;
}
