/**
 * The foundation's acceptance on the bundled sample: with only the stray-latin
 * and paragraph-split rules, the 4 stray "and" and the 8 broken paragraphs are
 * found with their fixes, nothing else is, and --fix removes exactly them.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../src/report/types.js";
import { validateAgainst } from "../src/schemas/validate.js";
import { runCli } from "./support/cli.js";
import { SAMPLE } from "./support/paths.js";

const RULES = ["--rule", "stray-latin", "--rule", "paragraph-split"];
const original = readFileSync(SAMPLE, "utf8");

/** The text a finding points at, widened by `context` characters. */
function around(offset: number, context = 3): string {
  return original.slice(Math.max(0, offset - context), offset + context);
}

describe("jiaodui lint on the bundled sample (stray-latin, paragraph-split)", async () => {
  const result = await runCli(["lint", "--format", "json", ...RULES, SAMPLE]);
  const report = JSON.parse(result.stdout) as Report;
  const findings = report.files[0]!.findings;

  it("exits 1 and writes a report that validates against the schema", () => {
    expect(result.code).toBe(1);
    expect(validateAgainst("report", report)).toEqual([]);
  });

  it("finds the 4 stray 'and', each with a safe fix to 和", () => {
    const stray = findings.filter((f) => f.category === "stray-latin");
    expect(stray).toHaveLength(4);
    for (const f of stray) {
      expect(original.slice(f.range.start.offset, f.range.end.offset).trim()).toBe("and");
      expect(f.fix).toMatchObject({ text: "和", safe: true });
    }
  });

  it("finds the 8 broken paragraphs, each with a joining fix", () => {
    const splits = findings.filter((f) => f.category === "paragraph-split");
    expect(splits).toHaveLength(8);
    const joins = splits.map((f) => {
      const [start, end] = f.fix!.range;
      expect(original.slice(start, end).trim()).toBe("");
      return original.slice(start - 1, start) + original.slice(end, end + 1);
    });
    expect(joins.sort()).toEqual(["拓展", "双方", "双方", "展中", "互联", "济和", "比重", "、化"].sort());
  });

  it("flags nothing else: not AUKUS, 5G, the headings, the table rows or the —— items", () => {
    expect(findings).toHaveLength(12);
    const flagged = findings.map((f) => around(f.range.start.offset, 6)).join("|");
    for (const legit of ["AUKUS", "5G", "# 中华人民共和国", "| 中华人民共和国主席", "——以两国元首"]) expect(flagged).not.toContain(legit);
  });

  it("--fix removes exactly those artefacts and nothing else", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-sample-"));
    const copy = join(dir, "sample.txt");
    copyFileSync(SAMPLE, copy);
    const fixed = await runCli(["lint", "--fix", "--format", "json", ...RULES, copy]);
    const after = readFileSync(copy, "utf8");
    const remaining = (JSON.parse(fixed.stdout) as Report).files[0]!.findings;
    expect(remaining).toEqual([]);
    expect(fixed.code).toBe(0);
    for (const joined of ["不断拓展海外公民", "全球互联网治理体系", "发展中国家共同利益", "本币结算比重", "冶金、化肥", "中俄经济和贸易", "破坏国际地区安全和全球战略稳定", "在国家和地区间", "思路和分阶段", "交流和高质量合作"]) {
      expect(after).toContain(joined);
    }
    // Only white space and the four "and" went away; one 和 came in for each.
    const strip = (s: string) => s.replace(/\s+/g, "");
    expect(strip(after)).toBe(strip(original).replaceAll("and", "和"));
    // The lone markers, headings and table survive untouched.
    for (const kept of ["\n\n五、\n\n", "\n\n# 中华人民共和国主席和俄罗斯联邦总统", "| 中华人民共和国主席<br>习近平   | 俄罗斯联邦总统<br>弗·弗·普京 |"]) expect(after).toContain(kept);
  });

  it("--fix --dry-run prints a unified diff and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-sample-"));
    const copy = join(dir, "sample.txt");
    copyFileSync(SAMPLE, copy);
    const dry = await runCli(["lint", "--fix", "--dry-run", ...RULES, copy]);
    expect(dry.stdout).toMatch(/^--- a\//m);
    expect(dry.stdout).toMatch(/^\+.*不断拓展海外公民/m);
    // The note says what would be applied, not that it was.
    expect(dry.stderr).toMatch(/将应用 \d+ 处修复（--dry-run：未写入文件）/);
    expect(dry.stderr).not.toMatch(/已应用/);
    expect(readFileSync(copy, "utf8")).toBe(original);
  });

  it("writing the report to a file keeps the exit code", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-sample-"));
    const out = join(dir, "report.json");
    const written = await runCli(["lint", "--format", "json", "-o", out, ...RULES, SAMPLE]);
    expect(written.code).toBe(1);
    expect(written.stdout).toBe("");
    expect(JSON.parse(readFileSync(out, "utf8")).summary.findings).toBe(12);
  });

  it("speaks English on request", async () => {
    const en = await runCli(["lint", "--format", "json", "--locale", "en", "--rule", "stray-latin", SAMPLE]);
    const zh = await runCli(["lint", "--format", "json", "--rule", "stray-latin", SAMPLE]);
    const messages = (r: typeof en) => (JSON.parse(r.stdout) as Report).files[0]!.findings.map((f) => f.message);
    expect(messages(en)).toHaveLength(4);
    messages(en).forEach((m, i) => {
      expect(m).toMatch(/[A-Za-z]{4,} [A-Za-z]{2,}/);
      expect(m).not.toBe(messages(zh)[i]);
    });
  });
});
