/**
 * Matching of paired punctuation (quotes and brackets) in Chinese prose.
 *
 * Full-width pairs are matched strictly. Half-width parentheses take part
 * only as partners: `（…)` and `(…）` count as closed (the half-width mark is a
 * separate, fixable finding), but a lone half-width parenthesis is never
 * reported — in Latin text, list markers "a)" and emoticons it is normal.
 */
import { charAt, charBefore } from "./codepoints.js";
import { isLatinLetter, PAIRED_MARKS } from "./chars.js";

/**
 * The full-width pairs whose balance is checked: opening → closing. Not （ ）'s
 * half-width twin (a partner only, see above) nor ［ ］ (not checked).
 */
export const BALANCED_PAIRS: ReadonlyMap<string, string> = new Map([...PAIRED_MARKS].filter(([open]) => open !== "(" && open !== "［"));
const CLOSING: ReadonlyMap<string, string> = new Map([...BALANCED_PAIRS].map(([open, close]) => [close, open]));
/** Quotation marks, as opposed to brackets. */
export const QUOTE_OPENERS: ReadonlySet<string> = new Set(["“", "‘", "「", "『"]);

export interface MarkAt {
  char: string;
  /** Absolute offset (UTF-16). */
  offset: number;
}

export interface PairScan {
  /** Matched pairs: offsets of the opening and closing marks. */
  pairs: { open: MarkAt; close: MarkAt }[];
  /** Opening marks still open at the end, outermost first. */
  unclosed: MarkAt[];
  /** Closing marks with no opening mark, in order. */
  unopened: MarkAt[];
}

export interface ScanOptions {
  /** Offsets to ignore (code spans, URLs…). */
  skip?: (offset: number) => boolean;
  /** Marks left open by a preceding stretch, carried over (outermost first). */
  open?: readonly MarkAt[];
}

const isHalfOpen = (mark: MarkAt) => mark.char === "(";

/** Code units of every mark scanPairs looks at (& for a quote written as an HTML entity): other characters are passed over without a string each. */
const MARK_CODES = new Set([...BALANCED_PAIRS.keys(), ...CLOSING.keys(), "(", ")", "&"].map((mark) => mark.charCodeAt(0)));

/**
 * Quotation marks written as HTML entities (&ldquo;三个代表&rdquo;): left in by an extraction, which
 * the markup rule reports; the quote they stand for is still there, and pairs with a real one.
 * &quot; closes an open “ and opens one otherwise.
 */
