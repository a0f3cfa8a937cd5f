/** Message catalogue of the paragraph-split rule (categories paragraph-split and line-wrap). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "split-word": {
    category: "paragraph-split",
    severity: "error",
    zh: "段落分隔切断了词语“{word}”（{before}|{after}）：疑为分页造成的断段，应与下一段合并。",
    en: "The paragraph break cuts the word “{word}” ({before}|{after}): likely a page break; join it with the next paragraph.",
  },
  "split-sentence": {
    category: "paragraph-split",
    severity: "error",
    zh: "段落在句中断开（{before}|{after}）：本段未以句末标点结束，下一段接续其内容，应合并。",
    en: "The paragraph breaks off mid-sentence ({before}|{after}): it has no sentence-final punctuation and the next paragraph continues it; join them.",
  },
  "wrap-join": {
    category: "line-wrap",
    severity: "error",
    zh: "句中硬换行（{before}|{after}）：该行按版面宽度被折断，应与下一行合并。",
    en: "Hard line wrap mid-sentence ({before}|{after}): the line was broken at the page width; join it with the next line.",
  },
  "wrap-vertical": {
    category: "line-wrap",
    severity: "error",
    zh: "每行只有一个字（{text}）：疑为竖排文字被逐字断行，应连成一行。",
    en: "One character per line ({text}): vertical text extracted a character per line; join the lines.",
  },
  "wrap-paragraph-end": {
    category: "line-wrap",
    severity: "warning",
    zh: "段落结尾（{before}）后缺少空行：该行以句末标点结束且未排满，应在此分段。",
    en: "Paragraph end ({before}) without a blank line: the line ends a sentence short of the margin; start a new paragraph here.",
  },
  "wrap-after-heading": {
    category: "line-wrap",
    severity: "warning",
    zh: "章节标题（{before}）后缺少空行：标题应单独成段。",
    en: "Heading ({before}) without a blank line after it: a heading is a paragraph of its own.",
  },
  "wrap-paragraph-before-item": {
    category: "line-wrap",
    severity: "warning",
    zh: "段落结尾（{before}）后缺少空行：该行以句末标点结束，下一行以编号或条款开头，应在此分段。",
    en: "Paragraph end ({before}) without a blank line: the line ends a sentence and the next starts a list item or an article; start a new paragraph here.",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
