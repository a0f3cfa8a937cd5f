/**
 * Form feeds as block boundaries.
 *
 * pdftotext ends every page with a form feed (\f), usually at the start of the
 * next page's first line, with no blank line: the text parser then sees one
 * block across the page break. A page break is a layout boundary, so rules
 * that join lines must see the two pages as separate blocks.
 */
import type { Block } from "./blocks.js";
import { splitLines } from "./lines.js";

/**
 * Split paragraph-like blocks before every line that contains a form feed. Without such a line,
 * the same array: analyses made once per block list (pageFurnitureOf) are then shared with the
 * rules that read getBlocks' list.
 */
export function splitAtFormFeeds(blocks: Block[], text: string): Block[] {
  if (!blocks.some(splitsAtFormFeed)) return blocks;
  const out: Block[] = [];
  for (const block of blocks) {
    if (!splitsAtFormFeed(block)) {
      out.push(block);
      continue;
    }
    let start = block.start;
    const flush = (end: number) => {
      // A page may end in white space only: no block then.
      if (text.slice(start, end).replace(/\s+/gu, "") !== "") {
        out.push({ kind: block.kind, start, end, text: text.slice(start, end), lines: splitLines(text, start, end) });
      }
    };
    const lines = block.lines;
    for (let i = 1; i < lines.length; i++) {
      if (!lines[i]!.text.includes("\f")) continue;
      flush(lines[i - 1]!.end);
      start = lines[i]!.start;
    }
    flush(block.end);
  }
  return out;
}

/** A paragraph-like block with a form feed in it (one that splitAtFormFeeds splits). */
function splitsAtFormFeed(block: Block): boolean {
  return (block.kind === "paragraph" || block.kind === "quote") && block.text.includes("\f");
}
