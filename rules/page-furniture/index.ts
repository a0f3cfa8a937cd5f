/**
 * page-furniture: page numbers, running headers/footers and form feeds that
 * PDF extraction leaves in the text (and a web page's buttons and metadata
 * lines that HTML extraction leaves), and footnote reference numbers glued to
 * the prose (发展¹，, 发展1，). Unambiguous furniture lines are removed (whole
 * line with its line ending); the paragraph a page break cut is left for the
 * paragraph-split and line-wrap rules to join; a footnote number gets a
 * suggestion only (its footnote may need to move, not go).
 */
import { getBlocks } from "../../src/doc/blocks.js";
import { findFootnoteMarkers } from "../../src/doc/footnote-markers.js";
import { pageFurnitureOf, removalRanges, type FurnitureLine, type FurnitureOptions } from "../../src/doc/page-furniture.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { messages, type MessageId } from "./messages.js";

export interface Options extends CommonOptions, FurnitureOptions {}

export const meta: RuleMeta = {
  id: "page-furniture",
  categories: ["page-furniture"],
  fixable: true,
  description: {
    zh: "PDF 提取残留的页码、页眉页脚、换页符和混入正文的脚注编号，网页提取残留的按钮和页面信息",
    en: "Page numbers, running headers/footers, form feeds and footnote numbers left in the prose by PDF extraction; a web page's buttons and metadata left by HTML extraction",
  },
};

/** Show furniture without its form feed and padding; cap long lines. */
function shown(text: string): string {
  const t = text.replace(/\f/g, "").trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

function messageIdOf(f: FurnitureLine): MessageId {
  if (f.kind === "form-feed") return "formFeed";
  if (f.kind === "web-page") return f.safe ? "webPage" : "possibleWebPage";
  if (f.kind === "running-header") return f.safe ? "runningHeader" : "possibleRunningHeader";
  return f.safe ? "pageNumber" : "possiblePageNumber";
}

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  const { lines, furniture, strayFormFeeds } = pageFurnitureOf(text, getBlocks(node, text), options);
  const safe = [...furniture.values()].filter((f) => f.safe);
  const ranges = removalRanges(text, lines, safe.map((f) => f.index));
  for (const f of furniture.values()) {
    const lineRange = [f.line.start, f.line.end] as const;
    const removeLine = [f.line.start, f.line.end + f.line.eol.length] as const;
    report({
      messageId: messageIdOf(f),
      params: { text: shown(f.line.text), count: f.repeats ?? 1 },
      range: lineRange,
      confidence: f.confidence,
      fix: f.safe ? { range: ranges.get(f.index)!, text: "" } : undefined,
      suggestions: f.safe ? undefined : [{ messageId: "removeLine", range: removeLine, text: "" }],
    });
  }
  for (const marker of findFootnoteMarkers(text)) {
    const range = [marker.start, marker.end] as const;
    report({
      messageId: marker.superscript ? "footnoteMarker" : "possibleFootnoteMarker",
      params: { text: text.slice(marker.start, marker.end) },
      range,
      confidence: marker.superscript ? 0.85 : 0.6,
      suggestions: [{ messageId: "removeMarker", range, text: "" }],
    });
  }
  for (const offset of strayFormFeeds) {
    report({ messageId: "formFeed", range: [offset, offset + 1], confidence: 1, fix: { range: [offset, offset + 1], text: "" } });
  }
});
