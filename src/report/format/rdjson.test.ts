import { describe, expect, it } from "vitest";
import { hostileReport, HOSTILE_PATH, HOSTILE_TEXT } from "../../../test/support/report-fixture.js";
import { formatRdjson, toRdjson } from "./rdjson.js";

describe("--format rdjson (reviewdog)", () => {
  const { report, sources } = hostileReport();
  const result = toRdjson(report, sources);

  it("is a DiagnosticResult: source, overall severity, one diagnostic per finding with its real message and rule code", () => {
    expect(JSON.parse(formatRdjson(report, sources))).toEqual(result);
    expect(result.source).toEqual({ name: "jiaodui" });
    expect(result.severity).toBe("ERROR");
    expect(result.diagnostics.map((d) => d.severity)).toEqual(["ERROR", "WARNING", "INFO"]);
    expect(result.diagnostics.map((d) => d.code.value)).toEqual(["stray-latin/strayConjunction", "markup/htmlTag", "misplaced-fragment/displaced"]);
    result.diagnostics.forEach((d, i) => {
      expect(d.message).toBe(report.files[0]!.findings[i]!.message);
      expect(d.location.path).toBe(HOSTILE_PATH);
    });
  });

  it("counts columns in UTF-8 bytes, as reviewdog's Position defines, with an exclusive end", () => {
    const range = result.diagnostics[0]!.location.range;
    const line = HOSTILE_TEXT.split("\n")[1]!;
    const before = line.slice(0, line.indexOf(" and "));
    expect(range.start).toEqual({ line: 2, column: Buffer.byteLength(before) + 1 });
    expect(range.start.column).toBe(2 * 4 + 8 * 3 + 1); // two astral ideographs (4 bytes) and eight BMP ideographs (3 bytes)
    expect(range.end).toEqual({ line: 2, column: range.start.column! + Buffer.byteLength(" and ") });
  });

  it("turns the fix and the suggestions into suggestions with exact ranges", () => {
    expect(result.diagnostics[0]!.suggestions).toEqual([{ range: result.diagnostics[0]!.location.range, text: "和" }]);
    expect(result.diagnostics[1]!.suggestions!.map((s) => s.text)).toEqual(["", "&lt;img&gt;"]);
    expect(result.diagnostics[2]!.suggestions).toBeUndefined();
  });

  it("without the source text: line-wise ranges and no suggestions", () => {
    const bare = toRdjson(report, new Map());
    expect(bare.diagnostics[0]!.location.range).toEqual({ start: { line: 2 }, end: { line: 2 } });
    expect(bare.diagnostics.every((d) => d.suggestions === undefined)).toBe(true);
  });
});
