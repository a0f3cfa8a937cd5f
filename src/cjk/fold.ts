/**
 * A comparison key for "the same text": two copies of a paragraph that differ
 * only in white space, full/half-width forms or the width of their punctuation
 * (，/, 。/. “/") — as a second extraction pass or an HTML/PDF pair leaves
 * them — get the same key. Used to find duplicates; never written back.
 */

/** Full-width CJK punctuation → the ASCII mark it corresponds to. */
const PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ["，", ","], ["、", ","], ["。", "."], ["．", "."], ["｡", "."], ["；", ";"], ["：", ":"], ["！", "!"], ["？", "?"],
  ["（", "("], ["）", ")"], ["【", "["], ["】", "]"], ["〔", "["], ["〕", "]"], ["［", "["], ["］", "]"],
  ["“", '"'], ["”", '"'], ["「", '"'], ["」", '"'], ["『", '"'], ["』", '"'], ["‘", "'"], ["’", "'"],
  ["《", "<"], ["》", ">"], ["〈", "<"], ["〉", ">"], ["—", "-"], ["－", "-"], ["…", "..."], ["·", "."], ["•", "."],
]);

/** Markup that carries no text: line breaks in cells, emphasis, heading and list markers. */
const MARKUP = /<br\s*\/?>|\*\*|__|^\s*(?:#{1,6}\s+|[-*+]\s+|>\s*)/giu;

/** The comparison key of a piece of text. */
export function foldForComparison(text: string): string {
  let key = "";
  for (const char of text.replace(MARKUP, "")) {
    if (/\s/u.test(char)) continue;
    const code = char.codePointAt(0)!;
    // Full-width ASCII forms (Ａ１！) → ASCII; NFKC is not used because it also folds what we must keep apart.
    const folded = code >= 0xff01 && code <= 0xff5e ? String.fromCodePoint(code - 0xfee0) : (PUNCTUATION.get(char) ?? char);
    key += folded.toLowerCase();
  }
  // Repeated punctuation from a half-width conversion (。。 or ..): one mark.
  return key.replace(/([,.;:!?])\1+/gu, "$1");
}

/** How much text a key carries: letters and digits (punctuation alone repeats legitimately). */
export function contentLength(key: string): number {
  return key.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
}
