import { describe, expect, it } from "vitest";
import type { Category } from "../report/categories.js";
import type { Finding } from "../report/types.js";
import { applyPrecedence } from "./precedence.js";

const at = (offset: number) => ({ line: 1, column: offset + 1, offset });
function finding(category: Category, start: number, end: number, related: [number, number][] = []): Finding {
  return {
    ruleId: category,
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

  it("keeps findings of unrelated categories and findings that do not meet", () => {
    const all = [finding("stray-latin", 10, 13), finding("paragraph-split", 12, 16), finding("orphan-marker", 30, 33)];
    expect(applyPrecedence(all)).toHaveLength(3);
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
