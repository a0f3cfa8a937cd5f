/**
 * Markdown → textlint AST: the tree @textlint/markdown-to-ast's `parse` gives,
 * made by one plain walk.
 *
 * Why: markdown-to-ast turns the mdast into textlint's AST with the generic
 * `traverse` package, which visits every property value (positions, points,
 * arrays, strings) and builds a state object with closures and a copied path
 * for each; on long documents that was a quarter of the parse time and a
 * seventh of all allocation in a lint. Only nodes need visiting, and only down
 * `children` (mdast keeps no nodes elsewhere).
 *
 * Exactness: the parser is the one markdown-to-ast configures (remark-parse 9 =
 * mdast-util-from-markdown 0.8 on micromark 2, with front matter, GFM and
 * footnotes, same options, same order), and each node is changed in place the
 * way it changes it, so key order and the hidden `position` stay the same. A
 * test compares both on varied Markdown and on the dev corpus.
 */
import { createRequire } from "node:module";
import type { TxtDocumentNode } from "@textlint/ast-node-types";
import fromMarkdown from "mdast-util-from-markdown";
import footnoteSyntax from "micromark-extension-footnote";
import frontmatterSyntax from "micromark-extension-frontmatter";
import gfmSyntax from "micromark-extension-gfm";
import footnoteFromMarkdown from "mdast-util-footnote/from-markdown.js";
import frontmatterFromMarkdown from "mdast-util-frontmatter/from-markdown.js";
import autolinkFromMarkdown from "mdast-util-gfm-autolink-literal/from-markdown.js";
import strikethroughFromMarkdown from "mdast-util-gfm-strikethrough/from-markdown.js";
import tableFromMarkdown from "mdast-util-gfm-table/from-markdown.js";
import taskListItemFromMarkdown from "mdast-util-gfm-task-list-item/from-markdown.js";

// markdown-to-ast's front matter kinds: YAML, TOML, and JSON the Hexo, 11ty and Hugo ways.
const FRONT_MATTER = [
  "yaml",
  "toml",
  { type: "json", fence: { open: ";;;", close: ";;;" } },
  { type: "json", fence: { open: "---json", close: "---" } },
  { type: "json", fence: { open: "{", close: "}" } },
];

const OPTIONS = {
  extensions: [frontmatterSyntax(FRONT_MATTER), gfmSyntax(), footnoteSyntax({ inlineNotes: true })],
  // remark-gfm's mdast extension is these four merged in this order; markdown-to-ast
  // empties the autolink part's `transforms` (they make nodes without positions),
  // so the autolink part is taken without them here instead of patching the module.
  mdastExtensions: [
    frontmatterFromMarkdown(FRONT_MATTER),
    { enter: autolinkFromMarkdown.enter, exit: autolinkFromMarkdown.exit },
    strikethroughFromMarkdown,
    tableFromMarkdown,
    taskListItemFromMarkdown,
    footnoteFromMarkdown,
  ],
};

// mdast type → textlint type, as markdown-to-ast maps them; other types are kept.
const TYPES = new Map<string, string>([
  ["root", "Document"],
  ["paragraph", "Paragraph"],
  ["blockquote", "BlockQuote"],
  ["listItem", "ListItem"],
  ["list", "List"],
  ["Bullet", "Bullet"],
  ["heading", "Header"],
  ["code", "CodeBlock"],
  ["HtmlBlock", "HtmlBlock"],
  ["thematicBreak", "HorizontalRule"],
  ["text", "Str"],
  ["break", "Break"],
  ["emphasis", "Emphasis"],
  ["strong", "Strong"],
  ["html", "Html"],
  ["link", "Link"],
  ["image", "Image"],
  ["inlineCode", "Code"],
  ["delete", "Delete"],
  ["yaml", "Yaml"],
  ["toml", "Toml"],
  ["json", "Json"],
  ["table", "Table"],
  ["tableRow", "TableRow"],
  ["tableCell", "TableCell"],
  ["linkReference", "LinkReference"],
  ["imageReference", "ImageReference"],
  ["footnoteReference", "FootnoteReference"],
  ["definition", "Definition"],
  ["ReferenceDef", "ReferenceDef"],
]);

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** An mdast node while it becomes a textlint node. */
export interface MdastNode {
  type: string;
  position?: { start: Point; end: Point };
  children?: MdastNode[];
  loc?: { start: { line: number; column: number }; end: { line: number; column: number } };
  range?: [number, number];
  raw?: string;
}

/** The mdast of `text` (no byte-order mark), as markdown-to-ast's remark parses it. */
export const parseMdast = (text: string): MdastNode => fromMarkdown(text, OPTIONS) as MdastNode;

/** Thrown where markdown-to-ast would guess a position from siblings (never seen: see below). */
class MissingPosition extends Error {}

/**
 * Makes `node` and everything under it a textlint node, in place. The node was
 * parsed from the piece of `text` starting at `offset`, after `lines` line
 * breaks; its positions are moved there first (0 and 0 for a whole text).
 */
export function toTxtNode(node: MdastNode, text: string, offset: number, lines: number): void {
  const type = TYPES.get(node.type);
  if (type !== undefined) node.type = type;
  const position = node.position;
  if (position) {
    const { start, end } = position;
    if (offset !== 0 || lines !== 0) {
      start.line += lines;
      start.offset += offset;
      end.line += lines;
      end.offset += offset;
    }
    // textlint's columns count from 0, unist's from 1.
    node.loc = { start: { line: start.line, column: Math.max(start.column - 1, 0) }, end: { line: end.line, column: Math.max(end.column - 1, 0) } };
    node.range = [start.offset, end.offset];
    node.raw = text.slice(start.offset, end.offset);
    // markdown-to-ast keeps the unist position, hidden and read-only.
    Object.defineProperty(node, "position", { enumerable: false, configurable: false, writable: false, value: position });
  } else if (node.type === "Str" || node.type === "Link") {
    // markdown-to-ast estimates these from the siblings (for GFM autolinks, whose
    // transform it turns off); the parser gives every node a position, so this is
    // only a guard that hands such a text to markdown-to-ast itself.
    throw new MissingPosition();
  }
  const children = node.children;
  if (children) for (let i = 0; i < children.length; i++) toTxtNode(children[i]!, text, offset, lines);
}

const require = createRequire(import.meta.url);

/** markdown-to-ast's own `parse`, loaded only if ever needed. */
const markdownToAst = (text: string): TxtDocumentNode => (require("@textlint/markdown-to-ast") as { parse(text: string): TxtDocumentNode }).parse(text);

/**
 * Runs `build`, or gives markdown-to-ast's AST of `text` where a node has no
 * position (its sibling-based estimate is not reproduced here).
 */
export function orMarkdownToAst(text: string, build: () => TxtDocumentNode): TxtDocumentNode {
  try {
    return build();
  } catch (error) {
    if (error instanceof MissingPosition) return markdownToAst(text);
    throw error;
  }
}

/** The textlint AST of Markdown `text`, identical to `parse(text)` of @textlint/markdown-to-ast. */
export function parseMarkdown(text: string): TxtDocumentNode {
  return orMarkdownToAst(text, () => {
    // Positions do not count a byte-order mark, and `raw` is cut from the text without it.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const root = parseMdast(body);
    toTxtNode(root, body, 0, 0);
    return root as unknown as TxtDocumentNode;
  });
}
