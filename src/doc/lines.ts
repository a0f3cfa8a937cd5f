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

const LINE_BREAK = /\r\n|\r|\n/g;

/** The lines of `text[from, to)`, with absolute offsets. */
export function splitLines(text: string, from = 0, to = text.length): Line[] {
  const lines: Line[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  for (const match of slice.matchAll(LINE_BREAK)) {
    lines.push({ start: from + start, end: from + match.index, eol: match[0] as Line["eol"], text: slice.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ start: from + start, end: to, eol: "", text: slice.slice(start) });
  return lines;
}

/** The file's line-ending convention. */
export function detectEol(text: string): "lf" | "crlf" | "cr" | "mixed" | "none" {
  let lf = 0;
  let crlf = 0;
  let cr = 0;
  for (const match of text.matchAll(LINE_BREAK)) {
    if (match[0] === "\r\n") crlf++;
    else if (match[0] === "\r") cr++;
    else lf++;
  }
  const kinds = [lf, crlf, cr].filter((n) => n > 0).length;
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return lf ? "lf" : crlf ? "crlf" : "cr";
}

/** The line ending to use when a fix inserts a line break: the file's most common one. */
export function preferredEol(text: string): "\n" | "\r\n" | "\r" {
  const counts = new Map<string, number>();
  for (const match of text.matchAll(LINE_BREAK)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  let best: "\n" | "\r\n" | "\r" = "\n";
  let most = 0;
  for (const [eol, n] of counts) {
    if (n > most) {
      most = n;
      best = eol as typeof best;
    }
  }
  return best;
}

/** Maps offsets to 1-based line and column (UTF-16 units). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
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
