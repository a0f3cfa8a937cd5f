/**
 * punctuation — paired marks left unbalanced and half-width marks inside
 * Chinese prose, the two punctuation traces extraction leaves most often
 * (a bracket lost at a page or cell boundary; a PDF font mapping `，` to `,`),
 * and clause marks run together (，， or 。、: a footnote marker or a word
 * lost between two marks).
 */
import { CLAUSE_END_PUNCTUATION, CLOSING_MARKS, isCjkPunctuation, isIdeograph } from "../../src/cjk/chars.js";
import { charAt, charBefore } from "../../src/cjk/codepoints.js";
import { findLostAsQuestionMarks } from "../../src/cjk/lost-characters.js";
import { BALANCED_PAIRS, QUOTE_OPENERS, scanPairs, type MarkAt } from "../../src/cjk/paired-marks.js";
import { getBlocks, type Block } from "../../src/doc/blocks.js";
import { getNonProseRanges, type RangeSet } from "../../src/doc/non-prose.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { documentRule, type CommonOptions, type Reporter } from "../../src/rule-kit.js";
import { messages } from "./messages.js";

export const meta: RuleMeta = {
  id: "punctuation",
  categories: ["punctuation"],
  fixable: true,
  description: {
    zh: "成对标点不配对；中文之间的半角标点；标点重复或连用",
    en: "Unbalanced paired punctuation; half-width punctuation between Chinese characters; repeated or conflicting marks",
  },
};

export type Options = CommonOptions;

const FULL_WIDTH: ReadonlyMap<string, string> = new Map([
  [",", "，"],
  [".", "。"],
  [":", "："],
  [";", "；"],
  ["?", "？"],
  ["!", "！"],
  ["(", "（"],
  [")", "）"],
]);
/** The half-width marks as code units (each is one): the scan passes over other characters without a string each. */
const HALF_WIDTH_CODES = new Set([...FULL_WIDTH.keys()].map((mark) => mark.charCodeAt(0)));
const OPENING_OF: ReadonlyMap<string, string> = new Map([...BALANCED_PAIRS].map(([open, close]) => [close, open]));

/** Blocks whose text is prose. Table rows are cells cut apart by extraction, code is not prose. */
const BALANCE_KINDS = new Set<Block["kind"]>(["paragraph", "list-item", "quote", "heading"]);
const HALF_WIDTH_KINDS = new Set<Block["kind"]>(["paragraph", "list-item", "quote", "heading", "table-row"]);

/** A Chinese neighbour: an ideograph or full-width punctuation (but not the ideographic space, a separator). */
const isChinese = (char: string | undefined) => char !== undefined && char !== "\u3000" && (isIdeograph(char) || isCjkPunctuation(char));

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const blocks = getBlocks(node, text);
  const nonProse = getNonProseRanges(node, text);
  checkBalance(text, blocks, nonProse, report);
  const lost = new Set(findLostAsQuestionMarks(text).flatMap(([start, end]) => Array.from({ length: end - start }, (_, k) => start + k)));
  for (const block of blocks) {
    if (!HALF_WIDTH_KINDS.has(block.kind)) continue;
    checkHalfWidth(text, block, nonProse, report, lost);
    checkRepeatedMarks(block, nonProse, report);
  }
});

/**
 * Marks that end or join clauses (，。、；：), which Chinese prose never writes two in a row, nor
 * one of them after a question or exclamation mark (？！ for emphasis is left alone). As one
 * pattern: a scan by regular expression, not a one-character string and a set lookup per
 * character of the text (about half of the rule's own time on the big corpus).
 */
const MARKS_RUN_TOGETHER = /[，。、；：？！][，。、；：]+/gu;

/**
 * Clause marks run together (，， 。、 ；，): official prose has none (3 in the 50 MB big corpus,
 * all extraction slips: 玩忽职守、、徇私舞弊). The same mark repeated is one mark (a safe fix);
 * different marks need a reader to keep one — the last, which joins what follows, is suggested.
 */
