/**
 * Markers run into the paragraph before them (…本办法适用于全市。第二章　管理,
 * …加强督促检查。第五条　本办法自公布之日起施行。): the paragraph break before a
 * numbered heading, article or list item was lost in extraction, so the
 * marker sits inside prose right after a sentence's end. Where the count
 * expects it, it is the lost paragraph's, not a gap; a safe fix restores the
 * break.
 */
import type { Marker } from "../../src/doc/enumeration.js";
import { formatMarker, isDivision, parseMarker } from "../../src/doc/enumeration.js";
import type { MarkerOccurrence } from "../../src/doc/structure.js";

export interface MergedMarker {
  start: number;
  end: number;
  marker: Marker;
}

/** Sentence ends a lost break leaves right before a marker (a ； joins the items of an inline list). */
const SENTENCE_END = new Set(["。", "！", "？"]);
/** Longest stretch read for a marker at a candidate place. */
const MARKER_REACH = 24;

/**
 * The markers that continue `previous`'s count (its value + 1, + 2, … below `below`) written in
 * text[from, to) right after a sentence's end, in order; the search stops at the first value
 * not found.
 */
export function findMergedMarkers(text: string, previous: MarkerOccurrence, from: number, to: number, below: number): MergedMarker[] {
  const out: MergedMarker[] = [];
  let at = from;
  for (let value = previous.marker.value + 1; value < below; value++) {
    const expected = formatMarker(previous.marker, value);
    let found: MergedMarker | undefined;
    for (let x = text.indexOf(expected, at); x !== -1 && x < to && !found; x = text.indexOf(expected, x + 1)) {
      if (!SENTENCE_END.has(text[x - 1] ?? "")) continue;
      const marker = parseMarker(text.slice(x, Math.min(to, x + MARKER_REACH)));
      if (marker?.start === 0 && marker.scheme === previous.marker.scheme && marker.value === value) found = { start: x, end: x + marker.end, marker };
    }
    if (!found) break;
    out.push(found);
    at = found.end;
  }
  return out;
}

/** Whether a sequence's count may go on in the text after its last marker: articles, chapters and sections (an inline 二、 after a list's last item may be the text's own enumeration). */
export const continuesAfterLast = (occurrence: MarkerOccurrence): boolean => isDivision(occurrence.marker.scheme);
