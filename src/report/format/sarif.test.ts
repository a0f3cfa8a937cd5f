import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { hostileReport, HOSTILE_TEXT } from "../../../test/support/report-fixture.js";
import { multitoolPath, sarifSchemaProblems } from "../../../test/support/sarif.js";
import { RULES } from "../../../rules/index.js";
import { formatSarif, toSarif } from "./sarif.js";

describe("--format sarif (SARIF 2.1.0)", () => {
  const { report } = hostileReport();
  const log = toSarif(report);
  const run = log.runs[0]!;

  it("declares SARIF 2.1.0 and UTF-16 columns", () => {
    expect(log.version).toBe("2.1.0");
    expect(run.columnKind).toBe("utf16CodeUnits");
  });

  it("describes every rule that ran from the registry: description and help pointing at its README", () => {
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual(report.rules);
    const stray = rules.find((r) => r.id === "stray-latin")!;
    const meta = RULES.find((r) => r.meta.id === "stray-latin")!.meta;
    expect(stray.shortDescription!.text).toBe(meta.description.zh);
    expect(stray.fullDescription!.text).toContain(meta.description.en);
    expect(stray.help!.text).toContain("rules/stray-latin/README.md");
  });

  it("gives each result its rule, level, physical location (line/column and charOffset/charLength) and fingerprint", () => {
    const [stray, markup, fragment] = run.results!;
    expect(stray!.ruleId).toBe("stray-latin");
    expect(run.tool.driver.rules![stray!.ruleIndex!]!.id).toBe("stray-latin");
    expect([stray!.level, markup!.level, fragment!.level]).toEqual(["error", "warning", "note"]);
    const start = HOSTILE_TEXT.indexOf(" and ");
    expect(stray!.locations![0]!.physicalLocation!.region).toEqual({ startLine: 2, startColumn: 13, endLine: 2, endColumn: 18, charOffset: start, charLength: 5 });
    expect(stray!.locations![0]!.physicalLocation!.artifactLocation).toEqual({ uri: "docs/%E6%81%B6%E6%84%8F%20%E6%96%87%E6%A1%A3.txt", uriBaseId: "%SRCROOT%", index: 0 });
    expect(stray!.partialFingerprints!["jiaodui/v1"]).toBe(report.files[0]!.findings[0]!.fingerprint);
    expect(fragment!.relatedLocations![0]!.message!.text).toBe("片段应接在这里 <i>");
  });

  it("turns the fix and the suggestions into SARIF fixes with deletedRegion and insertedContent", () => {
    const [stray, markup] = run.results!;
    const replacement = stray!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(replacement).toEqual({ deletedRegion: { charOffset: HOSTILE_TEXT.indexOf(" and "), charLength: 5 }, insertedContent: { text: "和" } });
    expect(stray!.fixes![0]!.description!.text).toMatch(/^安全修复/u);
    expect(markup!.fixes!.map((f) => f.description!.text!.slice(0, 5))).toEqual(["需人工确认", "需人工确认"]);
  });

  const tool = multitoolPath();
  it.skipIf(!tool)("validates against the official SARIF 2.1.0 schema (shipped with the multitool), which rejects a broken log", () => {
    expect(sarifSchemaProblems(log)).toEqual([]);
    const broken = structuredClone(log);
    broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.startLine = 0;
    expect(sarifSchemaProblems(broken)).toEqual(["/runs/0/results/0/locations/0/physicalLocation/region/startLine must be >= 1"]);
  });

  it.skipIf(!tool)("passes Microsoft's SARIF validator (sarif-multitool validate) without errors; a broken control file gets errors", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-sarif-"));
    const ours = [join(dir, "hostile.sarif"), join(dir, "absolute.sarif")];
    writeFileSync(ours[0]!, formatSarif(report));
    const absolute = hostileReport().report;
    absolute.files[0]!.path = join(dir, "文档 1.txt");
    writeFileSync(ours[1]!, formatSarif(absolute));
    // Control: schema-valid, but a region whose end precedes its start (SARIF1007).
    const control = join(dir, "control.sarif");
    const broken = structuredClone(log);
    broken.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region!.endLine = 1;
    writeFileSync(control, JSON.stringify(broken, null, 2));
    const result = spawnSync(tool!, ["validate", ...ours, control], { encoding: "utf8", timeout: 120_000 });
    const output = `${result.stdout}\n${result.stderr}`;
    expect(output).toContain("Analysis completed successfully");
    const errors = output.split("\n").filter((line) => /: error SARIF/u.test(line));
    expect(errors.filter((line) => !line.startsWith(control))).toEqual([]);
    expect(errors.some((line) => line.startsWith(control) && line.includes("SARIF1007"))).toBe(true);
    expect(result.status).toBe(0);
  });
});