function checkRepeatedMarks(block: Block, nonProse: RangeSet, report: Reporter): void {
  // Within the block's own text (block.text is text[start, end)): from the block on, a scan of the
  // whole text would read the rest of the file for every block.
  const source = block.text;
  MARKS_RUN_TOGETHER.lastIndex = 0;
  for (let m = MARKS_RUN_TOGETHER.exec(source); m !== null; m = MARKS_RUN_TOGETHER.exec(source)) {
    const i = block.start + m.index;
    // (In code or markup the run is no prose's; the next mark may still start one.)
    if (nonProse.has(i)) {
      MARKS_RUN_TOGETHER.lastIndex = m.index + 1;
      continue;
    }
    const end = i + m[0].length;
    const marks = m[0];
    const expected = marks.at(-1)!;
    if ([...marks].every((mark) => mark === expected)) {
      report({ messageId: "repeated-mark", params: { marks, expected }, range: [i, end], confidence: 0.95, fix: { range: [i, end], text: expected } });
    } else {
      report({ messageId: "conflicting-marks", params: { marks }, range: [i, end], confidence: 0.9, suggestions: [{ messageId: "keep-mark", params: { expected }, range: [i, end], text: expected }] });
    }
  }
}

function endsClause(block: Block): boolean {
  let i = block.text.trimEnd().length - 1;
  while (i >= 0 && CLOSING_MARKS.has(block.text[i]!)) i--;
  return i >= 0 && CLAUSE_END_PUNCTUATION.has(block.text[i]!);
}

function firstChar(block: Block): string | undefined {
  return block.text.trimStart()[0];
}

/**
 * Marks left open at the end of a block that stops mid-clause are carried into
 * the next block: if it closes them, the paragraph was split (another rule
 * reports that) and the marks themselves are fine.
 */
function checkBalance(text: string, blocks: Block[], nonProse: RangeSet, report: Reporter): void {
  const skip = (offset: number) => nonProse.has(offset);
  let carried: MarkAt[] = [];
  /** Closing quotes of quotations opened in an earlier paragraph (closingOfQuotation). */
  const closesEarlier = new Set<number>();
  const reportUnclosed = (marks: MarkAt[]) => {
    for (const mark of marks) {
      report({ messageId: "unclosed-mark", params: { mark: mark.char, expected: BALANCED_PAIRS.get(mark.char)! }, range: [mark.offset, mark.offset + 1], confidence: 0.8 });
    }
  };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (!BALANCE_KINDS.has(block.kind)) {
      reportUnclosed(carried);
      carried = [];
      continue;
    }
    const scan = scanPairs(text, block.start, block.end, { skip, open: carried });
    carried = [];
    for (const mark of scan.unopened) {
      if (isEnumerator(text, block, mark) || closesEarlier.has(mark.offset)) continue;
      report({ messageId: "unopened-mark", params: { mark: mark.char, expected: OPENING_OF.get(mark.char)! }, range: [mark.offset, mark.offset + 1], confidence: 0.8 });
    }
    const inherited = scan.unclosed.filter((m) => m.offset < block.start);
    const own = scan.unclosed.filter((m) => m.offset >= block.start && !reopenedOnNextLine(text, block.end, m));
    reportUnclosed(inherited);
    if (own.length === 0) continue;
    const next = blocks[b + 1];
    const continues = next !== undefined && BALANCE_KINDS.has(next.kind);
    // Chinese convention for a quotation of several paragraphs: every paragraph opens with “ and only
    // the last closes; the first may start mid-paragraph (修改为：“…). One open quote, reopened next: fine.
    const quotesOn = continues && own.length === 1 && QUOTE_OPENERS.has(own[0]!.char) && firstChar(next) === own[0]!.char;
    if (quotesOn) continue;
    if (continues && !endsClause(block)) {
      carried = own;
      continue;
    }
    // A quotation of several paragraphs that only its first opens and its last closes, as web pages
    // set amendments (修改为：⏎“…案件：⏎（一）…；⏎（二）…。”).
    const close = own.length === 1 ? closingOfQuotation(text, blocks, b, own[0]!, skip) : undefined;
    if (close !== undefined) closesEarlier.add(close);
    else reportUnclosed(own);
  }
  reportUnclosed(carried);
}

/** Most paragraphs after its first that a quotation closed only at its end runs over. */
const QUOTATION_PARAGRAPHS = 12;

/**
 * Where a later paragraph closes the quote `mark` left open at the end of `blocks[b]`: the first
 * closing quote of its kind that nothing in its paragraph opens, where no paragraph in between
 * leaves that quote open, within QUOTATION_PARAGRAPHS.
 */
