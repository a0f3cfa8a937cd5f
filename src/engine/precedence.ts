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
  // (Its marks belong to the furniture too: a running header's title cut short, 北京市实施《中华人民共和.)
  "page-furniture": ["line-wrap", "spacing", "punctuation", "garbled"],
  // An unclosed quote across a paragraph break is evidence of the split, not a separate error.
  "paragraph-split": ["punctuation", "garbled"],
  // Text displaced into a table is reported once, as misplaced.
  "misplaced-fragment": ["paragraph-split", "truncation", "duplicate", "garbled"],
  // A heading run into a paragraph (…全市。第二章　管理) ends it without a full stop: no truncation.
  "numbering-gap": ["truncation"],
  // A repeated block repeats its markers too: the count breaks because of the copy. A line
  // written twice is deleted before its neighbours are joined (the fix runs again after).
  duplicate: ["numbering-gap", "garbled", "line-wrap"],
  // A specific artefact also reads as an improbable passage to the language
  // model; the specific diagnosis (and its fix) is the one to show.
  "stray-latin": ["garbled"],
  // (Inside mojibake a traditional form is a byte of the garbled run: converting it would spoil the recovery.)
  // (Nor is a quotation mark among mojibake's bytes half of a pair.)
  encoding: ["garbled", "variant", "punctuation"],
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

/**
 * Within one category, rule → the rules it supersedes where their ranges meet: two diagnoses
 * of one artefact, the more specific kept. A marker's garbled number (第十壶条) is the count's
 * finding — numbering-gap knows the marker it should be — not the language model's guess.
 */
export const RULE_SUPERSEDES: Readonly<Record<string, readonly string[]>> = {
  "numbering-gap": ["garbled-text"],
};

/**
 * Across categories, rule → the rules whose findings its own finding explains where it holds them
 * (their range within its own): it supersedes them, and their categories' precedence over its own
 * does not apply. A phrase pasted twice copies its marks too (…“一带一路”引领效应持续释|一带一路”引领效应持续释放):
 * the unpaired quotation mark is the copy's, and removing the copy mends both. (A mark beside the
 * copy is not: 监护人.|未成年学生的… keeps its half-width full stop.)
 */
export const RULE_EXPLAINS: Readonly<Record<string, readonly string[]>> = {
  "repeated-phrase": ["punctuation"],
};

/** Whether `explainer`'s finding explains `explained` (RULE_EXPLAINS: its rule, and its range holds the other's). */
const explains = (explainer: Finding, explained: Finding) =>
  RULE_EXPLAINS[explainer.ruleId]?.includes(explained.ruleId) === true &&
  explainer.range.start.offset <= explained.range.start.offset &&
  explained.range.end.offset <= explainer.range.end.offset;

/** A range where `winner` supersedes the findings `beats` accepts: its own range or a related location. */
interface Claim {
  start: number;
  end: number;
  beats: (loser: Finding) => boolean;
  winner: Finding;
}

/**
 * Drop findings superseded by an overlapping finding of a more specific category.
 *
 * Ranges meet when they overlap or touch. The claims are sorted by start, so a
 * finding is checked only against the claims that can reach it: comparing every
 * pair took a tenth of a lint of a big file with thousands of findings.
 */
export function applyPrecedence(findings: Finding[]): Finding[] {
  const claims: Claim[] = [];
  for (const winner of findings) {
    const start = winner.range.start.offset;
    const end = winner.range.end.offset;
    const loses = SUPERSEDES[winner.category];
    if (loses) claims.push({ start, end, beats: (loser) => loses.includes(loser.category) && !explains(loser, winner), winner });
    const rules = RULE_SUPERSEDES[winner.ruleId];
    if (rules) claims.push({ start, end, beats: (loser) => loser.category === winner.category && rules.includes(loser.ruleId), winner });
    if (RULE_EXPLAINS[winner.ruleId]) claims.push({ start, end, beats: (loser) => explains(winner, loser), winner });
    const losesAtRelated = SUPERSEDES_AT_RELATED[winner.category];
    if (losesAtRelated) for (const r of winner.related) claims.push({ start: r.range.start.offset, end: r.range.end.offset, beats: (loser) => losesAtRelated.includes(loser.category), winner });
  }
  if (claims.length === 0) return findings;
  claims.sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end among claims 0..i (claims before i may still reach a finding past claim i's end).
  const reach: number[] = [];
  for (const [i, c] of claims.entries()) reach.push(Math.max(c.end, i > 0 ? reach[i - 1]! : -Infinity));
  const superseded = (loser: Finding): boolean => {
    const { offset: start } = loser.range.start;
    const { offset: end } = loser.range.end;
    // The last claim starting at or before the loser's end; earlier ones are checked while they can still reach it.
    let hi = claims.length;
    for (let lo = 0; lo < hi; ) {
      const mid = (lo + hi) >>> 1;
      if (claims[mid]!.start <= end) lo = mid + 1;
      else hi = mid;
    }
    for (let i = hi - 1; i >= 0 && reach[i]! >= start; i--) {
      const c = claims[i]!;
      if (c.end >= start && c.winner !== loser && c.beats(loser)) return true;
    }
    return false;
  };
  return findings.filter((loser) => !superseded(loser));
}
