/**
 * Stretches inside prose blocks that are not prose: inline code, inline HTML,
 * images, link destinations and bare URLs. Punctuation and script rules leave
 * them alone — `a,b` in a code span or `(` in a link is syntax, not text.
 */
import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import { EMAIL_PATTERN, URL_PATTERN } from "../cjk/latin.js";
import { syntaxOf } from "./blocks.js";

export interface OffsetRange {
  start: number;
  end: number;
}


export class RangeSet {
  private readonly ranges: OffsetRange[];

  constructor(ranges: OffsetRange[]) {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start);
  }

  /** Whether `offset` lies in some range [start, end). */
  has(offset: number): boolean {
    // Ranges may nest (a URL inside a link), so scan back from the last range starting at or before offset.
    let low = 0;
    let high = this.ranges.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.ranges[mid]!.start <= offset) low = mid + 1;
      else high = mid - 1;
    }
    for (let i = high; i >= 0; i--) if (this.ranges[i]!.end > offset) return true;
    return false;
  }

  /** Whether [start, end) overlaps some range. */
  overlaps(start: number, end: number): boolean {
    return this.ranges.some((r) => r.start < end && start < r.end);
  }
}

const cache = new WeakMap<TxtNode, RangeSet>();

/** The non-prose ranges of a parsed document (cached per AST). */
export function getNonProseRanges(root: TxtNode, text: string): RangeSet {
  let set = cache.get(root);
  if (!set) {
    const ranges: OffsetRange[] = [];
    for (const pattern of [URL_PATTERN, EMAIL_PATTERN]) {
      for (const match of text.matchAll(pattern)) ranges.push({ start: match.index, end: match.index + match[0].length });
    }
    if (syntaxOf(root) === "markdown") collectMarkdown(root, ranges);
    set = new RangeSet(ranges);
    cache.set(root, set);
  }
  return set;
}

function collectMarkdown(node: TxtNode, ranges: OffsetRange[]): void {
  const [start, end] = node.range;
  switch (node.type) {
    case "Code":
    case "Html":
    case "Image":
      ranges.push({ start, end });
      return;
    case "Link": {
      // Keep the link text (prose), skip the brackets and destination around it.
      const children = (node as TxtParentNode).children ?? [];
      const textStart = children[0]?.range[0] ?? end;
      const textEnd = children.at(-1)?.range[1] ?? end;
      if (start < textStart) ranges.push({ start, end: textStart });
      if (textEnd < end) ranges.push({ start: textEnd, end });
      break;
    }
  }
  if ("children" in node) for (const child of (node as TxtParentNode).children) collectMarkdown(child, ranges);
}
