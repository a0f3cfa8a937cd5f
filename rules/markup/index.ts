/**
 * markup: HTML and wiki markup left in prose by web extraction — character
 * references (&nbsp; &ldquo; &#20013;), tags (<p>, <span …>, <font>, <br>),
 * wiki links and templates ([[…]], {{…}}, [编辑]) and footnote markers.
 *
 * What is markup depends on where it stands. In plain text every tag and
 * reference is debris. In Markdown, HTML is syntax: <br> in a table cell is
 * the only way to break a line there (the bundled sample relies on it), an
 * HTML block such as <details> is intentional, code is code, and references
 * like &#124; or &lt;br&gt; are escapes. So in Markdown only styling debris
 * (<span>, <font>, <p>…) gets a safe fix; tags an author may mean (<br>,
 * <strong>, <sup>…) are warnings, and HTML blocks are judged only when they
 * wrap Chinese prose in such debris tags.
 *
 * The safe fix never loses text: a tag goes and its content stays; a tag that
 * separated two paragraphs becomes one line break; a reference becomes its
 * character, except &nbsp; inside Chinese text, which goes (a space there would
 * itself be an artefact).
 */
import { ideographRatio, isChineseTextChar } from "../../src/cjk/chars.js";
import { charAt, charBefore, codePointLabel } from "../../src/cjk/codepoints.js";
import { overlapsAny } from "../../src/cjk/latin.js";
import { endsWithStructuralNumber } from "../../src/cjk/spaces.js";
import { getBlocks, syntaxOf } from "../../src/doc/blocks.js";
import { BLOCK_TAGS, decodeEntity, ENTITY, isKnownTag, TAG } from "../../src/doc/html.js";
import { preferredEol, splitLines } from "../../src/doc/lines.js";
import { nodeRanges } from "../../src/doc/node-ranges.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import type { Severity } from "../../src/report/categories.js";
import { messages, type MessageId } from "./messages.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "markup",
  categories: ["markup"],
  fixable: true,
  description: {
    zh: "网页抽取残留的 HTML 实体与标签（&nbsp;、&ldquo;、<span>、<br>）及 Wiki 标记；安全修复解码实体、删除标签并保留文字。",
    en: "HTML character references and tags (&nbsp;, &ldquo;, <span>, <br>) and wiki markup left by web extraction; the safe fix decodes references and removes tags, keeping their text.",
  },
};

/** Where the text stands: plain prose, a Markdown paragraph/heading/list item, or a Markdown table row. */
export type MarkupContext = "plain" | "markdown" | "table";

export interface MarkupFinding {
  messageId: MessageId;
  severity?: Severity;
  confidence: number;
  range: [number, number];
  fix?: string;
  params: Record<string, string>;
  suggestions?: { messageId: MessageId; text: string }[];
}