function closingOfQuotation(text: string, blocks: readonly Block[], b: number, mark: MarkAt, skip: (offset: number) => boolean): number | undefined {
  if (!QUOTE_OPENERS.has(mark.char)) return undefined;
  const closer = BALANCED_PAIRS.get(mark.char)!;
  for (let k = b + 1; k < blocks.length && k <= b + QUOTATION_PARAGRAPHS; k++) {
    const block = blocks[k]!;
    if (!BALANCE_KINDS.has(block.kind)) return undefined;
    const scan = scanPairs(text, block.start, block.end, { skip });
    if (scan.unclosed.some((m) => m.char === mark.char)) return undefined;
    const close = scan.unopened.find((m) => m.char === closer);
    if (close !== undefined) return close.offset;
  }
  return undefined;
}

/**
 * The convention of a quotation of several paragraphs (every paragraph opens with “, only the
 * last closes) inside one block: text without blank lines between its paragraphs, as pdftotext
 * writes it, holds them as lines, each paragraph wrapped over one line or more. A quote left open
 * is such a paragraph when a later line of the block opens the same quote again and the line
 * before that one ends a clause (修改为：“…应当负⏎刑事责任。⏎“…。⏎“…。”).
 */
function reopenedOnNextLine(text: string, blockEnd: number, mark: MarkAt): boolean {
  if (!QUOTE_OPENERS.has(mark.char)) return false;
  for (let lineEnd = text.indexOf("\n", mark.offset); lineEnd >= 0 && lineEnd < blockEnd; lineEnd = text.indexOf("\n", lineEnd + 1)) {
    let next = lineEnd + 1;
    while (next < blockEnd && (text[next] === " " || text[next] === "\u3000" || text[next] === "\t")) next++;
    if (text[next] !== mark.char) continue;
    let i = lineEnd - 1;
    while (i > mark.offset && (text[i] === "\r" || text[i] === " " || text[i] === "\u3000")) i--;
    while (i > mark.offset && CLOSING_MARKS.has(text[i]!)) i--;
    return CLAUSE_END_PUNCTUATION.has(text[i]!);
  }
  return false;
}

/** `1）`, `a)`, `二）` opening a line or clause: an enumerator, not half of a pair. */
function isEnumerator(text: string, block: Block, mark: MarkAt): boolean {
  if (mark.char !== "）") return false;
  const before = text.slice(block.start, mark.offset);
  return /(?:^|[\s\u3000，。；：、])[0-9０-９a-zA-Zａ-ｚ一二三四五六七八九十]{1,3}$/u.test(before);
}

/** Chinese numerals as an enumerator at the start of a line: `一.` wants `、`, not `。` — leave it. */
const NUMERAL_ENUMERATOR = /(?:^|\n)[ \t\u3000]*[一二三四五六七八九十百零〇]{1,4}$/u;

/**
 * A half-width . ! ? closing a Chinese sentence at the end of a line or block, or
 * before a closing quote (…合作.⏎, …吗?”): the sentence is Chinese, so is its mark.
 * Runs such as "..." and "?!" are left alone.
 */
function endsChineseSentence(text: string, block: Block, i: number, left: string | undefined): boolean {
  const actual = text[i]!;
  if (actual !== "." && actual !== "!" && actual !== "?") return false;
  if (!left || !isIdeograph(left)) return false;
  let next = i + 1;
  while (next < block.end && CLOSING_QUOTES.has(text[next]!)) next++;
  return next >= block.end || text[next] === "\n" || text[next] === "\r";
}

const CLOSING_QUOTES = new Set(["”", "’", "」", "』", "）", "》"]);

