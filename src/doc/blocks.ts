/**
 * The block model every structural rule reads: headings, paragraphs, table rows,
 * list items… in document order, with absolute offsets and their lines.
 *
 * Markdown blocks come from the textlint AST; in plain text a block is a run of
 * non-blank lines (the text parser yields one Paragraph per line).
 */
import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import { splitLines, type Line } from "./lines.js";

export type BlockKind = "heading" | "paragraph" | "table-row" | "list-item" | "code" | "html" | "quote" | "thematic-break";
export type Syntax = "markdown" | "text";

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** The raw source of the block. */
  text: string;
  lines: Line[];
  /** Heading level (1–6) for headings. */
  depth?: number;
  /** Cell ranges for table rows. */
  cells?: { start: number; end: number; text: string }[];
}

/** Property set on the root node by the jiaodui plugin to say which parser produced it. */
export const SYNTAX_PROPERTY = "jiaoduiSyntax";

export function syntaxOf(root: TxtNode): Syntax {
  const tagged = (root as unknown as Record<string, unknown>)[SYNTAX_PROPERTY];
  if (tagged === "markdown" || tagged === "text") return tagged;
  // Without the jiaodui plugin: the text parser puts Break nodes at the top level, Markdown never does.
  return (root as TxtParentNode).children.some((child) => child.type === "Break") ? "text" : "markdown";
}

const cache = new WeakMap<TxtNode, Block[]>();

/** The blocks of a parsed document (cached per AST). */
export function getBlocks(root: TxtNode, text: string): Block[] {
  let blocks = cache.get(root);
  if (!blocks) {
    blocks = syntaxOf(root) === "text" ? textBlocks(text) : markdownBlocks(root as TxtParentNode, text);
    cache.set(root, blocks);
  }
  return blocks;
}

function block(kind: BlockKind, start: number, end: number, text: string, extra: Partial<Block> = {}): Block {
  return { kind, start, end, text: text.slice(start, end), lines: splitLines(text, start, end), ...extra };
}

function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let runStart = -1;
  let runEnd = -1;
  for (const line of splitLines(text)) {
    if (line.text.trim() === "") {
      if (runStart >= 0) blocks.push(block("paragraph", runStart, runEnd, text));
      runStart = -1;
    } else {
      if (runStart < 0) runStart = line.start;
      runEnd = line.end;
    }
  }
  if (runStart >= 0) blocks.push(block("paragraph", runStart, runEnd, text));
  return blocks;
}

function markdownBlocks(root: TxtParentNode, text: string): Block[] {
  const blocks: Block[] = [];
  const visit = (node: TxtNode, inQuote: boolean) => {
    const [start, end] = node.range;
    switch (node.type) {
      case "Header":
        blocks.push(block("heading", start, end, text, { depth: (node as TxtNode & { depth: number }).depth }));
        return;
      case "Paragraph":
        blocks.push(block(inQuote ? "quote" : "paragraph", start, end, text));
        return;
      case "Table":
        for (const row of (node as TxtParentNode).children) {
          const cells = (row as TxtParentNode).children.map((cell) => ({
            start: cell.range[0],
            end: cell.range[1],
            text: text.slice(cell.range[0], cell.range[1]),
          }));
          blocks.push(block("table-row", row.range[0], row.range[1], text, { cells }));
        }
        return;
      case "List":
        for (const item of (node as TxtParentNode).children) blocks.push(block("list-item", item.range[0], item.range[1], text));
        return;
      case "CodeBlock":
        blocks.push(block("code", start, end, text));
        return;
      case "Html":
        blocks.push(block("html", start, end, text));
        return;
      case "HorizontalRule":
        blocks.push(block("thematic-break", start, end, text));
        return;
      case "BlockQuote":
        for (const child of (node as TxtParentNode).children) visit(child, true);
        return;
      default:
        if ("children" in node) for (const child of (node as TxtParentNode).children) visit(child, inQuote);
    }
  };
  for (const child of root.children) visit(child, false);
  return blocks;
}
