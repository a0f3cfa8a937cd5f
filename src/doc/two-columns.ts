/**
 * Pages set in two columns that `pdftotext -layout` read line by line: each
 * output line holds a line of the left column, a gutter of spaces and a line
 * of the right column (…持续向前发展。       方利益的原则…). Such a page is not
 * prose to repair line by line: deleting a gutter splices the two columns,
 * joining two lines joins four half-lines. Rules ask here which gaps are
 * gutters and which lines belong to such a page.
 *
 * A page (lines between form feeds, which pdftotext writes at every page's
 * end; the whole text without them) is in two columns when many of its lines
 * have a gap of two spaces or more after which text starts at nearly the same
 * column: the right column's left edge. The columns are counted in code
 * points, as pdftotext lays out its character grid; justification shifts
 * them a few cells (one sample page: 263 of 276 gaps within seven columns).
 */
import { IDEOGRAPH } from "../cjk/chars.js";
import { splitLines, type Line } from "./lines.js";

export interface ColumnPage {
  /** Offsets of the page's text: from its first line's start to its last line's end. */
  start: number;
  end: number;
  /** The gutters: [start, end) offsets of the gaps between the columns. */
  gutters: [number, number][];
}

/** Width of the window of columns the right column's left edge falls in. */
const EDGE_WINDOW = 8;
/** Lines with a gutter a page needs, in number and as a share of its non-blank lines. */
const MIN_GUTTER_LINES = 6;
const MIN_GUTTER_SHARE = 0.3;
/** Columns the known edge may lie left of the document's median edge (one sample: edges 24–28 around 25). */
const EDGE_SPREAD = 2;
/** Gutters at the document's known edge that make another of its pages two-column. */
const KNOWN_EDGE_LINES = 2;
const GAP = /(?<=\S)[ \u3000]{2,}(?=\S)/gu;

let cached: { text: string; pages: ColumnPage[] } | undefined;

export function findTwoColumnPages(text: string): ColumnPage[] {
  if (cached?.text === text) return cached.pages;
  const pages: ColumnPage[] = [];
  // (Most texts have no gap of two spaces at all.)
  if (/\S[ \u3000]{2,}\S/u.test(text)) {
    const lines = splitLines(text);
    const bounds: [number, number][] = [];
    let first = 0;
    for (let i = 0; i <= lines.length; i++) {
      if (i < lines.length && !lines[i]!.text.includes("\f")) continue;
      if (first < lines.length) bounds.push([first, Math.min(i, lines.length - 1)]);
      first = i + 1;
    }
    const found = bounds.map(([from, to]) => twoColumnPage(lines, from, to));
    // A page of a two-column document with fewer full lines (its last, a table's) has its gutter at the same edge.
    const edges = found.flatMap((page) => (page ? [page.edge] : [])).sort((a, b) => a - b);
    const edge = edges[Math.floor(edges.length / 2)];
    bounds.forEach(([from, to], k) => {
      const page = found[k] ?? (edge !== undefined ? twoColumnPage(lines, from, to, edge) : undefined);
      if (page) pages.push(page);
    });
  }
  cached = { text, pages };
  return pages;
}

/**
 * The page's columns, when it has them: the window of columns holding the most right-column
 * edges; or, given the document's `knownEdge` (from its other pages), two edges in that window.
 */
function twoColumnPage(lines: Line[], firstLine: number, lastLine: number, knownEdge?: number): (ColumnPage & { edge: number }) | undefined {
  const candidates: { column: number; gap: [number, number] }[] = [];
  let nonBlank = 0;
  for (let i = firstLine; i <= lastLine; i++) {
    const line = lines[i]!;
    if (line.text.trim() === "") continue;
    nonBlank++;
    for (const m of line.text.matchAll(GAP)) {
      const end = m.index + m[0].length;
      // Chinese text on both sides of the gap (a table of numbers or a form is no page of prose).
      if (!IDEOGRAPH.test(line.text.slice(0, m.index)) || !IDEOGRAPH.test(line.text.slice(end))) continue;
      candidates.push({ column: [...line.text.slice(0, end)].length, gap: [line.start + m.index, line.start + end] });
    }
  }
  const within = (from: number, to = from + EDGE_WINDOW) => candidates.filter((c) => c.column >= from && c.column < to).map((c) => c.gap);
  if (knownEdge !== undefined) {
    // (The pages' own edges spread a few columns around the median.)
    const gutters = within(knownEdge - EDGE_SPREAD, knownEdge + EDGE_WINDOW);
    return gutters.length >= KNOWN_EDGE_LINES ? { start: lines[firstLine]!.start, end: lines[lastLine]!.end, gutters, edge: knownEdge } : undefined;
  }
  if (candidates.length < MIN_GUTTER_LINES) return undefined;
  // The window of columns holding the most right-column edges.
  const columns = candidates.map((c) => c.column).sort((a, b) => a - b);
  let best = 0;
  let bestFrom = 0;
  for (let lo = 0, hi = 0; hi < columns.length; hi++) {
    while (columns[hi]! - columns[lo]! >= EDGE_WINDOW) lo++;
    if (hi - lo + 1 > best) (best = hi - lo + 1), (bestFrom = columns[lo]!);
  }
  if (best < MIN_GUTTER_LINES || best < MIN_GUTTER_SHARE * nonBlank) return undefined;
  return { start: lines[firstLine]!.start, end: lines[lastLine]!.end, gutters: within(bestFrom), edge: bestFrom };
}

/** Whether `offset` lies on a line of a two-column page. */
export function inTwoColumnPage(pages: readonly ColumnPage[], offset: number): boolean {
  return pages.some((page) => page.start <= offset && offset <= page.end);
}
