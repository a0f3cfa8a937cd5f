/**
 * paragraph-split — paragraph breaks and line breaks that cut a word or a
 * sentence: page-break artefacts (category paragraph-split) and hard-wrapped
 * lines inside a paragraph (category line-wrap). Safe fix: join the two sides,
 * or make a paragraph end a blank-line paragraph break.
 */
import { getBlocks, syntaxOf } from "../../src/doc/blocks.js";
import { splitAtFormFeeds } from "../../src/doc/form-feeds.js";
import { preferredEol } from "../../src/doc/lines.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { findLineWraps } from "./line-wraps.js";
import { messages } from "./messages.js";
import { findParagraphSplits } from "./paragraph-splits.js";

export interface Options extends CommonOptions {
  /** Also look for hard-wrapped lines inside paragraphs (category line-wrap). Default true. */
  lineWrap?: boolean;
}

export const meta: RuleMeta = {
  id: "paragraph-split",
  categories: ["paragraph-split", "line-wrap"],
  fixable: true,
  description: {
    zh: "段落或行在词语、句子中间断开（分页断段、版面硬换行），安全修复为合并两侧或恢复分段。",
    en: "Paragraph or line breaks that cut a word or sentence (page-break splits, hard wraps); the safe fix joins the two sides or restores the paragraph break.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  const blocks = splitAtFormFeeds(getBlocks(node, text), text);
  for (const finding of findParagraphSplits(blocks, text)) report(finding);
  if (options?.lineWrap === false) return;
  for (const finding of findLineWraps(blocks, text, syntaxOf(node), preferredEol(text))) report(finding);
});
