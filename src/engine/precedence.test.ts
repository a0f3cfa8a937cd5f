import { describe, expect, it } from "vitest";
import { CATEGORIES, type Category } from "../report/categories.js";
import type { Finding } from "../report/types.js";
import { applyPrecedence, RULE_EXPLAINS, RULE_SUPERSEDES, SUPERSEDES, SUPERSEDES_AT_RELATED } from "./precedence.js";

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
function finding(category: Category, start: number, end: number, related: [number, number][] = [], ruleId: string = category): Finding {
  return {
    ruleId,
    category,
    severity: "error",
    confidence: 1,
    message: category,
    messageId: "m",
    range: { start: at(start), end: at(end) },
    suggestions: [],
    related: related.map(([s, e]) => ({ message: "", range: { start: at(s), end: at(e) } })),
    fingerprint: "0000000000000000",
    document: 0,
  };
}

describe("applyPrecedence", () => {
  it("drops a paragraph-split where an orphan marker is reported", () => {
    const kept = applyPrecedence([finding("orphan-marker", 10, 13), finding("paragraph-split", 12, 16)]);
    expect(kept.map((f) => f.category)).toEqual(["orphan-marker"]);
  });

  it("reads a quotation mark among mojibake's bytes, or in a running header, as part of that artefact", () => {
    expect(applyPrecedence([finding("encoding", 4, 40), finding("punctuation", 33, 34)]).map((f) => f.category)).toEqual(["encoding"]);
    expect(applyPrecedence([finding("page-furniture", 0, 14), finding("punctuation", 5, 6)]).map((f) => f.category)).toEqual(["page-furniture"]);
  });

  it("keeps findings of unrelated categories and findings that do not meet", () => {
    const all = [finding("stray-latin", 10, 13), finding("paragraph-split", 12, 16), finding("orphan-marker", 30, 33)];
    expect(applyPrecedence(all)).toHaveLength(3);
  });

  it("joins no line across a line written twice: the copy goes first", () => {
    const kept = applyPrecedence([finding("duplicate", 19, 37), finding("line-wrap", 17, 20)]);
    expect(kept.map((f) => f.category)).toEqual(["duplicate"]);
  });

  it("reads a heading run into a paragraph as a lost break, not a truncation", () => {
    const kept = applyPrecedence([finding("numbering-gap", 25, 31), finding("truncation", 30, 31)]);
    expect(kept.map((f) => f.category)).toEqual(["numbering-gap"]);
  });

  it("drops a variant fix inside mojibake: the traditional form is a byte of the garbled run", () => {
    const kept = applyPrecedence([finding("encoding", 4, 14), finding("variant", 5, 6)]);
    expect(kept.map((f) => f.category)).toEqual(["encoding"]);
  });

  it("keeps the count's diagnosis of a garbled marker, not the language model's guess at it", () => {
    const count = finding("garbled", 10, 14, [], "numbering-gap");
    const model = finding("garbled", 10, 14, [], "garbled-text");
    expect(applyPrecedence([model, count])).toEqual([count]);
    // Across categories the rule table says nothing: a gap there leaves a garble alone.
    expect(applyPrecedence([finding("numbering-gap", 10, 14, [], "numbering-gap"), model])).toHaveLength(2);
  });

  it("reads a quotation mark left unpaired by a phrase pasted twice as the copy's, not a punctuation error", () => {
    const copy = finding("garbled", 20, 32, [[8, 20]], "repeated-phrase");
    const quote = finding("punctuation", 24, 25, [], "punctuation");
    expect(applyPrecedence([quote, copy])).toEqual([copy]);
    // Other garbled findings still give way to punctuation: the table names the pasted phrase only.
    expect(applyPrecedence([quote, finding("garbled", 23, 26, [], "garbled-text")])).toEqual([quote]);
    // A mark beside the copy is no mark of it (监护人.|未成年学生的…): the category's precedence holds.
    const beside = finding("punctuation", 19, 20, [], "punctuation");
    expect(applyPrecedence([beside, copy])).toEqual([beside]);
  });

  it("lets a displaced fragment claim the dangling tail it belongs to", () => {
    const fragment = finding("misplaced-fragment", 500, 540, [[100, 104]]);
    const split = finding("paragraph-split", 103, 106);
    expect(applyPrecedence([fragment, split])).toEqual([fragment]);
  });

  it("keeps the truncation at the tail a displaced fragment belongs to: both halves of one repair", () => {
    const fragment = finding("misplaced-fragment", 500, 540, [[100, 104]]);
    const truncation = finding("truncation", 100, 104);
    expect(applyPrecedence([fragment, truncation])).toHaveLength(2);
  });
});

describe("applyPrecedence on many findings", () => {
  // The definition, pair by pair: a finding goes when another one's range, or a related location, meets it and supersedes its category.
  const meets = (a: Finding["range"], b: Finding["range"]) => a.start.offset <= b.end.offset && b.start.offset <= a.end.offset;
  const holds = (a: Finding["range"], b: Finding["range"]) => a.start.offset <= b.start.offset && b.end.offset <= a.end.offset;
  const naive = (findings: Finding[]) =>
    findings.filter(
      (loser) =>
        !findings.some(
          (winner) =>
            winner !== loser &&
            ((SUPERSEDES[winner.category]?.includes(loser.category) && !(RULE_EXPLAINS[loser.ruleId]?.includes(winner.ruleId) && holds(loser.range, winner.range)) && meets(winner.range, loser.range)) ||
              (RULE_EXPLAINS[winner.ruleId]?.includes(loser.ruleId) && holds(winner.range, loser.range)) ||
              (winner.category === loser.category && RULE_SUPERSEDES[winner.ruleId]?.includes(loser.ruleId) && meets(winner.range, loser.range)) ||
              (SUPERSEDES_AT_RELATED[winner.category]?.includes(loser.category) && winner.related.some((r) => meets(r.range, loser.range)))),
        ),
    );

  it("keeps exactly what the pairwise definition keeps, long and short ranges mixed", () => {
    // A fixed linear congruential sequence: the same findings on every run.
    let state = 12345;
    const next = (n: number) => ((state = (state * 1103515245 + 12345) % 2 ** 31), state % n);
    const findings: Finding[] = [];
    for (let i = 0; i < 2000; i++) {
      const start = next(20000);
      const length = next(10) === 0 ? next(3000) : next(8);
      const relatedStart = next(20000);
      const related: [number, number][] = next(5) === 0 ? [[relatedStart, relatedStart + next(6)]] : [];
      const category = CATEGORIES[next(CATEGORIES.length)]!;
      // Some from the rules of the rule tables, so that their claims are exercised too.
      const ruleId = next(3) === 0 ? ["numbering-gap", "garbled-text", "repeated-phrase", "punctuation"][next(4)]! : category;
      findings.push(finding(category, start, start + length, related, ruleId));
    }
    const kept = applyPrecedence(findings);
    expect(kept).toEqual(naive(findings));
    // The mix exercises both outcomes.
    expect(kept.length).toBeGreaterThan(500);
    expect(kept.length).toBeLessThan(findings.length - 200);
  });
});
