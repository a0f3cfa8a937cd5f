/**
 * variant — Traditional characters stray in a Simplified document, and the
 * reverse. OCR engines and PDF fonts with a Traditional glyph set, or text
 * pasted from a Hong Kong/Taiwan source, leave 發展 or 國家 in 发展/国家 prose.
 *
 * Each document (a file may hold several) takes the script most of its
 * single-script characters use; words in the other script are converted back
 * phrase-aware with OpenCC, and the fix is safe only when the mapping is
 * one-to-one in context.
 */
import { isInsidePair, QUOTE_OPENERS, scanPairs } from "../../src/cjk/paired-marks.js";
import { getScriptVariants, otherScript, type Script, type ScriptVariants, type VariantChange } from "../../src/cjk/script-variants.js";
import { wordSpans, widenToWords, type WordSpan } from "../../src/cjk/word-spans.js";
import { getBlocks, type Block } from "../../src/doc/blocks.js";
import { splitDocuments } from "../../src/doc/documents.js";
import { getNonProseRanges, type RangeSet } from "../../src/doc/non-prose.js";
import { documentRule, type CommonOptions, type Reporter } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { messages } from "./messages.js";

export const meta: RuleMeta = {
  id: "variant",
  categories: ["variant"],
  fixable: true,
  description: {
    zh: "简体文本中混入繁体字，或繁体文本中混入简体字",
    en: "Traditional characters in Simplified text, or the reverse",
  },
};

export type Options = CommonOptions;

/** Titles and quotations may keep a source's own script (《…》 of a Taiwanese work, a Hong Kong body's name). */
const TITLE_OR_QUOTE = new Set([...QUOTE_OPENERS, "《", "〈"]);
const CHECKED_KINDS = new Set<Block["kind"]>(["paragraph", "list-item", "quote", "heading", "table-row"]);
/** A block with at least this many characters of the other script, and more of them than of the document's, is a passage, not a stray word. */
const PASSAGE_MIN = 4;

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const blocks = getBlocks(node, text).filter((b) => CHECKED_KINDS.has(b.kind));
  if (blocks.length === 0) return;
  const variants = getScriptVariants();
  const nonProse = getNonProseRanges(node, text);
  for (const document of splitDocuments(blocks, text.length)) {
    const counts = { simplified: 0, traditional: 0 };
    for (const block of document.blocks) {
      const c = variants.scriptCounts(text, block.start, block.end);
      counts.simplified += c.simplified;
      counts.traditional += c.traditional;
    }
    // Ties go to Simplified: jiaodui's documents are mainland official texts.
    const script: Script = counts.traditional > counts.simplified ? "traditional" : "simplified";
    for (const block of document.blocks) checkBlock(text, block, script, variants, nonProse, report);
  }
});

function checkBlock(text: string, block: Block, script: Script, variants: ScriptVariants, nonProse: RangeSet, report: Reporter): void {
  const other = otherScript(script);
  const counts = variants.scriptCounts(text, block.start, block.end);
  if (counts[other] >= PASSAGE_MIN && counts[other] > counts[script]) {
    const scriptName = report.locale === "en" ? (other === "traditional" ? "Traditional" : "Simplified") : other === "traditional" ? "繁体字" : "简体字";
    report({ messageId: "passage-in-other-script", params: { script: scriptName }, range: [block.start, block.end], confidence: 0.5 });
    return;
  }
  if (counts[other] === 0) return;
  const changes = variants.changes(text, script, block.start, block.end);
  // A group is a finding only if it holds a character that cannot belong to the document's script.
  const groups = groupChanges(changes).filter((g) => {
    const source = g.map((c) => c.source).join("");
    return [...source].some((c) => variants.isOnly(c, other)) && !nonProse.overlaps(g[0]!.start, g.at(-1)!.end);
  });
  if (groups.length === 0) return;
  const pairs = scanPairs(text, block.start, block.end);
  // Report whole words (總商會, not 總 and 會): segment the block's converted form, whose
  // boundaries are those of the original (conversion keeps positions) but which the segmenter knows.
  const converted = variants.convert(text.slice(block.start, block.end), script);
  const words = wordSpans(converted, block.start);
  for (const { start, end } of mergeOverlapping(groups.map((g) => widenToWords(words, g[0]!.start, g.at(-1)!.end)))) {
    const inside = changes.filter((c) => c.start < end && start < c.end);
    const actual = text.slice(start, end);
    const expected = converted.slice(start - block.start, end - block.start);
    const suggestions = [{ messageId: "convert-suggestion", params: { expected }, range: [start, end] as const, text: expected }];
    if (isInsidePair(pairs, start, TITLE_OR_QUOTE)) {
      report({ messageId: "quoted-variant", params: { actual, expected }, range: [start, end], confidence: 0.4, suggestions });
      continue;
    }
    const safe = inside.every((c) => variants.isUnambiguous(c, script));
    report({
      messageId: script === "simplified" ? "traditional-in-simplified" : "simplified-in-traditional",
      params: { actual, expected },
      range: [start, end],
      confidence: safe ? 0.9 : 0.75,
      ...(safe ? { fix: { range: [start, end] as const, text: expected } } : { suggestions }),
    });
  }
}

function mergeOverlapping(spans: WordSpan[]): WordSpan[] {
  const merged: WordSpan[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Adjacent changes form one word-sized finding (國際關係 → 国际关系, not four). */
function groupChanges(changes: VariantChange[]): VariantChange[][] {
  const groups: VariantChange[][] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (last && last.at(-1)!.end === change.start) last.push(change);
    else groups.push([change]);
  }
  return groups;
}
