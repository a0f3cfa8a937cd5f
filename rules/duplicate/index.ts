/**
 * duplicate — repeated paragraphs, table rows, runs of blocks and signature
 * blocks, exact or near-exact (white space, full/half-width forms and
 * punctuation width do not count), with the first occurrence as related
 * location. Safe fix only for an exact copy right after its original (it
 * deletes the copy and the break before it: no text is lost); everything
 * else gets a deletion suggestion. And a long line written twice in a row
 * inside a block (doubled-lines.ts) and text with every character written
 * twice (fake bold: 关关于于加加强强…, doubled-glyphs.ts), both with safe fixes.
 */
import { getBlocks } from "../../src/doc/blocks.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { findDoubledGlyphs } from "./doubled-glyphs.js";
import { findDoubledLines } from "./doubled-lines.js";
import { findDuplicates, type Options as DuplicateOptions } from "./duplicates.js";
import { messages } from "./messages.js";

export interface Options extends CommonOptions, DuplicateOptions {}

export const meta: RuleMeta = {
  id: "duplicate",
  categories: ["duplicate"],
  fixable: true,
  description: {
    zh: "重复的段落、表格行、段落组和签名块（含空白、全半角差异），每个字都重复一遍的文字（仿粗体叠印）；紧邻原文的完全相同副本和叠印文字可安全修复。",
    en: "Repeated paragraphs, table rows, runs of blocks and signature blocks (also with white-space or width differences), and text with every character written twice (fake bold); an exact copy right after its original is safely deleted, doubled characters collapsed.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  const blocks = getBlocks(node, text);
  for (const finding of findDuplicates(blocks, text, options)) report(finding);
  for (const finding of findDoubledLines(blocks)) report(finding);
  for (const finding of findDoubledGlyphs(text)) report(finding);
});
