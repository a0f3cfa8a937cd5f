/**
 * Plain blocks: a paragraph or an ATX heading whose text has no Markdown
 * syntax at all, so that its mdast is known without running the parser — one
 * `paragraph` (or `heading`) holding one `text` node with the block's own text.
 *
 * Why: official texts are almost all such paragraphs (≈ 94 % of the dev and
 * big corpora), and micromark, which tokenises every character through a
 * state machine, was a fifth of a lint's time. parseMarkdownChunked builds
 * these blocks directly and gives micromark the rest; its property tests and
 * the corpus tests compare the result with markdown-to-ast's whole-text parse.
 *
 * "No syntax" is decided conservatively, line by line:
 *  - a line starts with an ASCII letter or digit or a non-ASCII character, and
 *    not with digits and `.` or `)`: nothing that opens or interrupts a block
 *    (markers, ordered list items, `<`, indentation, setext underlines) and
 *    nothing CommonMark strips;
 *  - no character that can start inline syntax or a GFM extension anywhere:
 *    \ ` * _ [ ] ! < > & ~ | @ : (escapes, code, emphasis, links, footnotes,
 *    HTML, character references, strikethrough, tables, e-mail and URL
 *    autolinks), nor "www." (the third autolink literal);
 *  - no trailing space or tab (hard breaks, stripped ends), no control
 *    character (NUL becomes U+FFFD, a lone CR ends a line).
 * A heading is one such line after 1–6 `#` and spaces, without another `#`.
 * The character list follows the parser markdown-to-ast configures (GFM,
 * footnotes, front matter): an extension with a new trigger character must be
 * added here, and a block using it to markdown-chunks.test.ts.
 * The caller guarantees that the block starts a new block (after a blank line,
 * outside fenced code and HTML) and ends at a blank line or the end.
 */
import type { MdastNode } from "./markdown-ast.js";

const PLAIN_LINE = /^(?!\d+[.)])[A-Za-z0-9\u0080-\uffff][^\\`*_[\]!<>&~|@:\x00-\x08\x0a-\x1f\x7f]*$/;
const TRAILING_SPACE = /[ \t]$/;
const WWW = /www\./i;
const ATX_HEADING = /^(#{1,6}) +(?=[^ ])/;

/** A plain block of `text`: [start, end) is its text, `contentStart` where its text node starts (after a heading's marker). */
export interface PlainBlock {
  start: number;
  end: number;
  contentStart: number;
  /** 0 for a paragraph, 1–6 for a heading. */
  depth: number;
}

const plainLine = (line: string): boolean => PLAIN_LINE.test(line) && !TRAILING_SPACE.test(line) && !WWW.test(line);

/**
 * The plain block made of `lines` (the block's lines, without line breaks),
 * starting at offset `start`; undefined when any of it may be Markdown syntax.
 */
export function plainBlock(lines: readonly string[], start: number): PlainBlock | undefined {
  const first = lines[0]!;
  const heading = first.charCodeAt(0) === 0x23 /* # */ ? ATX_HEADING.exec(first) : null;
  if (heading) {
    const content = first.slice(heading[0].length);
    if (lines.length !== 1 || content.includes("#") || !plainLine(content)) return undefined;
    return { start, end: start + first.length, contentStart: start + heading[0].length, depth: heading[1]!.length };
  }
  let end = start - 1;
  for (const line of lines) {
    if (!plainLine(line)) return undefined;
    end += line.length + 1;
  }
  return { start, end, contentStart: start, depth: 0 };
}

/**
 * The mdast node micromark makes of the block, with the whole text's
 * positions (`line`: the 1-based line the block starts on; `lineCount`: its
 * lines). Keys are created in mdast-util-from-markdown's order.
 */
export function plainBlockNode(text: string, block: PlainBlock, line: number, lineCount: number): MdastNode {
  const lastLineStart = lineCount === 1 ? block.start : text.lastIndexOf("\n", block.end - 1) + 1;
  const point = (offset: number, atLine: number, lineStart: number) => ({ line: atLine, column: offset - lineStart + 1, offset });
  const start = point(block.start, line, block.start);
  const end = () => point(block.end, line + lineCount - 1, lastLineStart);
  const textNode = { type: "text", value: text.slice(block.contentStart, block.end), position: { start: point(block.contentStart, line, block.start), end: end() } };
  if (block.depth > 0) return { type: "heading", depth: block.depth, children: [textNode], position: { start, end: end() } } as MdastNode;
  return { type: "paragraph", children: [textNode], position: { start, end: end() } } as MdastNode;
}
