/**
 * Absolute ranges of AST nodes of given types — e.g. inline `Code` and `Html`
 * inside Markdown paragraphs, which the block model keeps inside their block.
 * Rules use them to leave code and markup alone (or to find markup).
 */
import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";

export interface NodeRange {
  type: string;
  start: number;
  end: number;
}

const cache = new WeakMap<TxtNode, NodeRange[]>();

/** Every node below `root` whose type is in `types`, in document order (not descending into matches). */
export function nodeRanges(root: TxtNode, types: readonly string[]): NodeRange[] {
  let all = cache.get(root);
  if (!all) {
    all = [];
    const visit = (node: TxtNode) => {
      if (node !== root) all!.push({ type: node.type, start: node.range[0], end: node.range[1] });
      if ("children" in node) for (const child of (node as TxtParentNode).children) visit(child);
    };
    visit(root);
    cache.set(root, all);
  }
  const wanted = new Set(types);
  const out: NodeRange[] = [];
  let coveredTo = -1;
  for (const range of all) {
    if (!wanted.has(range.type) || range.start < coveredTo) continue;
    out.push(range);
    coveredTo = range.end;
  }
  return out;
}
