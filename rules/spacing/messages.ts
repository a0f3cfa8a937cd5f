/** Message catalogue of the spacing rule (zh-CN and English). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  /** ASCII/NBSP/U+2000–U+200A space between Chinese characters: safe fix removes it. */
  spaceInChinese: {
    category: "spacing",
    severity: "error",
    zh: "中文字符之间有多余空白（{space}），应删除。",
    en: "Spurious white space ({space}) between Chinese characters; remove it.",
  },
  /** Every character of a short run separated by spaces: safe fix collapses the run. */
  letterSpaced: {
    category: "spacing",
    severity: "error",
    zh: "“{text}”逐字加了空格（排版字距），应为“{collapsed}”。",
    en: 'Letter-spaced "{text}" (typographic spacing left by extraction); expected "{collapsed}".',
  },
  /** A wide gap or title separator in a line without punctuation: no safe fix. */
  twoColumns: {
    category: "spacing",
    severity: "error",
    zh: "第 {line} 行起的一页为双栏版面，{count} 行里左右两栏的文字被逐行合并到同一行：请按栏重新提取（如 pdftotext 不加 -layout），不要删除栏间空白或合并行。",
    en: "From line {line}, a page set in two columns was read line by line ({count} lines hold both columns): extract it again column by column (pdftotext without -layout); do not delete the gutters or join the lines.",
  },
  columnGap: {
    category: "spacing",
    severity: "error",
    zh: "正文行中的大段空白（{space}）：疑为双栏版面被逐行合并，左右两栏（或两段）的文字交错在同一行；请对照原文分开，不要直接删除空白。",
    en: "A wide gap ({space}) inside a prose line: two columns (or paragraphs) read line by line into one; separate them from the source rather than deleting the gap.",
  },
  layoutGap: {
    category: "spacing",
    severity: "warning",
    zh: "无标点行中的空白（{space}），可能是版面分栏、落款或标题分隔，请人工确认。",
    en: "White space ({space}) in a line without punctuation: possibly layout columns, a signature block or a title separator; check by hand.",
  },
  suggestRemove: {
    category: "spacing",
    severity: "info",
    zh: "删除空白",
    en: "Remove the white space",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
