/**
 * misplaced-fragment — prose that does not belong where it sits: sentences in
 * a signature/date table or another table of short labels, and prose after a
 * signature block that continues another document. The destination (the
 * dangling tail the fragment continues) is given in the message and as a
 * related location. No safe fix: moving text is never safe; the relocation
 * plan (src/doc/relocation.ts) is for a repair command to apply.
 */
import { getBlocks } from "../../src/doc/blocks.js";
import { LineIndex } from "../../src/doc/lines.js";
import { snippetAfter, snippetBefore } from "../../src/doc/paragraph-shape.js";
import { findFragments } from "../../src/doc/relocation.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { messages } from "./messages.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "misplaced-fragment",
  categories: ["misplaced-fragment"],
  fixable: false,
  description: {
    zh: "错位片段：签名/日期表格或标签表格中的正文句子、落款之后接续其他文档的内容；给出其原位置（悬空的句尾）。",
    en: "Displaced fragments: prose inside signature/date or label tables, or after a signature block, continuing another document; the finding names where it belongs (the dangling tail).",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const lines = new LineIndex(text);
  for (const fragment of findFragments(getBlocks(node, text), text)) {
    const where = report.message(fragment.where === "after-signature" ? "where-after-signature" : fragment.signatureTable ? "where-signature-table" : "where-table");
    const destination = fragment.destination;
    fragment.parts.forEach((part, k) => {
      const head = snippetAfter(part.content, 0, 8);
      if (!destination) {
        report({ messageId: "no-destination", params: { where, head }, range: part.range, confidence: 0.5 });
        return;
      }
      const tail = snippetBefore(text, destination.offset, 8);
      const line = lines.position(destination.offset).line;
      const tailRange = [Math.max(destination.tail[0], destination.offset - tail.length), destination.offset] as const;
      const related = [{ messageId: "destination", params: { tail }, range: tailRange }];
      if (k === 0) {
        const evidence = report.message(`evidence-${destination.evidence}`, { word: destination.word ?? "" });
        report({
          messageId: "continues-tail",
          params: { where, head, tail, line, evidence },
          range: part.range,
          confidence: destination.confidence,
          severity: destination.evidence === "unterminated" ? "warning" : "error",
          related,
        });
      } else {
        const previous = fragment.parts[k - 1]!.range;
        report({
          messageId: "follows-fragment",
          params: { where, head, tail, line, order: k + 1 },
          range: part.range,
          confidence: destination.confidence,
          severity: destination.evidence === "unterminated" ? "warning" : "error",
          related: [...related, { messageId: "previous-part", range: previous }],
        });
      }
    });
  }
});
