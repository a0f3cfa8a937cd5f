/**
 * Garbles read off a pair of texts: a clean text and a copy someone corrupted by
 * hand (`npm run eval:pairs`). No injector's list of forms stands behind such a
 * copy, so it checks the detectors on corruption made differently from the
 * eval's: each place where the copy differs from the clean text is one garble.
 */
import { diffChars } from "diff";

/** One place where the corrupted copy differs: [start, end) in the copy, and what stood there in the clean text. */
export interface PairEdit {
  start: number;
  end: number;
  /** The clean text's characters at the place ("" for an insertion). */
  original: string;
  /** The copy's characters at the place ("" for a deletion). */
  written: string;
}

/**
 * Differences closer than this (characters of the copy between them) are one garble: a swap reads
 * as a deletion and an insertion, a changed word as several pieces.
 */
const SAME_PLACE = 3;

/** The places where `corrupted` differs from `clean`, in the copy's offsets. A deletion is the empty range at its place. */
export function pairEdits(clean: string, corrupted: string): PairEdit[] {
  const edits: PairEdit[] = [];
  let at = 0;
  for (const part of diffChars(clean, corrupted)) {
    if (!part.added && !part.removed) {
      at += part.value.length;
      continue;
    }
    const last = edits.at(-1);
    const edit = last && at - last.end <= SAME_PLACE ? last : undefined;
    const written = part.added ? part.value : "";
    const original = part.removed ? part.value : "";
    if (edit) {
      // (The copy's characters between the two pieces belong to both texts: part of the garble.)
      const between = corrupted.slice(edit.end, at);
      edit.original += between + original;
      edit.written += between + written;
      edit.end = at + written.length;
    } else {
      edits.push({ start: at, end: at + written.length, original, written });
    }
    if (part.added) at += part.value.length;
  }
  return edits;
}

/** Whether a finding over [start, end) of the copy reaches the edit (a character's slack each side, as the eval's). */
export function reaches(edit: PairEdit, start: number, end: number): boolean {
  return start <= edit.end + 1 && end >= edit.start - 1;
}
