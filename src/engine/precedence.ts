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
  "orphan-marker": ["paragraph-split", "line-wrap", "garbled"],
  // The last paragraph of a document cut mid-sentence is a truncation.
  truncation: ["paragraph-split", "line-wrap", "punctuation", "garbled"],
  // A page-number line (第 3 页 共 10 页) is removed whole: its spaces and its
  // place between two halves of a sentence are not separate artefacts.
  "page-furniture": ["line-wrap", "spacing", "garbled"],
  // An unclosed quote across a paragraph break is evidence of the split, not a separate error.
  "paragraph-split": ["punctuation", "garbled"],
  // Text displaced into a table is reported once, as misplaced.
  "misplaced-fragment": ["paragraph-split", "truncation", "duplicate", "garbled"],
  // A repeated block repeats its markers too: the count breaks because of the copy.
  duplicate: ["numbering-gap", "garbled"],
  // A specific artefact also reads as an improbable passage to the language
  // model; the specific diagnosis (and its fix) is the one to show.
  "stray-latin": ["garbled"],
  encoding: ["garbled"],
  markup: ["garbled"],
  spacing: ["garbled"],
  punctuation: ["garbled"],
  variant: ["garbled"],
};

/**
 * winner → the categories it supersedes at its related locations: the dangling
 * tail a displaced fragment belongs to is not also a split paragraph. (The
 * truncation there stays: it is the other half of the same repair.)
 */
export const SUPERSEDES_AT_RELATED: Partial<Record<Category, readonly Category[]>> = {
  "misplaced-fragment": ["paragraph-split", "punctuation"],
  truncation: ["paragraph-split", "punctuation"],
};

type Span = Finding["range"];

function meets(a: Span, b: Span): boolean {
  return a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
}

/** Does `winner` supersede `loser`, at its own range or at a related location? */
function supersedes(winner: Finding, loser: Finding): boolean {
  if (SUPERSEDES[winner.category]?.includes(loser.category) && meets(winner.range, loser.range)) return true;
  return Boolean(SUPERSEDES_AT_RELATED[winner.category]?.includes(loser.category)) && winner.related.some((r) => meets(r.range, loser.range));
}

/** Drop findings superseded by an overlapping finding of a more specific category. */
export function applyPrecedence(findings: Finding[]): Finding[] {
  return findings.filter((loser) => !findings.some((winner) => winner !== loser && supersedes(winner, loser)));
}
