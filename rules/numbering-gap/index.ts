/**
 * numbering-gap — enumeration sequences (一、 （一） 1. （1） ① 第X条 第X章 …)
 * that skip, repeat or reorder numbers, per document and per parent section:
 * markers lost or mangled in extraction. No safe fix for those (the lost
 * marker's place is a guess); a marker the count expects that runs on after a
 * sentence's end (…全市。第二章　管理) gets its lost paragraph break back.
 */
import { getBlocks } from "../../src/doc/blocks.js";
import { structureOf } from "../../src/doc/documents.js";
import { preferredEol } from "../../src/doc/lines.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { findNumberingGaps } from "./gaps.js";
import { messages } from "./messages.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "numbering-gap",
  categories: ["numbering-gap", "garbled"],
  fixable: true,
  description: {
    zh: "编号序列（一、（一）1.（1）① 第X条 第X章等）缺号、重号或顺序错乱，按文档和上级章节分别检查；接在上一段句末的编号另起一段。",
    en: "Enumeration sequences (一、 （一） 1. （1） ① 第X条 第X章 …) with missing, repeated or out-of-order numbers, checked per document and per parent section; a marker run into the previous paragraph gets its paragraph break back.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const blocks = getBlocks(node, text);
  let lineBreak: string | undefined;
  const eol = () => (lineBreak ??= preferredEol(text));
  for (const doc of structureOf(blocks, text.length)) for (const finding of findNumberingGaps(doc, blocks, text, eol)) report(finding);
});
