import { describe, expect, it } from "vitest";
import { buildReport, countFindings } from "../report/build.js";
import type { FileReport, Finding, Report } from "../report/types.js";
import { validateAgainst } from "./validate.js";

const position = (line: number, column: number, offset: number) => ({ line, column, offset });
const finding: Finding = {
  ruleId: "stray-latin",
  category: "stray-latin",
  severity: "error",
  confidence: 0.95,
  message: "英文虚词“and”夹在中文句子里",
  messageId: "function-word",
  range: { start: position(3, 9, 20), end: position(3, 14, 25) },
  fix: { range: [20, 25], text: "和", safe: true },
  suggestions: [{ message: "删除", fix: { range: [20, 25], text: "", safe: false } }],
  related: [],
  fingerprint: "0123456789abcdef",
  document: 0,
};
const file: FileReport = {
  path: "a.txt",
  parser: "text",
  encoding: "utf-8",
  bom: false,
  eol: "lf",
  characters: 100,
  integrityScore: 93.6,
  counts: countFindings([finding]),
  documents: [{ index: 0, title: null, range: { start: position(1, 1, 0), end: position(5, 1, 120) }, characters: 100, integrityScore: 93.6, counts: countFindings([finding]) }],
  findings: [finding],
};

function valid(): Report {
  return structuredClone(buildReport([file], ["stray-latin"], "zh-CN"));
}

describe("report schema", () => {
  it("accepts a report built by the report module", () => {
    expect(validateAgainst("report", valid())).toEqual([]);
  });

  it.each([
    ["a missing schemaVersion", (r: Report) => delete (r as Partial<Report>).schemaVersion],
    ["an unknown category", (r: Report) => ((r.files[0]!.findings[0] as { category: string }).category = "typo")],
    ["a zero line", (r: Report) => (r.files[0]!.findings[0]!.range.start.line = 0)],
    ["a confidence above 1", (r: Report) => (r.files[0]!.findings[0]!.confidence = 1.5)],
    ["a score above 100", (r: Report) => (r.summary.integrityScore = 101)],
    ["a fix without safe flag", (r: Report) => delete (r.files[0]!.findings[0]!.fix as Partial<NonNullable<Finding["fix"]>>).safe],
    ["an unexpected field", (r: Report) => ((r.files[0]!.findings[0] as unknown as Record<string, unknown>).extra = 1)],
    ["a malformed fingerprint", (r: Report) => (r.files[0]!.findings[0]!.fingerprint = "xyz")],
  ])("rejects %s", (_, breakIt) => {
    const report = valid();
    breakIt(report);
    expect(validateAgainst("report", report).length).toBeGreaterThan(0);
  });
});
