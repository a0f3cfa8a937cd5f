// Just enough typing for the micromark 2 / mdast-util-from-markdown 0.8 packages that
// @textlint/markdown-to-ast builds its parser from (see markdown-ast.ts). They are
// CommonJS and ship no or outdated types; ambient declarations take precedence.

declare module "mdast-util-from-markdown" {
  function fromMarkdown(value: string, options: { extensions: unknown[]; mdastExtensions: unknown[] }): unknown;
  export default fromMarkdown;
}
declare module "micromark-extension-gfm" {
  export default function gfm(options?: unknown): unknown;
}
declare module "micromark-extension-frontmatter" {
  export default function frontmatter(options: unknown): unknown;
}
declare module "micromark-extension-footnote" {
  export default function footnote(options: { inlineNotes?: boolean }): unknown;
}
declare module "mdast-util-frontmatter/from-markdown.js" {
  export default function frontmatterFromMarkdown(options: unknown): unknown;
}
declare module "mdast-util-gfm-autolink-literal/from-markdown.js" {
  const extension: { enter: unknown; exit: unknown; transforms: unknown[] };
  export default extension;
}
declare module "mdast-util-gfm-strikethrough/from-markdown.js" {
  const extension: unknown;
  export default extension;
}
declare module "mdast-util-gfm-table/from-markdown.js" {
  const extension: unknown;
  export default extension;
}
declare module "mdast-util-gfm-task-list-item/from-markdown.js" {
  const extension: unknown;
  export default extension;
}
declare module "mdast-util-footnote/from-markdown.js" {
  const extension: unknown;
  export default extension;
}
