/**
 * truncation — a document or paragraph that stops mid-sentence at the end of
 * the file, before a heading, numbered paragraph, table, signature block or the
 * next document; names the likely continuation when it sits elsewhere in the
 * file. No safe fix.
 */
import { getBlocks } from "../../src/doc/blocks.js";
import { structureOf } from "../../src/doc/documents.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { messages } from "./messages.js";
import { findTruncations, PLACES } from "./truncations.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "truncation",
  categories: ["truncation"],
  fixable: false,
  description: {
    zh: "文档或段落在句中结束（文件末尾、标题、表格、落款或下一篇文档之前），并指出文件中可能的续文。",
    en: "Documents or paragraphs that stop mid-sentence (at the end of the file, before a heading, table, signature or the next document), with the likely continuation found elsewhere in the file.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const blocks = getBlocks(node, text);
  const placeName = (p: keyof typeof PLACES) => (report.locale === "en" ? PLACES[p].en : PLACES[p].zh);
  for (const finding of findTruncations(structureOf(blocks, text.length), blocks, text, placeName)) report(finding);
});
