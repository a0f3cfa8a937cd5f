/**
 * idiom-variant — four-character idioms and set phrases with one character
 * changed (并行不停 → 并行不悖). Category garbled; the idiom is offered as an
 * unsafe suggestion (no safe fix: the writer may have meant something else).
 */
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { chineseRunBounds, getParsedDocument } from "../../src/nlp/document.js";
import { DEFAULT_MIN_GAIN, findIdiomMisses } from "./detect.js";
import { messages } from "./messages.js";

export interface Options extends CommonOptions {
  /** How much more plausible (nats) the idiom must read in context (default 10). Higher = fewer reports. */
  minGain?: number;
}

export const meta: RuleMeta = {
  id: "idiom-variant",
  categories: ["garbled"],
  fixable: false,
  description: {
    zh: "成语或固定搭配中错了一个字（并行不停→并行不悖），给出原成语作为建议。",
    en: "Idioms and set phrases with one character changed (并行不停 → 并行不悖); the idiom is offered as a suggestion.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  if (!/\p{Unified_Ideograph}/u.test(text)) return;
  const parsed = getParsedDocument(node, text);
  const runs: number[] = [];
  for (const sentence of parsed.sentences) chineseRunBounds(sentence, runs);
  for (const miss of findIdiomMisses(runs, text, getCharModel(), options?.minGain ?? DEFAULT_MIN_GAIN)) {
    if (parsed.nonProse.overlaps(miss.start, miss.end)) continue;
    let q = 0;
    while (miss.actual[q] === miss.expected[q]) q++;
    report({
      messageId: "idiom-variant",
      params: { actual: miss.actual, expected: miss.expected, wrong: miss.actual[q]!, right: miss.expected[q]! },
      range: [miss.start, miss.end],
      confidence: Math.min(0.9, 0.5 + miss.gain / 60),
      suggestions: [{ messageId: "use-idiom", params: { expected: miss.expected }, range: [miss.start, miss.end], text: miss.expected }],
    });
  }
});
