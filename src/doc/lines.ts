/** Line arithmetic that treats LF, CRLF and lone CR alike (files keep their own endings). */

export interface Line {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character, before the line ending. */
  end: number;
  /** The line ending that follows ("" on the last line). */
  eol: "" | "\n" | "\r\n" | "\r";
  text: string;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * Call `visit` with the offset and length (1, or 2 for CRLF) of each line
 * break in text[from, to), in order; a CR at `to - 1` is a lone CR. By code
 * unit: the callers split or count the lines of whole files, and a match
 * object per line was garbage.
 */
function forEachLineBreak(text: string, from: number, to: number, visit: (at: number, length: 1 | 2) => void): void {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) visit(i, 1);
    else if (code === CR) {
      const crlf = i + 1 < to && text.charCodeAt(i + 1) === LF;
      visit(i, crlf ? 2 : 1);
      if (crlf) i++;
    }
  }
}

/** The line ending at `at` of `length` units. */
const eolAt = (text: string, at: number, length: 1 | 2): Line["eol"] => (length === 2 ? "\r\n" : text.charCodeAt(at) === CR ? "\r" : "\n");

/** The lines of `text[from, to)`, with absolute offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  let start = from;
  forEachLineBreak(text, from, to, (at, length) => {
    lines.push({ start, end: at, eol: eolAt(text, at, length), text: text.slice(start, at) });
    start = at + length;
  });
  lines.push({ start, end: to, eol: "", text: text.slice(start, to) });
  return lines;
}

/** Offset where the line holding `offset` starts: just past the last LF or CR before it, or 0. */
export function lineStartAt(text: string, offset: number): number {
  return Math.max(text.lastIndexOf("\n", offset - 1), text.lastIndexOf("\r", offset - 1)) + 1;
}

/** Offset where the line holding `offset` ends: the first LF or CR at or after it, or the text's end. */
export function lineEndAt(text: string, offset: number): number {
  let end = text.length;
  for (const eol of ["\n", "\r"]) {
    const at = text.indexOf(eol, offset);
    if (at !== -1 && at < end) end = at;
  }
  return end;
}

/** How many line breaks of each kind `text` has, and the kinds in the order they first occur. */
function countLineBreaks(text: string): { counts: Record<Exclude<Line["eol"], "">, number>; order: Exclude<Line["eol"], "">[] } {
  const counts = { "\n": 0, "\r\n": 0, "\r": 0 };
  const order: Exclude<Line["eol"], "">[] = [];
  forEachLineBreak(text, 0, text.length, (at, length) => {
    const eol = eolAt(text, at, length) as Exclude<Line["eol"], "">;
    if (counts[eol]++ === 0) order.push(eol);
  });
  return { counts, order };
}

/** The file's line-ending convention. */
export function detectEol(text: string): "lf" | "crlf" | "cr" | "mixed" | "none" {
  const { counts, order } = countLineBreaks(text);
  if (order.length === 0) return "none";
  if (order.length > 1) return "mixed";
  return counts["\n"] ? "lf" : counts["\r\n"] ? "crlf" : "cr";
}

/** The line ending to use when a fix inserts a line break: the file's most common one (of equally common ones, the first seen). */
export function preferredEol(text: string): "\n" | "\r\n" | "\r" {
  const { counts, order } = countLineBreaks(text);
  let best: "\n" | "\r\n" | "\r" = "\n";
  let most = 0;
  for (const eol of order) {
    if (counts[eol] > most) {
      most = counts[eol];
      best = eol;
    }
  }
  return best;
}

/** Maps offsets to 1-based line and column (UTF-16 units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    forEachLineBreak(text, 0, text.length, (at, length) => this.starts.push(at + length));
  }

  position(offset: number): { line: number; column: number; offset: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1, offset };
  }
}
