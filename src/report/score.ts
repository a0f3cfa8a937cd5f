/**
 * The integrity score, defined once: 100 for a clean text, falling with the
 * density of weighted findings.
 *
 *   D = Σ (severity weight × confidence) per 10 000 characters
 *   score = 100 × exp(−D / 15), rounded to one decimal
 *
 * Weights: error 1, warning 0.5, info 0.1. Characters are non-white-space code
 * points, counted as at least 1 000 so one finding in a short note does not
 * zero it. One confident artefact per 10 000 characters scores ≈ 94; fifteen
 * score ≈ 37.
 */
import { codePointWidthAt } from "../cjk/codepoints.js";
import { isWhiteSpaceCode } from "../cjk/spaces.js";
import type { Severity } from "./categories.js";

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 1, warning: 0.5, info: 0.1 };
export const SCORE_SCALE = 15;
export const MIN_CHARACTERS = 1000;

export function integrityScore(findings: readonly { severity: Severity; confidence: number }[], characters: number): number {
  const weight = findings.reduce((sum, f) => sum + SEVERITY_WEIGHT[f.severity] * f.confidence, 0);
  const density = weight / (Math.max(characters, MIN_CHARACTERS) / 10_000);
  return Math.round(1000 * Math.exp(-density / SCORE_SCALE)) / 10;
}

/**
 * Non-white-space code points of `text`. By code unit, not `for…of` with a
 * pattern, which made a string per character (a report counts the whole text
 * and each document again). A surrogate pair is one code point and never white
 * space; a lone surrogate counts as one, as `for…of` yields it.
 */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const width = codePointWidthAt(text, i);
    if (width === 2 || !isWhiteSpaceCode(text.charCodeAt(i))) count++;
    i += width;
  }
  return count;
}
