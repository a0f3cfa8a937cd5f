/**
 * Paragraph splits: a paragraph break that cuts a word or a sentence, as a page
 * break in the source PDF does (…不断拓 / 展海外公民…).
 */
import { isIdeograph } from "../../src/cjk/chars.js";
import { closesAcross } from "../../src/cjk/paired-marks.js";
import { joinsTwoWords, segmentIdeographs, wordAcross } from "../../src/cjk/word-across.js";
import { runningHeaderEnds } from "../../src/doc/page-furniture.js";
import type { Block } from "../../src/doc/blocks.js";
import {
  afterSectionMarker,
  endsMidSentence,
  endsSentence,
  hasChinese,
  hasNoClausePunctuation,
  isAddressLine,
  isAttachmentNote,
  isColumnRow,
  isDashLed,
  isDateLine,
  isDocumentNumberLine,
  isDocumentTitle,
  isLabelLine,
  isLoneSectionMarker,
  isNonStarter,
  isPageFurnitureLine,
  isSalutationLine,
  startsWithNewsDateline,
  isSignatureLine,
  joiner,
  snippetAfter,
  snippetBefore,
  startsListLike,
  startsMidSentence,
  startsWithSectionMarker,
} from "../../src/doc/paragraph-shape.js";
import type { FindingInput } from "../../src/rule-kit.js";
import type { MessageId } from "./messages.js";

/** Titles and headings in plain text (第一章　总则, （一）加强组织领导) are short; longer unpunctuated text is prose. */
const TITLE_LENGTH = 20;
const ARTICLE = /^第[〇零一二三四五六七八九十百千\d]+条/u;

/** The last paragraph of a block: its lines after the last one that ends a sentence. */
function lastParagraph(block: Block): string {
  const lines = block.lines.filter((line) => line.text.trim() !== "");
  let from = lines.length - 1;
  while (from > 0 && !endsSentence(lines[from - 1]!.text)) from--;
  return lines.slice(from).map((line) => line.text.trim()).join("");
}

/** The first paragraph of a block: its lines up to the first one that ends a sentence. */
function firstParagraph(block: Block): string {
  const lines = block.lines.filter((line) => line.text.trim() !== "");
  let to = 0;
  while (to < lines.length - 1 && !endsSentence(lines[to]!.text)) to++;
  return lines
    .slice(0, to + 1)
    .map((line) => line.text.replace(/\f/gu, "").trim())
    .join("");
}

function length(text: string): number {
  return [...text].length;
}

/** Does the text open with a sentence of at most four characters (重。 施行。)? */
function startsWithShortSentence(text: string): boolean {
  return /^[\p{Unified_Ideograph}]{1,4}[。！？；：]/u.test(text);
}

const NUMERAL = /[〇零一二三四五六七八九十百千万\d]/u;

/** A number cut in two (第三|百三十七条, 2157|万). */
function numberAcross(before: string, after: string): boolean {
  return NUMERAL.test([...before].at(-1) ?? "") && NUMERAL.test([...after][0] ?? "") && /[〇零一二三四五六七八九十百千万]/u.test(([...before].at(-1) ?? "") + ([...after][0] ?? ""));
}

/** Words that make a line a statement rather than a title or heading. */
const PREDICATES = new Set(["是", "不得", "应当", "应该", "可以", "必须", "已经", "能够", "未", "不", "将", "要", "应"]);

/** Does the text read as (part of) a sentence — a copula, modal or negation — rather than a title? */
function isSentenceLike(text: string): boolean {
  return segmentIdeographs([...text].filter((char) => isIdeograph(char))).some((word) => PREDICATES.has(word));
}

/**
 * A numbered heading of a report (一、统一思想，充分认识改革的重大意义; 七、交通、邮电和旅游; （一）依法惩治犯罪，
 * 全力维护社会和谐稳定): at most two phrases joined by a comma, items joined by 、, no other clause mark,
 * no predicate, and no longer than two titles.
 */
function isNumberedHeading(text: string): boolean {
  if (!startsWithSectionMarker(text) || ARTICLE.test(text) || isSentenceLike(text)) return false;
  const heading = afterSectionMarker(text);
  const phrases = heading.split("，");
  return length(heading) <= 2 * TITLE_LENGTH && phrases.length <= 2 && phrases.every((phrase) => phrase !== "" && !/[。；：！？,;:!?]/u.test(phrase));
}

const ITEM_END = /[，；、,;]$/u;

/**
 * A short item of an enumeration laid out one per paragraph (组成： / 委员长， / 副委员长若干人， / …。):
 * it ends with a clause mark and follows an introducing colon or another such item.
 */
function isEnumerationItem(blocks: Block[], i: number, before: string): boolean {
  if (!ITEM_END.test(before) || length(before) > TITLE_LENGTH) return false;
  const previous = blocks[i - 1];
  if (!previous || previous.kind !== "paragraph") return false;
  const prior = lastParagraph(previous);
  return /[：:]$/u.test(prior) || (ITEM_END.test(prior) && length(prior) <= TITLE_LENGTH);
}

