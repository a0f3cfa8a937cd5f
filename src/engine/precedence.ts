/**
 * Category precedence, in one place: when two findings describe the same
 * artefact, the more specific category wins and the other is dropped. Rules
 * stay simple and report what they see; this table settles the overlap.
 */
import type { Category } from "../report/categories.js";
import type { Finding } from "../report/types.js";

/** winner → the categories it supersedes where their ranges meet. */
export const SUPERSEDES: Partial<Record<Category, readonly Category[]>> = {
  // A lone section marker (五、 then a paragraph) is an orphan, not a split paragraph.
  "orphan-marker": ["paragraph-split", "line-wrap"],
  // The last paragraph of a document cut mid-sentence is a truncation.
  truncation: ["paragraph-split", "line-wrap", "punctuation"],
  // A page-number line (第 3 页 共 10 页) is removed whole: its spaces and its
  // place between two halves of a sentence are not separate artefacts.
  "page-furniture": ["line-wrap", "spacing"],
  // An unclosed quote across a paragraph break is evidence of the split, not a separate error.
  "paragraph-split": ["punctuation"],
  // Text displaced into a table is reported once, as misplaced.
  "misplaced-fragment": ["paragraph-split", "truncation", "duplicate", "punctuation"],
};

type Span = Finding["range"];

function meets(a: Span, b: Span): boolean {
  return a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
}

/**
 * Where a finding claims the text: its own range and its related locations — a
 * displaced fragment speaks for the dangling tail it belongs to as well.
 */
function claims(winner: Finding, loser: Finding): boolean {
  return meets(winner.range, loser.range) || winner.related.some((related) => meets(related.range, loser.range));
}

/** Drop findings superseded by an overlapping finding of a more specific category. */
export function applyPrecedence(findings: Finding[]): Finding[] {
  return findings.filter(
    (loser) => !findings.some((winner) => winner !== loser && SUPERSEDES[winner.category]?.includes(loser.category) && claims(winner, loser)),
  );
}
