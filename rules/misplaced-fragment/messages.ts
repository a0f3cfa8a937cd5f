/** Message catalogue of the misplaced-fragment rule. */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "continues-tail": {
    category: "misplaced-fragment",
    severity: "error",
    zh: "{where}中的这段正文（{head}…）不属于此处：它接续第{line}行“…{tail}”（{evidence}），应移至该处。",
    en: "This prose in {where} ({head}…) does not belong here: it continues “…{tail}” on line {line} ({evidence}); move it there.",
  },
  "follows-fragment": {
    category: "misplaced-fragment",
    severity: "error",
    zh: "{where}中的这段正文（{head}…）与上一段一同错位：应按原顺序移至第{line}行“…{tail}”之后（第{order}段）。",
    en: "This prose in {where} ({head}…) was displaced together with the one before it: move it after “…{tail}” on line {line}, in order (part {order}).",
  },
  "no-destination": {
    category: "misplaced-fragment",
    severity: "warning",
    zh: "{where}中出现正文句子（{head}…）：其余单元格均为简短标签，疑为错位片段，未找到其原位置。",
    en: "A sentence ({head}…) sits in {where} whose other cells are short labels: probably a displaced fragment; its original place was not found.",
  },
  // Parts of messages and related locations.
  "where-signature-table": { category: "misplaced-fragment", severity: "info", zh: "签名/日期表格", en: "a signature/date table" },
  "where-table": { category: "misplaced-fragment", severity: "info", zh: "表格", en: "a table of labels" },
  "where-after-signature": { category: "misplaced-fragment", severity: "info", zh: "落款之后", en: "the text after a signature block" },
  "evidence-word": { category: "misplaced-fragment", severity: "info", zh: "接合后构成“{word}”", en: "joined they form “{word}”" },
  "evidence-sentence": { category: "misplaced-fragment", severity: "info", zh: "该处在句中断开", en: "that text breaks off mid-sentence" },
  "evidence-unterminated": { category: "misplaced-fragment", severity: "info", zh: "该处缺句末标点", en: "that text has no sentence-final punctuation" },
  destination: {
    category: "misplaced-fragment",
    severity: "info",
    zh: "错位片段的原位置：接在“…{tail}”之后。",
    en: "Where the displaced fragment belongs: after “…{tail}”.",
  },
  "previous-part": { category: "misplaced-fragment", severity: "info", zh: "同一错位片段的上一段。", en: "The previous part of the same displaced fragment." },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
