import { describe, expect, it } from "vitest";
import { FixSafetyError } from "../errors.js";
import type { Edit, Finding } from "../report/types.js";
import { applyEdits, applySelected, fixToFixedPoint, parseSelector, selectEdits, verifyContentBalance, verifyOnlyDeclaredChanges } from "./fix.js";

const edit = (start: number, end: number, text: string): Edit => ({ range: [start, end], text, safe: true });

describe("applyEdits", () => {
  it("applies non-overlapping edits in offset order whatever their input order", () => {
    const result = applyEdits("甲 and 乙 or 丙", [edit(7, 11, "或"), edit(1, 6, "和")]);
    expect(result.output).toBe("甲和乙或丙");
    expect(result.deferred).toEqual([]);
  });

  it("defers an edit that overlaps an earlier one instead of dropping it silently", () => {
    const result = applyEdits("abcdef", [edit(1, 4, "X"), edit(3, 5, "Y")]);
    expect(result.output).toBe("aXef");
    expect(result.deferred).toEqual([edit(3, 5, "Y")]);
  });

  it("treats two insertions at the same point as a conflict", () => {
    const result = applyEdits("ab", [edit(1, 1, "X"), edit(1, 1, "Y")]);
    expect(result.output).toBe("aXb");
    expect(result.deferred).toHaveLength(1);
  });

  it("refuses a range outside the text", () => {
    expect(() => applyEdits("ab", [edit(1, 5, "")])).toThrow(FixSafetyError);
  });
});

describe("verifyOnlyDeclaredChanges", () => {
  it("accepts exactly the declared edits", () => {
    expect(() => verifyOnlyDeclaredChanges("不断拓\n\n展海外", "不断拓展海外", [edit(3, 5, "")])).not.toThrow();
  });

  it("rejects a change outside the declared edits", () => {
    expect(() => verifyOnlyDeclaredChanges("不断拓\n\n展海外", "不断拓展海", [edit(3, 5, "")])).toThrow(FixSafetyError);
  });

  it("rejects an edit that wrote something else than declared", () => {
    expect(() => verifyOnlyDeclaredChanges("a and b", "a 和 b", [edit(1, 6, "和")])).toThrow(FixSafetyError);
  });
});

describe("fixToFixedPoint", () => {
  // A stand-in linter: one safe fix per doubled "ab" → "a"; fixes create new work until none is left.
  const finding = (start: number, end: number, text: string): Finding =>
    ({ fix: { range: [start, end], text, safe: true } }) as unknown as Finding;
  const lint = async (text: string) => {
    const at = text.indexOf("aa");
    return at < 0 ? [] : [finding(at, at + 2, "a")];
  };

  it("re-lints until nothing changes", async () => {
    const outcome = await fixToFixedPoint("aaaa", lint);
    expect(outcome.output).toBe("a");
    expect(outcome.applied).toHaveLength(3);
    expect(outcome.unapplied).toEqual([]);
  });

  it("is idempotent: fixing the output again changes nothing", async () => {
    const first = await fixToFixedPoint("xaaay", lint);
    const second = await fixToFixedPoint(first.output, lint);
    expect(second.output).toBe(first.output);
    expect(second.applied).toEqual([]);
  });
});

describe("the content balance", () => {
  it("names a character lost outside the edits", () => {
    expect(() => verifyContentBalance("甲乙丙", "甲乙", [])).toThrow(/lose "丙"/);
  });
  it("ignores white space, which joins and splits legitimately", () => {
    expect(() => verifyContentBalance("甲 乙\n丙", "甲乙丙", [edit(1, 2, ""), edit(3, 4, "")])).not.toThrow();
  });
});

describe("reviewed fixes (--apply)", () => {
  const finding = (fingerprint: string, fix?: Edit, suggestions: Edit[] = []): Finding =>
    ({ fingerprint, ruleId: "r", fix, suggestions: suggestions.map((s) => ({ message: "m", fix: s })) }) as unknown as Finding;
  const findings = [finding("0123456789abcdef", edit(1, 6, "和")), finding("fedcba9876543210", undefined, [{ ...edit(0, 1, "乙"), safe: false }, { ...edit(0, 1, "丙"), safe: false }])];

  it("parses fingerprint, fingerprint:n and fingerprint:fix", () => {
    expect(parseSelector("0123456789abcdef")).toMatchObject({ fingerprint: "0123456789abcdef", choice: undefined });
    expect(parseSelector("0123456789abcdef-2:3")).toMatchObject({ fingerprint: "0123456789abcdef-2", choice: 3 });
    expect(parseSelector("0123456789abcdef:fix")).toMatchObject({ choice: "fix" });
    expect(() => parseSelector("and")).toThrow(/not a fingerprint/);
  });

  it("picks the safe fix, else the first suggestion, or the numbered suggestion", () => {
    expect(selectEdits(findings, [parseSelector("0123456789abcdef")])[0]!.edit.text).toBe("和");
    expect(selectEdits(findings, [parseSelector("fedcba9876543210")])[0]!.edit.text).toBe("乙");
    expect(selectEdits(findings, [parseSelector("fedcba9876543210:2")])[0]!.edit.text).toBe("丙");
    expect(() => selectEdits(findings, [parseSelector("fedcba9876543210:3")])).toThrow(/available: 1, 2/);
  });

  it("applies the selection through the guard and refuses overlapping selections", () => {
    const text = "甲 and 乙";
    expect(applySelected(text, selectEdits(findings, [parseSelector("0123456789abcdef"), parseSelector("fedcba9876543210:2")]))).toBe("丙和乙");
    const clash = [finding("0123456789abcdef", edit(1, 6, "和")), finding("1123456789abcdef", edit(2, 5, "&"))];
    expect(() => applySelected(text, selectEdits(clash, [parseSelector("0123456789abcdef"), parseSelector("1123456789abcdef")]))).toThrow(/overlap/);
  });
});
