/**
 * Pieces of document text as hast nodes: a span in its context with the span
 * highlighted, and an edit as before/after. Invisible characters (line breaks,
 * tabs, zero-width and control characters) are shown as visible signs. All
 * text goes into text nodes, which the serialiser escapes.
 */
import type { ElementContent } from "hast";
import { h } from "hastscript";
import { codePointLabels } from "../../cjk/codepoints.js";
import type { Edit } from "../types.js";

/** Characters of context on each side of a span (UTF-16 units, never splitting a surrogate pair). */
export const CONTEXT = 30;
/** Spans longer than this are shown as their beginning and end. */
const LONG_SPAN = 160;

const INVISIBLE = /((?:\r\n|\r|\n)+|\t|[\p{Cc}\p{Cf}\u3000 ])/u;
const LINE_BREAKS = /^(?:\r\n|\r|\n)+$/u;

/** Text with invisible characters made visible (a run of line breaks as ↵ signs and one real break); ordinary spaces only inside a highlighted span. */
export function visible(text: string, highlighted = false): ElementContent[] {
  const out: ElementContent[] = [];
  for (const part of text.split(INVISIBLE)) {
    if (part === "") continue;
    if (LINE_BREAKS.test(part)) {
      const breaks = part.match(/\r\n|\r|\n/gu)!;
      const title = breaks.map((b) => (b === "\n" ? "LF" : b === "\r" ? "CR" : "CRLF")).join(" ");
      out.push(h("span.ws", { title }, "↵".repeat(breaks.length)), { type: "text", value: "\n" });
    } else if (part === "\t") {
      out.push(h("span.ws", { title: "TAB" }, "→"));
    } else if (part === " " || part === "\u3000") {
      out.push(highlighted ? h("span.ws", { title: codePointLabels(part) }, part === " " ? "·" : "□") : { type: "text", value: part });
    } else if (INVISIBLE.test(part)) {
      out.push(h("span.ws", { title: codePointLabels(part) }, `⟨${codePointLabels(part)}⟩`));
    } else {
      out.push({ type: "text", value: part });
    }
  }
  return out;
}

/** Move `offset` off the low half of a surrogate pair. */
function clamp(text: string, offset: number): number {
  const at = Math.max(0, Math.min(text.length, offset));
  const code = text.charCodeAt(at);
  return at > 0 && at < text.length && code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

function shorten(text: string): ElementContent[] {
  if (text.length <= LONG_SPAN) return visible(text, true);
  const head = clamp(text, LONG_SPAN / 2);
  const tail = clamp(text, text.length - LONG_SPAN / 2);
  return [...visible(text.slice(0, head), true), h("span.ws", `…（${text.length - head - (text.length - tail)}）…`), ...visible(text.slice(tail), true)];
}

function around(text: string, start: number, end: number, context: number): { before: string; after: string; lead: string; trail: string } {
  const from = clamp(text, start - context);
  const to = clamp(text, end + context);
  return { before: text.slice(from, start), after: text.slice(end, to), lead: from > 0 ? "…" : "", trail: to < text.length ? "…" : "" };
}

/** The span [start, end) highlighted in its context. */
export function contextSnippet(text: string, start: number, end: number, context = CONTEXT): ElementContent {
  const { before, after, lead, trail } = around(text, start, end, context);
  return h("div.snippet", [lead, ...visible(before), h("mark", shorten(text.slice(start, end))), ...visible(after), trail]);
}

/** An edit as two rows: the text before (removed part struck out) and after (inserted part marked). */
export function editRows(text: string, edit: Edit, labels: { before: string; after: string }, context = 12): ElementContent[] {
  const [start, end] = edit.range;
  const { before, after, lead, trail } = around(text, start, end, context);
  return [
    h("span.lbl", labels.before),
    h("div.snippet.before", [lead, ...visible(before), h("del", shorten(text.slice(start, end))), ...visible(after), trail]),
    h("span.lbl", labels.after),
    h("div.snippet.after", [lead, ...visible(before), h("ins", shorten(edit.text)), ...visible(after), trail]),
  ];
}

/** An edit without its source text: only the replacement and where it goes. */
export function bareEditRows(edit: Edit, labels: { after: string }): ElementContent[] {
  return [h("span.lbl", labels.after), h("div.snippet.after", [`[${edit.range[0]}, ${edit.range[1]}) → `, h("ins", visible(edit.text, true))])];
}
