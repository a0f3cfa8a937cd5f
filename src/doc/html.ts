/**
 * HTML left behind by web extraction: character references (entities) and tag
 * names. A small, explicit table rather than the full HTML5 list: the full list
 * would turn "&para;" or "&image;" in ordinary text into characters, and web
 * pages with Chinese prose use only a handful of references.
 */

/** Named character references seen in Chinese web pages → their characters. */
export const NAMED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ["nbsp", "\u00A0"], ["ensp", "\u2002"], ["emsp", "\u2003"], ["thinsp", "\u2009"],
  ["amp", "&"], ["lt", "<"], ["gt", ">"], ["quot", "\""], ["apos", "'"],
  ["ldquo", "“"], ["rdquo", "”"], ["lsquo", "‘"], ["rsquo", "’"], ["bdquo", "„"], ["sbquo", "‚"],
  ["laquo", "«"], ["raquo", "»"], ["lsaquo", "‹"], ["rsaquo", "›"],
  ["mdash", "—"], ["ndash", "–"], ["hellip", "…"], ["middot", "·"], ["bull", "•"],
  ["copy", "©"], ["reg", "®"], ["trade", "™"], ["times", "×"], ["divide", "÷"], ["deg", "°"],
  ["plusmn", "±"], ["sect", "§"], ["para", "¶"], ["yen", "¥"], ["cent", "¢"], ["pound", "£"], ["euro", "€"],
  ["permil", "‰"], ["prime", "′"], ["Prime", "″"], ["micro", "µ"], ["sup1", "¹"], ["sup2", "²"], ["sup3", "³"],
  ["frac12", "½"], ["frac14", "¼"], ["frac34", "¾"], ["le", "≤"], ["ge", "≥"], ["ne", "≠"], ["infin", "∞"],
  ["larr", "←"], ["rarr", "→"], ["uarr", "↑"], ["darr", "↓"],
  ["shy", "\u00AD"], ["zwsp", "\u200B"], ["zwnj", "\u200C"], ["zwj", "\u200D"], ["lrm", "\u200E"], ["rlm", "\u200F"],
]);

/** A character reference: &name; &#123; &#x7B; — and "&nbsp" without its semicolon, common in scraped text. */
export const ENTITY = /&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));|&nbsp(?![A-Za-z0-9;])/gu;

/** The character a reference stands for; undefined for unknown names and invalid or control code points. */
export function decodeEntity(reference: string): string | undefined {
  const m = /^&(?:#([0-9]+)|#[xX]([0-9A-Fa-f]+)|([A-Za-z][A-Za-z0-9]*));?$/u.exec(reference);
  if (!m) return undefined;
  if (m[3] !== undefined) return NAMED_ENTITIES.get(m[3]);
  const codePoint = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
  const invalid = codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);
  return invalid ? undefined : String.fromCodePoint(codePoint);
}

/** Tags whose element starts a new line of text (a paragraph, a list item, a table row…). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  "p", "div", "br", "hr", "li", "td", "th", "ul", "ol", "dl", "dt", "dd", "tr", "table", "tbody", "thead", "tfoot", "caption",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "center", "section", "article", "header", "footer", "pre",
]);

/** Tags that only style a run of text; removing them keeps every character. */
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  "span", "font", "strong", "b", "i", "em", "u", "s", "strike", "del", "ins", "a", "sup", "sub", "small", "big",
  "mark", "abbr", "cite", "q", "tt", "nobr", "wbr", "label", "o:p", "st1:chsdate", "img", "col", "colgroup",
]);

/** An HTML start, end or empty tag (name, attributes) on one line; the name must be a known HTML tag. */
export const TAG = /<(\/?)([A-Za-z][A-Za-z0-9]*(?::[A-Za-z][A-Za-z0-9]*)?)(?:\s[^<>\n]*?)?\s*\/?>/gu;

export function isKnownTag(name: string): boolean {
  const lower = name.toLowerCase();
  return BLOCK_TAGS.has(lower) || INLINE_TAGS.has(lower);
}
