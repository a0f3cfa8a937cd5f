/**
 * A line written twice in a row inside a block (…加强组织领导， / …加强组织领导，):
 * a PDF with an OCR text layer over its own text, or two overlapping text
 * objects, gives every line twice, and a page without blank lines is one block,
 * so the block comparison never sees it. Safe fix: delete the copy line.
 *
 * Prose repeats short lines on purpose (a refrain, 委员若干人) but not a long one
 * right after itself: from MIN_LINE_IDEOGRAPHS ideographs on.
 */
import { countIdeographs } from "../../src/cjk/chars.js";
import type { Block } from "../../src/doc/blocks.js";
import { snippetAfter } from "../../src/doc/paragraph-shape.js";
import type { FindingInput } from "../../src/rule-kit.js";

/** Ideographs a line needs for its immediate repeat to be a copy. */
export const MIN_LINE_IDEOGRAPHS = 8;

export function findDoubledLines(blocks: readonly Block[]): FindingInput[] {
  const findings: FindingInput[] = [];
  for (const block of blocks) {
    if (block.kind !== "paragraph" && block.kind !== "list-item" && block.kind !== "quote") continue;
    const lines = block.lines;
    for (let i = 1; i < lines.length; i++) {
      const original = lines[i - 1]!;
      const copy = lines[i]!;
      const content = copy.text.trim();
      if (content !== original.text.trim() || countIdeographs(content) < MIN_LINE_IDEOGRAPHS) continue;
      findings.push({
        messageId: "adjacent-line",
        params: { head: snippetAfter(content, 0, 10) },
        range: [copy.start, copy.start + copy.text.trimEnd().length],
        confidence: 0.95,
        severity: "error",
        fix: { range: [original.end, copy.end], text: "" },
        related: [{ messageId: "first-occurrence", range: [original.start, original.start + original.text.trimEnd().length] }],
      });
      i++;
    }
  }
  return findings;
}
