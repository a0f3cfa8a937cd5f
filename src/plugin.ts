/**
 * The jiaodui textlint plugin: one processor for Markdown and plain text.
 *
 * `.md` is Markdown. A `.txt` file is Markdown when it uses Markdown block
 * syntax (ATX headings, pipe tables, fenced code) — as the user's sample does —
 * and plain prose otherwise. The `parser` option forces either.
 */
import type { TxtDocumentNode } from "@textlint/ast-node-types";
import { parse as parseText } from "@textlint/text-to-ast";
import type { TextlintMessage, TextlintPluginOptions } from "@textlint/types";
import { SYNTAX_PROPERTY, type Syntax } from "./doc/blocks.js";
import { parseMarkdownChunked } from "./doc/markdown-chunks.js";

export type ParserChoice = "auto" | "markdown" | "text";

export const MARKDOWN_EXTENSIONS = [".md", ".markdown", ".mdown", ".mkd"];
export const TEXT_EXTENSIONS = [".txt", ".text"];

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+\S/m;
const PIPE_TABLE = /^ {0,3}\|.*\|[ \t]*\r?\n {0,3}\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-*:?[ \t]*)*\|?[ \t]*$/m;
const FENCE = /^ {0,3}(```|~~~)/m;

/** Whether a .txt file uses Markdown block syntax. */
export function looksLikeMarkdown(text: string): boolean {
  return ATX_HEADING.test(text) || PIPE_TABLE.test(text) || FENCE.test(text);
}

export function chooseSyntax(text: string, extension: string, parser: ParserChoice = "auto"): Syntax {
  if (parser === "markdown" || parser === "text") return parser;
  if (MARKDOWN_EXTENSIONS.includes(extension.toLowerCase())) return "markdown";
  return looksLikeMarkdown(text) ? "markdown" : "text";
}

export function parseDocument(text: string, syntax: Syntax): TxtDocumentNode {
  // Long Markdown is parsed piecewise (same AST, several times faster: see markdown-chunks.ts).
  const ast = syntax === "markdown" ? parseMarkdownChunked(text) : parseText(text);
  Object.defineProperty(ast, SYNTAX_PROPERTY, { value: syntax, enumerable: false });
  return ast;
}

export class JiaoduiProcessor {
  private readonly parser: ParserChoice;
  /** Lets the jiaodui engine reuse the AST the kernel parsed (documents, blocks). */
  private readonly onParsed?: (ast: TxtDocumentNode) => void;

  constructor(options: TextlintPluginOptions = {}) {
    const parser = options.parser;
    this.parser = parser === "markdown" || parser === "text" ? parser : "auto";
    if (typeof options.onParsed === "function") this.onParsed = options.onParsed as (ast: TxtDocumentNode) => void;
  }

  availableExtensions(): string[] {
    return [...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS];
  }

  processor(extension: string) {
    return {
      preProcess: (text: string) => {
        const ast = parseDocument(text, chooseSyntax(text, extension, this.parser));
        this.onParsed?.(ast);
        return ast;
      },
      postProcess: (messages: TextlintMessage[], filePath?: string) => ({ messages, filePath: filePath ?? `<jiaodui>${extension}` }),
    };
  }
}

export const plugin = { Processor: JiaoduiProcessor };