const QUOTE_ENTITY = /&(?:(ldquo|#8220)|(rdquo|#8221)|(lsquo|#8216)|(rsquo|#8217)|(quot|#34));/uy;
function entityQuote(text: string, at: number, stack: readonly MarkAt[]): { char: string; length: number } | undefined {
  QUOTE_ENTITY.lastIndex = at;
  const m = QUOTE_ENTITY.exec(text);
  if (!m) return undefined;
  const char = m[1] ? "“" : m[2] ? "”" : m[3] ? "‘" : m[4] ? "’" : stack.at(-1)?.char === "“" ? "”" : "“";
  return { char, length: m[0].length };
}

/** Match the paired marks of text[from, to) (absolute offsets). */
export function scanPairs(text: string, from: number, to: number, options: ScanOptions = {}): PairScan {
  const stack: MarkAt[] = [...(options.open ?? [])];
  const scan: PairScan = { pairs: [], unclosed: [], unopened: [] };
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Ideographs, most of the text, are no mark: passed over before the set lookup.
    if ((code >= 0x4e00 && code <= 0x9fff) || !MARK_CODES.has(code)) continue;
    let char = text[i]!;
    const at = i;
    if (char === "&") {
      const entity = entityQuote(text, i, stack);
      if (!entity || at + entity.length > to) continue;
      char = entity.char;
      i += entity.length - 1;
    }
    if (!(BALANCED_PAIRS.has(char) || CLOSING.has(char) || char === "(" || char === ")")) continue;
    if (options.skip?.(at)) continue;
    if (char === "’" && isApostrophe(text, at)) continue;
    if (BALANCED_PAIRS.has(char) || char === "(") {
      stack.push({ char, offset: at });
      continue;
    }
    // A closing mark closes the nearest matching opening mark; marks it skips over were never closed.
    const wanted = char === ")" ? "（" : CLOSING.get(char)!;
    let depth = stack.length - 1;
    while (depth >= 0 && !closes(char, wanted, stack[depth]!)) depth--;
    if (depth < 0) {
      if (char !== ")") scan.unopened.push({ char, offset: at });
      continue;
    }
    // Usually the innermost mark is closed: no arrays for the (empty) list of skipped marks.
    if (depth === stack.length - 1) {
      scan.pairs.push({ open: stack.pop()!, close: { char, offset: at } });
      continue;
    }
    const skipped = stack.splice(depth);
    scan.pairs.push({ open: skipped[0]!, close: { char, offset: at } });
    scan.unclosed.push(...skipped.slice(1).filter((m) => !isHalfOpen(m)));
  }
  scan.unclosed.push(...stack.filter((m) => !isHalfOpen(m)));
  scan.unclosed.sort((a, b) => a.offset - b.offset);
  return scan;
}

/** Whether the closing mark `char` (whose own opening mark is `wanted`) closes `open`; a half-width ( is closed by either ) or ）. */
function closes(char: string, wanted: string, open: MarkAt): boolean {
  return open.char === wanted || (open.char === "(" && (char === ")" || char === "）"));
}

/** ’ between Latin letters is an apostrophe (China’s), not a closing quote. */
function isApostrophe(text: string, offset: number): boolean {
  const before = charBefore(text, offset);
  const after = charAt(text, offset + 1);
  return before !== undefined && after !== undefined && isLatinLetter(before) && isLatinLetter(after);
}

/** Whether `offset` lies strictly inside one of the matched pairs whose opening mark is in `openers`. */
export function isInsidePair(scan: PairScan, offset: number, openers: ReadonlySet<string>): boolean {
  return scan.pairs.some((p) => openers.has(p.open.char) && p.open.offset < offset && offset < p.close.offset);
}

/** Closing mark → its opening mark, over every pair of PAIRED_MARKS. */
const OPENING_OF: ReadonlyMap<string, string> = new Map([...PAIRED_MARKS].map(([open, close]) => [close, open]));

/**
 * Opening marks left unclosed at the end of `text`, innermost last: the
 * lenient count that paragraph and line boundaries are judged by, unlike
 * scanPairs, which finds marks to report. Every pair of PAIRED_MARKS counts,
 * half-width ( ) and ［ ］ included, each closed only by its own partner; a
 * closing mark silently drops the marks it skips over (“a（b” leaves nothing
 * open); no apostrophe rule.
 */
export function unclosedMarks(text: string): string[] {
  const stack: string[] = [];
  for (const char of text) {
    if (PAIRED_MARKS.has(char)) stack.push(char);
    else {
      const open = OPENING_OF.get(char);
      if (open === undefined) continue;
      const at = stack.lastIndexOf(open);
      if (at >= 0) stack.length = at;
    }
  }
  return stack;
}

/**
 * Does `after` close one of the marks `before` leaves open, before it opens
 * any of its own? (“双|方”）: the quote spans the boundary.)
 */
export function closesAcross(before: string, after: string): boolean {
  const open = unclosedMarks(before);
  if (open.length === 0) return false;
  const closers = new Set(open.map((mark) => PAIRED_MARKS.get(mark)!));
  // Pairs opened and closed inside `after` (刑法修正案（八）》) do not count.
  const own: string[] = [];
  for (const char of after) {
    if (char === "\n" || char === "\r") return false;
    if (PAIRED_MARKS.has(char)) own.push(PAIRED_MARKS.get(char)!);
    else if (own.length > 0 && own.at(-1) === char) own.pop();
    else if (closers.has(char)) return true;
  }
  return false;
}
