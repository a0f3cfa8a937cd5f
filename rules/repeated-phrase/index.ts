/**
 * repeated-phrase — a phrase of six or more characters pasted twice within a
 * sentence or adjacent sentences, and alternatives joined by a slash inside
 * Chinese prose (条约/政治承诺). Category garbled. Removing the second copy is
 * offered as an unsafe suggestion: which copy is the stray one needs a human.
 */
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { getParsedDocument } from "../../src/nlp/document.js";
import { offsets } from "../../src/nlp/parse-chinese.js";
import { wrapCutsWordAt } from "../../src/cjk/word-across.js";
import { DEFAULT_REPEAT_OPTIONS, findRepeats, findSlashAlternatives } from "./detect.js";
import { messages } from "./messages.js";

export interface Options extends CommonOptions {
  /** Minimum length of a repeated phrase (characters; default 6). */
  minLength?: number;
  /** Largest gap between the two copies (characters; default 6). */
  maxGap?: number;
  /** Largest gap at which a copy whose edges cut words is still reported (characters; default 60). */
  maxEdgeGap?: number;
  /** Also report slash-joined alternatives (default true). */
  slash?: boolean;
}

export const meta: RuleMeta = {
  id: "repeated-phrase",
  categories: ["garbled"],
  fixable: false,
  description: {
    zh: "同一句或相邻句中紧接着重复的六字以上短语（复制粘贴、提取重复），以及中文行文中以斜杠并列的两种说法。",
    en: "Phrases of six or more characters repeated right after themselves within a sentence or adjacent sentences, and slash-joined alternatives in Chinese prose.",
  },
};

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  if (!/\p{Unified_Ideograph}/u.test(text)) return;
  const parsed = getParsedDocument(node, text);
  const settings = {
    minLength: options?.minLength ?? DEFAULT_REPEAT_OPTIONS.minLength,
    maxGap: options?.maxGap ?? DEFAULT_REPEAT_OPTIONS.maxGap,
    maxEdgeGap: options?.maxEdgeGap ?? DEFAULT_REPEAT_OPTIONS.maxEdgeGap,
  };
  const reported = new Set<number>();
  for (const paragraph of parsed.paragraphs) {
    const sentences = paragraph.children.filter((c) => c.type === "SentenceNode");
    for (let i = 0; i < sentences.length; i++) {
      const [from] = offsets(sentences[i]!);
      const [, to] = offsets(sentences[Math.min(i + 1, sentences.length - 1)]!);
      for (const r of findRepeats(text, from, to, settings)) {
        if (reported.has(r.start) || parsed.nonProse.overlaps(r.firstStart, r.end)) continue;
        // A copy after a gap whose edge a hard wrap cut off a word (公司承担民事责|任后) is repeated wording the wrap made look pasted.
        if (r.gap > 0 && wrapCutsWordAt(text, r.start, r.end)) continue;
        reported.add(r.start);
        report({
          // Far from its first copy only the edges tell, and the message says so.
          messageId: r.gap === 0 ? "repeated-phrase" : r.gap <= settings.maxGap ? "repeated-after-gap" : "pasted-into-words",
          params: { phrase: r.phrase },
          range: [r.start, r.end],
          confidence: r.gap === 0 ? 0.85 : 0.7,
          severity: r.gap === 0 ? "error" : "warning",
          related: [{ messageId: "first-copy", range: [r.firstStart, r.firstStart + r.phrase.length] }],
          suggestions: [{ messageId: "remove-copy", params: { phrase: r.phrase }, range: [r.start, r.end], text: "" }],
        });
      }
      if (options?.slash === false) continue;
      const [sFrom, sTo] = offsets(sentences[i]!);
      for (const s of findSlashAlternatives(text, sFrom, sTo)) {
        // Show the words next to the slash (at most four characters each side).
        const left = s.left.slice(-4);
        const right = s.right.slice(0, 4);
        if (parsed.nonProse.overlaps(s.start - left.length, s.end + right.length)) continue;
        report({ messageId: "slash-alternative", params: { left, right }, range: [s.start - left.length, s.end + right.length], confidence: 0.4 });
      }
    }
  }
});
