/**
 * orphan-marker — an enumeration marker standing alone as a paragraph or line
 * (五、 / 第五条 / （三）) whose text follows in the next paragraph. Safe fix:
 * join the marker to its text.
 */
import { getBlocks } from "../../src/doc/blocks.js";
import { structureOf } from "../../src/doc/documents.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { messages } from "./messages.js";
import { findOrphanMarkers } from "./orphans.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "orphan-marker",
  categories: ["orphan-marker"],
  fixable: true,
  description: {
    zh: "编号（五、 第五条 （三）等）单独成段，正文在下一段；安全修复为将编号与正文合并。",
    en: "Enumeration markers (五、 第五条 （三） …) standing alone with their text in the next paragraph; the safe fix joins them.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const blocks = getBlocks(node, text);
  for (const doc of structureOf(blocks, text.length)) for (const finding of findOrphanMarkers(doc, blocks, text)) report(finding);
});