function checkHalfWidth(text: string, block: Block, nonProse: RangeSet, report: Reporter, lost: ReadonlySet<number>): void {
  const parenPairs = fixableParenPairs(text, block, nonProse);
  for (const [open, close] of straightQuotePairs(text, block, nonProse)) {
    const quoted = text.slice(open + 1, close);
    report({ messageId: "straight-quotes", params: { quoted }, range: [open, close + 1], confidence: 0.9, fix: { range: [open, close + 1], text: `“${quoted}”` } });
  }
  for (let i = block.start; i < block.end; i++) {
    const code = text.charCodeAt(i);
    // Every half-width mark is below U+0040: the rest of the text is passed over before the set lookup.
    if (code >= 0x40 || !HALF_WIDTH_CODES.has(code)) continue;
    const actual = text[i]!;
    const expected = FULL_WIDTH.get(actual);
    // (A ? that stands for a lost character is encoding's: 朱?基.)
    if (!expected || nonProse.has(i) || lost.has(i)) continue;
    if (actual === "." && NUMERAL_ENUMERATOR.test(text.slice(block.start, i))) continue;
    const left = charBefore(text, i);
    // Latin typing habits: the mark may be followed by spaces ("中国, 人民"), which the full-width mark absorbs.
    let end = i + 1;
    if (actual !== "(" && actual !== ")" && actual !== ".") while (text[end] === " ") end++;
    const between = isChinese(left) && isChinese(charAt(text, end));
    if (between || parenPairs.has(i)) {
      const fix = { range: [i, between ? end : i + 1] as const, text: expected };
      report({ messageId: "half-width", params: { actual, expected }, range: [i, i + 1], confidence: actual === "." ? 0.8 : 0.95, fix });
    } else if (endsChineseSentence(text, block, i, left)) {
      report({ messageId: "half-width", params: { actual, expected }, range: [i, i + 1], confidence: 0.8, fix: { range: [i, i + 1], text: expected } });
    }
  }
}

const NEWLINE = 0x0a;
const OPEN_PAREN = 0x28;
const CLOSE_PAREN = 0x29;
const DOUBLE_QUOTE = 0x22;

/**
 * Straight double quotes around Chinese text in a Chinese sentence — `"行政执法"是指…`, from a PDF
 * font or a web editor that wrote “ ” as " — paired in order within a line: the [open, close]
 * offsets of each pair whose quoted text holds an ideograph and touches Chinese text outside
 * (`"WTO"`, `5"` and a line with an odd quote left over are left alone).
 */
function straightQuotePairs(text: string, block: Block, nonProse: RangeSet): [number, number][] {
  const pairs: [number, number][] = [];
  // (Every block is asked; few hold a straight quote.)
  if (!block.text.includes('"')) return pairs;
  let lineStart = block.start;
  for (let i = block.start; i <= block.end; i++) {
    if (i < block.end && text.charCodeAt(i) !== NEWLINE) continue;
    const quotes: number[] = [];
    for (let j = lineStart; j < i; j++) if (text.charCodeAt(j) === DOUBLE_QUOTE && !nonProse.has(j)) quotes.push(j);
    if (quotes.length % 2 === 0) {
      for (let k = 0; k < quotes.length; k += 2) {
        const open = quotes[k]!;
        const close = quotes[k + 1]!;
        if ([...text.slice(open + 1, close)].some(isIdeograph) && (isChinese(charBefore(text, open)) || isChinese(charAt(text, close + 1)))) pairs.push([open, close]);
      }
    }
    lineStart = i + 1;
  }
  return pairs;
}

/**
 * Half-width parentheses around Chinese text next to Chinese text — `中国(北京)`,
 * `(一)总则` — are fixed as a pair even when one side touches a line start or a
 * Latin word; `f(x)`, `(1)`, `(China)` are left alone.
 */
function fixableParenPairs(text: string, block: Block, nonProse: RangeSet): Set<number> {
  const fixable = new Set<number>();
  const stack: number[] = [];
  for (let i = block.start; i < block.end; i++) {
    // Code units, not a one-character string per character of the block.
    const code = text.charCodeAt(i);
    if (code === NEWLINE) stack.length = 0;
    if ((code !== OPEN_PAREN && code !== CLOSE_PAREN) || nonProse.has(i)) continue;
    if (code === OPEN_PAREN) {
      stack.push(i);
      continue;
    }
    const open = stack.pop();
    if (open === undefined) continue;
    const inner = text.slice(open + 1, i);
    const hasIdeograph = [...inner].some(isIdeograph);
    if (hasIdeograph && !/[()]/.test(inner) && (isChinese(charBefore(text, open)) || isChinese(charAt(text, i + 1)))) {
      fixable.add(open);
      fixable.add(i);
    }
  }
  return fixable;
}