/** Tags a Markdown author may write on purpose: warned about, never removed automatically. */
const AUTHORED_TAGS = new Set(["br", "strong", "b", "i", "em", "u", "s", "del", "ins", "a", "sup", "sub", "small", "big", "mark", "abbr", "cite", "q", "img"]);
/** Characters that are Markdown syntax: a reference to one of them in Markdown is an escape, not debris. */
const MARKDOWN_SYNTAX = new Set(["|", "*", "_", "`", "[", "]", "\\", "#", "~"]);
const SPACE_ENTITY_RUN = /(?:[ \t\u00A0]|&(?:nbsp|ensp|emsp|thinsp|#160|#x[aA]0|#8194|#8195|#8201);?)*/u;
const WIKI_LINK = /\[\[([^[\]\n|]+)(?:\|([^[\]\n]*))?\]\]/gu;
const WIKI_TEMPLATE = /\{\{[^{}\n]*\}\}/gu;
const WIKI_EDIT = /\[(?:编辑|編輯)\]/gu;
const FOOTNOTE = /\[(?:注|註)?\s?\d{1,3}\]/gu;

function isSpaceLike(char: string): boolean {
  return char === "\u00A0" || (char >= "\u2000" && char <= "\u200A");
}
function isInvisible(char: string): boolean {
  return char === "\u00AD" || (char >= "\u200B" && char <= "\u200F") || char === "\u2060" || char === "\uFEFF";
}
function show(char: string): string {
  return isSpaceLike(char) || isInvisible(char) || char === "\u3000" ? codePointLabel(char.codePointAt(0)!) : char;
}

/**
 * Find markup in `text[from, to)`, line by line (a fix that inserts a line
 * break uses `eol`). `masks` are ranges to leave alone (code). Pure.
 */
export function findMarkup(
  text: string,
  from: number,
  to: number,
  { context = "plain" as MarkupContext, masks = [] as readonly { start: number; end: number }[], eol = "\n", footnoteLabels = new Set<string>() } = {},
): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  for (const line of splitLines(text, from, to)) {
    const tags = findTags(text, line.start, line.end, context, masks, eol);
    const other = findOther(text, line.start, line.end, context, masks, footnoteLabels);
    if (tags.length === 0 && other.length === 0) continue;
    const found = [...tags, ...other];
    // Tags first: a reference inside a tag's attributes goes with the tag.
    let coveredTo = -1;
    for (const f of found.sort((a, b) => a.range[0] - b.range[0])) {
      if (f.range[0] < coveredTo) continue;
      findings.push(f);
      coveredTo = f.range[1];
    }
  }
  return findings;
}

function findTags(text: string, lineStart: number, lineEnd: number, context: MarkupContext, masks: readonly { start: number; end: number }[], eol: string): MarkupFinding[] {
  const tags: { start: number; end: number; raw: string; name: string }[] = [];
  // Most lines have no "<" at all: no slice, regex copy and iterator for them.
  const line = text.slice(lineStart, lineEnd);
  if (!line.includes("<")) return [];
  for (const m of line.matchAll(TAG)) {
    const name = m[2]!.toLowerCase();
    const start = lineStart + m.index;
    if (!isKnownTag(name) || overlapsAny(masks, start, start + m[0].length)) continue;
    // <br> is the Markdown line break inside a table cell.
    if (context === "table" && name === "br") continue;
    tags.push({ start, end: start + m[0].length, raw: m[0], name });
  }
  // Tags separated only by spaces form a cluster: "</p><p>" between two paragraphs is one break, not two.
  const findings: MarkupFinding[] = [];
  for (let i = 0; i < tags.length; ) {
    let j = i;
    while (j + 1 < tags.length && /^[ \t]*$/u.test(text.slice(tags[j]!.end, tags[j + 1]!.start))) j++;
    const cluster = tags.slice(i, j + 1);
    const textBefore = /\S/u.test(text.slice(lineStart, cluster[0]!.start));
    const textAfter = /\S/u.test(text.slice(cluster.at(-1)!.end, lineEnd));
    const breaker = textBefore && textAfter ? cluster.find((t) => BLOCK_TAGS.has(t.name)) : undefined;
    for (const tag of cluster) {
      const breaks = tag === breaker;
      const range: [number, number] = [tag.start, tag.end];
      const params = { tag: tag.raw, markup: tag.raw };
      if (context === "plain") {
        findings.push({ messageId: breaks ? "htmlBreak" : "htmlTag", confidence: 0.95, range, fix: breaks ? eol : "", params });
      } else if (breaks || AUTHORED_TAGS.has(tag.name) || (context === "table" && BLOCK_TAGS.has(tag.name))) {
        // A line break in a table row would break the table; in a paragraph it changes the Markdown.
        const suggestions: MarkupFinding["suggestions"] = [{ messageId: "suggestRemove", text: "" }];
        if (breaks && context !== "table") suggestions.unshift({ messageId: "suggestLineBreak", text: eol });
        findings.push({ messageId: "markdownHtml", confidence: 0.5, range, params, suggestions });
      } else {
        findings.push({ messageId: "htmlTag", confidence: 0.9, range, fix: "", params });
      }
    }
    i = j + 1;
  }
  return findings;
}

function findOther(
  text: string,
  lineStart: number,
  lineEnd: number,
  context: MarkupContext,
  masks: readonly { start: number; end: number }[],
  footnoteLabels: ReadonlySet<string>,
): MarkupFinding[] {
  const line = text.slice(lineStart, lineEnd);
  const findings: MarkupFinding[] = [];
  const markdown = context !== "plain";
  // `needs`: a character every match contains; most lines have none of them, and skip the regex copy and iterator.
  const each = (pattern: RegExp, needs: string, handle: (raw: string, start: number, end: number, m: RegExpMatchArray) => MarkupFinding | undefined) => {
    if (!line.includes(needs)) return;
    for (const m of line.matchAll(pattern)) {
      const start = lineStart + m.index!;
      const end = start + m[0].length;
      if (overlapsAny(masks, start, end)) continue;
      const finding = handle(m[0], start, end, m);
      if (finding) findings.push(finding);
    }
  };

  each(ENTITY, "&", (entity, start, end) => {
    const char = decodeEntity(entity);
    const range: [number, number] = [start, end];
    if (char === undefined) return { messageId: "unknownEntity", confidence: 0.5, range, params: { entity } };
    const params = { entity, char: show(char) };
    if (isInvisible(char)) return { messageId: "spaceEntity", confidence: 0.9, range, fix: "", params };
    if (isSpaceLike(char)) {
      const before = text.slice(lineStart, start).replace(new RegExp(`${SPACE_ENTITY_RUN.source}$`, "u"), "");
      const afterStart = end + (SPACE_ENTITY_RUN.exec(text.slice(end, lineEnd))?.[0].length ?? 0);
      const left = charBefore(before, before.length);
      const right = afterStart < lineEnd ? charAt(text, afterStart) : undefined;
      const chineseSides = (left === undefined || isChineseTextChar(left)) && (right === undefined || isChineseTextChar(right));
      // After "第一条" the space is the official separator: decode it, never delete it.
      if (chineseSides && !endsWithStructuralNumber(before.replace(/\s/gu, ""))) return { messageId: "spaceEntity", confidence: 0.95, range, fix: "", params };
      return { messageId: "htmlEntity", confidence: 0.9, range, fix: char, params };
    }
    const following = text.slice(end, lineEnd);
    const preceding = text.slice(lineStart, start);
    // "&lt;br&gt;" is an escaped tag as a whole: its "&gt;" belongs to it as much as its "&lt;".
    const formsMarkup =
      (char === "<" && /^[A-Za-z/!?]/u.test(following)) ||
      (char === ">" && /&lt;\/?[A-Za-z][^<>&\n]*$/u.test(preceding)) ||
      (char === "&" && /^(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);/u.test(following));
    if (markdown && (formsMarkup || MARKDOWN_SYNTAX.has(char) || (char === ">" && /^\s*$/u.test(preceding)))) return undefined;
    if (formsMarkup) return { messageId: "escapedMarkup", confidence: 0.6, range, params };
    return { messageId: "htmlEntity", confidence: 0.95, range, fix: char, params };
  });

  each(WIKI_LINK, "[[", (markup, start, end, m) => {
    const shown = m[2] !== undefined && m[2] !== "" ? m[2] : m[1]!;
    return { messageId: "wikiLink", confidence: 0.9, range: [start, end], fix: shown, params: { markup, text: shown } };
  });
  each(WIKI_EDIT, "[", (markup, start, end) => ({ messageId: "wikiEditLink", confidence: 0.9, range: [start, end], fix: "", params: { markup } }));
  each(WIKI_TEMPLATE, "{{", (markup, start, end) => ({ messageId: "wikiTemplate", confidence: 0.6, range: [start, end], params: { markup } }));
  each(FOOTNOTE, "[", (markup, start, end) => {
    const before = charBefore(text, start);
    if (before === undefined || !isChineseTextChar(before)) return undefined;
    // In Markdown "[1]" may be a reference link ("[1]: http…") or link text ("[1](…)").
    if (markdown && (footnoteLabels.has(markup.slice(1, -1)) || /^[([:]/u.test(text.slice(end, end + 1)))) return undefined;
    return { messageId: "footnoteMarker", confidence: 0.5, range: [start, end], params: { markup }, suggestions: [{ messageId: "suggestRemove", text: "" }] };
  });
  return findings;
}

/**
 * A Markdown HTML block is judged only when it is extraction debris around
 * Chinese prose: it starts with a known tag, uses only known tags (so no
 * <details>, no comments) and its text is Chinese sentences.
 */
function isDebrisHtmlBlock(block: string): boolean {
  if (block.includes("<!--") || !/^\s*<\/?[A-Za-z]/u.test(block)) return false;
  for (const m of block.matchAll(/<\/?([A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9]*)?)/gu)) if (!isKnownTag(m[1]!)) return false;
  const prose = block.replace(TAG, "");
  return /[，。；！？]/u.test(prose) && ideographRatio(prose) >= 0.5;
}

export default documentRule<Options>(meta, messages, ({ node, text, report, context }) => {
  const markdown = syntaxOf(node) === "markdown";
  const masks = markdown ? nodeRanges(node, ["Code", "CodeBlock"]) : [];
  const footnoteLabels = new Set(markdown ? Array.from(text.matchAll(/^ {0,3}\[([^\]\n]+)\]:/gmu), (m) => m[1]!) : []);
  const eol = preferredEol(text);
  for (const block of getBlocks(node, text)) {
    if (block.kind === "code" || block.kind === "thematic-break") continue;
    if (block.kind === "html" && !isDebrisHtmlBlock(block.text)) continue;
    const where: MarkupContext = !markdown || block.kind === "html" ? "plain" : block.kind === "table-row" ? "table" : "markdown";
    for (const f of findMarkup(text, block.start, block.end, { context: where, masks, eol, footnoteLabels })) {
      report({
        messageId: f.messageId,
        params: f.params,
        range: f.range,
        severity: f.severity,
        confidence: f.confidence,
        fix: f.fix !== undefined ? { range: f.range, text: f.fix } : undefined,
        suggestions: f.suggestions?.map((s) => ({ messageId: s.messageId, params: f.params, range: f.range, text: s.text })),
      });
    }
  }
});
