/**
 * `jiaodui report` and the report formats through `jiaodui lint --format`:
 * the same report as lint, every format on the bundled sample, --from with a
 * valid, an invalid and a non-JSON report, and exit codes that never depend
 * on where the report goes.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMATS } from "../src/report/format/index.js";
import type { Report } from "../src/report/types.js";
import { runCli } from "./support/cli.js";
import { SAMPLE } from "./support/paths.js";
import { sarifSchemaProblems, multitoolPath } from "./support/sarif.js";

const RULES = ["--rule", "stray-latin", "--rule", "paragraph-split"];
const tmp = () => mkdtempSync(join(tmpdir(), "jiaodui-report-"));

describe("jiaodui report", async () => {
  const lintJson = await runCli(["lint", "--format", "json", ...RULES, SAMPLE]);
  const report = JSON.parse(lintJson.stdout) as Report;

  it("renders the same report as lint --format json, with the same exit code", async () => {
    const result = await runCli(["report", "--format", "json", ...RULES, SAMPLE]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(lintJson.stdout);
  });

  it("writes HTML by default; -o keeps the exit code and prints nothing", async () => {
    const dir = tmp();
    const out = join(dir, "report.html");
    const result = await runCli(["report", "-o", out, ...RULES, SAMPLE]);
    expect(result).toMatchObject({ code: 1, stdout: "", stderr: "" });
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/^<!doctype html><html lang="zh-CN">/u);
    expect(html.match(/<article class="finding/gu)).toHaveLength(12);
    expect(html.match(/<mark>/gu)!.length).toBeGreaterThanOrEqual(12);
  });

  it("exits 0 when there is no error finding, to a file or not", async () => {
    const dir = tmp();
    const clean = join(dir, "clean.txt");
    writeFileSync(clean, "中华人民共和国和俄罗斯联邦发表联合声明。\n");
    expect((await runCli(["report", "-f", "md", clean])).code).toBe(0);
    expect((await runCli(["report", "-f", "md", "-o", join(dir, "r.md"), clean])).code).toBe(0);
  });

  it("every format is offered by lint --format and by report --format", async () => {
    expect(FORMATS).toEqual(expect.arrayContaining(["html", "md", "json", "sarif", "rdjson", "github"]));
    for (const format of FORMATS) {
      const viaLint = await runCli(["lint", "--format", format, ...RULES, SAMPLE]);
      const viaReport = await runCli(["report", "--format", format, ...RULES, SAMPLE]);
      expect(viaLint.code, format).toBe(1);
      expect(viaReport.code, format).toBe(1);
      expect(viaLint.stdout.length, format).toBeGreaterThan(0);
      if (format !== "stylish") expect(viaReport.stdout, format).toBe(viaLint.stdout);
    }
  });

  it.skipIf(!multitoolPath())("the sample's SARIF is valid against the SARIF 2.1.0 schema", async () => {
    const sarif = JSON.parse((await runCli(["report", "-f", "sarif", ...RULES, SAMPLE])).stdout);
    expect(sarifSchemaProblems(sarif)).toEqual([]);
    expect(sarif.runs[0].results).toHaveLength(12);
  });

  describe("--from <report.json>", () => {
    it("renders an existing report, reading its documents back for context", async () => {
      const dir = tmp();
      const json = join(dir, "report.json");
      writeFileSync(json, lintJson.stdout);
      const md = await runCli(["report", "--from", json, "-f", "md"]);
      expect(md.code).toBe(1);
      expect(md.stdout).toContain("| **合计** | 12 | 0 | 0 | 12 |");
      const html = await runCli(["report", "--from", json, "-f", "html"]);
      expect(html.stdout).toContain("<mark>");
      expect(html.stdout).not.toContain("源文件不可用");
    });

    it("shows no context when the documents are gone or have changed since", async () => {
      const dir = tmp();
      const copy = join(dir, "doc.txt");
      copyFileSync(SAMPLE, copy);
      const fromCopy = await runCli(["lint", "-f", "json", ...RULES, relative(dir, copy)], dir);
      mkdirSync(join(dir, "elsewhere"));
      writeFileSync(join(dir, "report.json"), fromCopy.stdout);
      // Changed: one character inserted at the top moves every offset.
      writeFileSync(copy, "前" + readFileSync(SAMPLE, "utf8"));
      const changed = await runCli(["report", "--from", "report.json"], dir);
      expect(changed.stdout).toContain("源文件不可用");
      expect(changed.stdout).not.toContain("<mark>");
      // Gone: the report's relative path does not resolve from another folder.
      const gone = await runCli(["report", "--from", "../report.json", "-f", "rdjson"], join(dir, "elsewhere"));
      const rd = JSON.parse(gone.stdout);
      expect(rd.diagnostics).toHaveLength(12);
      expect(rd.diagnostics[0].location.range.start.column).toBeUndefined();
    });

    it("refuses a report that does not match the schema, with the offending path, exit 2 and nothing written", async () => {
      const dir = tmp();
      const bad = structuredClone(report) as unknown as { files: { findings: { severity: string }[] }[] };
      bad.files[0]!.findings[0]!.severity = "fatal";
      writeFileSync(join(dir, "bad.json"), JSON.stringify(bad));
      const result = await runCli(["report", "--from", "bad.json", "-o", "out.html"], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^jiaodui: bad\.json: 不是有效的 jiaodui 报告 \/ not a valid jiaodui report .*\/files\/0\/findings\/0\/severity must be one of "error", "warning", "info"/u);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(join(dir, "out.html"))).toBe(false);
    });

    it("refuses a file that is not JSON or does not exist", async () => {
      const dir = tmp();
      writeFileSync(join(dir, "notes.json"), "# not json");
      const notJson = await runCli(["report", "--from", "notes.json"], dir);
      expect(notJson.code).toBe(2);
      expect(notJson.stderr).toMatch(/^jiaodui: notes\.json: 不是 JSON \/ not JSON/u);
      const missing = await runCli(["report", "--from", "missing.json"], dir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain("ENOENT");
    });

    it("takes either --from or paths, and needs one of them", async () => {
      expect((await runCli(["report", "--from", "x.json", SAMPLE])).code).toBe(2);
      const none = await runCli(["report"]);
      expect(none.code).toBe(2);
      expect(none.stderr).toContain("missing paths");
    });
  });
});