export function findParagraphSplits(blocks: Block[], text: string): FindingInput[] {
  const findings: FindingInput[] = [];
  const headerEnds = runningHeaderEnds(text, blocks);
  for (let i = 0; i + 1 < blocks.length; i++) {
    const a = blocks[i]!;
    const b = blocks[i + 1]!;
    if (a.kind !== "paragraph" || b.kind !== "paragraph") continue;
    const before = lastParagraph(a);
    const after = firstParagraph(b);
    // The lines either side of the break decide what kind of line it is (signature, date, label…).
    const lastLineOfA = a.lines.filter((line) => line.text.trim() !== "").at(-1);
    const firstLineOfB = b.lines.find((line) => line.text.trim() !== "");
    const lastLine = lastLineOfA?.text.trim() ?? "";
    const firstLine = firstLineOfB?.text.replace(/\f/gu, "").trim() ?? "";
    if (before === "" || after === "" || endsSentence(before) || endsSentence(lastLine)) continue;
    // Only Chinese prose; page numbers, URLs and orphan markers belong to other rules.
    if (!hasChinese(before) || !hasChinese(after)) continue;
    if (isPageFurnitureLine(lastLine) || isPageFurnitureLine(firstLine)) continue;
    // A running header (重庆市宗教事务条例 on every page) ends no sentence of the text.
    if ((lastLineOfA && headerEnds.has(lastLineOfA.end)) || (firstLineOfB && headerEnds.has(firstLineOfB.end))) continue;
    if (isLoneSectionMarker(lastLine) || isLoneSectionMarker(firstLine) || startsListLike(firstLine)) continue;
    // A news dateline (新华社曼谷8月28日电…) opens a story: what stands above it is a headline or another story.
    if (startsWithNewsDateline(firstLine)) continue;
    // A speech's address (尊敬的…阁下，) ends with a comma on a line of its own; the next line addresses others or opens the speech.
    if (isAddressLine(lastLine) && !startsMidSentence(after)) continue;

    const word = wordAcross(before, after);
    const aMid = endsMidSentence(before);
    const bMid = startsMidSentence(after);
    const quote = closesAcross(before, after);
    // Evidence that the second paragraph cannot start a paragraph of its own.
    const strong = bMid || quote;
    // A sentence of a few characters (重。 施行。) is the tail of one cut off the previous page; a
    // salutation (各位代表：) on its own line is none, nor a label opening a numbered section
    // (一、出让地块基本情况 / 地块编号：…).
    const sectionLabel = /^\p{Unified_Ideograph}{1,4}[：:]/u.test(after) && startsWithSectionMarker(before);
    const tail = (startsWithShortSentence(after) && !isSalutationLine(firstLine) && !sectionLabel) || numberAcross(before, after);

    const first = [...after][0]!;
    // A paragraph may open with a marker such as （一）, excluded above, but not with any other bracket.
    const continues = isIdeograph(first) || isNonStarter(first) || first === "（" || first === "(" || aMid || quote;
    if (!continues) continue;

    // Lines that legitimately end without a full stop.
    if ((isDateLine(lastLine) || isDateLine(firstLine)) && !(strong || word || tail)) continue;
    // A title above its document number (…若干问题的解释 / 法释〔2023〕13号): a word across the break is chance (释法).
    if (isDocumentNumberLine(firstLine) && !strong) continue;
    // An official document's attachment note (附件：1．…名单 / 2．…清单) lists titles; a table's row ends no sentence.
    if ((isAttachmentNote(a.text) || isColumnRow(lastLine)) && !strong) continue;
    // Address and contact blocks: each "label：value" line is complete.
    if ((isLabelLine(lastLine) || isLabelLine(firstLine)) && !(strong || aMid)) continue;
    if (isDashLed(before) && hasNoClausePunctuation(before) && !strong) continue;
    if (isEnumerationItem(blocks, i, before) && !(word || quote)) continue;
    // Signatures, names, titles and headings end without a full stop too: they
    // need a word across the break or a clearly unfinished sentence. (A heading's
    // marker may hold a mark of its own: 一、总体要求.)
    const titleLike =
      // (A title may be set over two lines: the whole block is the title.)
      (isDocumentTitle(before) && !a.lines.some((line) => endsSentence(line.text))) ||
      isNumberedHeading(before) ||
      (hasNoClausePunctuation(afterSectionMarker(before)) &&
        !isSentenceLike(before) &&
        // An article (第五条　…) runs on; only 第一章 总则, （一）加强组织领导 and the like are headings.
        !ARTICLE.test(before) &&
        (i === 0 || isSignatureLine(lastLine) || isSignatureLine(firstLine) || length(before) <= TITLE_LENGTH));
    // A letter's closing (此致 / 敬礼！) looks like one word, or a tail, over two short lines.
    const closing = length(before) <= 4 && length(after) <= 4;
    // After a numbered heading, a dictionary phrase of two whole words across the break is chance
    // (一、2023年工作回顾|过去一年); after other short text it may be a page break (省级人民|政府).
    const cutWord = word !== null && !(startsWithSectionMarker(before) && joinsTwoWords(word));
    if (titleLike && !(strong || aMid || ((cutWord || tail) && !closing))) continue;

    // The break: from the end of the first paragraph's text to the start of the next one's.
    const breakStart = a.start + a.text.trimEnd().length;
    const lead = /^[\s\f]*/u.exec(b.text)![0].length;
    const breakEnd = b.start + lead;
    const left = snippetBefore(text, breakStart);
    const right = snippetAfter(text, breakEnd);
    const messageId: MessageId = word ? "split-word" : "split-sentence";
    const clear = aMid || strong || tail;
    const confidence = Math.min(0.98, (word ? 0.92 : clear ? 0.8 : 0.55) + (quote ? 0.05 : 0));
    findings.push({
      messageId,
      params: { word: word?.word ?? "", before: left, after: right },
      range: [breakStart - 1, Math.min(text.length, breakEnd + 1)],
      confidence,
      severity: word || clear ? "error" : "warning",
      fix: { range: [breakStart, breakEnd], text: joiner([...left].at(-1), [...right][0]) },
    });
  }
  return findings;
}
