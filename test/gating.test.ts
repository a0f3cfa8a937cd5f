/**
 * Merge gating: --fail-on, --max-warnings, --min-score, baselines (by content
 * fingerprint, stable when unrelated lines move), and the committed baseline
 * of the bundled sample that .ci/run checks.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/paths.js";
import type { Report } from "../src/report/types.js";
import { validateAgainst } from "../src/schemas/validate.js";
import { runCli } from "./support/cli.js";

const STRAY = "双方将深化交流 and 合作，共同维护地区和平。";
const CLEAN = "双方将深化交流和合作，共同维护地区和平。";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-gate-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** stray-latin findings as warnings, through the textlint configuration. */
const WARNING_RC = JSON.stringify({ rules: { "preset-jiaodui": { "stray-latin": { severity: "warning" } } } });
const ONLY = ["--rule", "stray-latin"];

describe("--fail-on, --max-warnings, --min-score", () => {
  it("by default only errors fail", async () => {
    const dir = project({ ".textlintrc.json": WARNING_RC, "a.txt": `${STRAY}\n` });
    expect((await runCli(["lint", ...ONLY, "a.txt"], dir)).code).toBe(0);
    const failing = await runCli(["lint", ...ONLY, "--fail-on", "warning", "a.txt"], dir);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/1 warning finding\(s\) at or above --fail-on warning/);
    expect((await runCli(["lint", ...ONLY, "--fail-on", "info", "a.txt"], dir)).code).toBe(1);
  });

  it("--max-warnings N fails on more than N warnings", async () => {
    const dir = project({ ".textlintrc.json": WARNING_RC, "a.txt": `${STRAY}\n\n${STRAY.replace("地区", "世界")}\n` });
    expect((await runCli(["lint", ...ONLY, "--max-warnings", "2", "a.txt"], dir)).code).toBe(0);
    const failing = await runCli(["lint", ...ONLY, "--max-warnings", "1", "a.txt"], dir);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/2 warning\(s\), more than --max-warnings 1/);
    expect((await runCli(["lint", ...ONLY, "--max-warnings", "-1", "a.txt"], dir)).code).toBe(2);
  });

  it("--min-score S fails a file scoring below S", async () => {
    const dir = project({ ".textlintrc.json": WARNING_RC, "a.txt": `${STRAY}\n`, "b.txt": `${CLEAN}\n` });
    const report = JSON.parse((await runCli(["lint", ...ONLY, "--format", "json", "a.txt"], dir)).stdout) as Report;
    const score = report.files[0]!.integrityScore;
    expect(score).toBeLessThan(100);
    expect((await runCli(["lint", ...ONLY, "--min-score", String(score), "a.txt", "b.txt"], dir)).code).toBe(0);
    const failing = await runCli(["lint", ...ONLY, "--min-score", String(Math.min(100, score + 1)), "a.txt", "b.txt"], dir);
    expect(failing.code).toBe(1);
    expect(failing.stderr).toMatch(/a\.txt: integrity score [\d.]+ below --min-score/);
    expect(failing.stderr).not.toMatch(/b\.txt/);
    expect((await runCli(["lint", "--min-score", "101", "a.txt"], dir)).code).toBe(2);
  });

  it("takes its defaults from jiaodui.config.json, and the command line wins", async () => {
    const dir = project({ ".textlintrc.json": WARNING_RC, "a.txt": `${STRAY}\n`, "jiaodui.config.json": JSON.stringify({ failOn: "warning" }) });
    expect((await runCli(["lint", ...ONLY, "a.txt"], dir)).code).toBe(1);
    expect((await runCli(["lint", ...ONLY, "--fail-on", "error", "a.txt"], dir)).code).toBe(0);
  });
});

describe("baselines", () => {
  const BODY = ["# 关于加强合作的通知", "", "第一段正文，双方将深化交流 and 合作。", "", "第二段正文，各方共同维护地区 and 世界和平。", ""];

  it("records the findings, validates against the schema, and accepts them on the next run", async () => {
    const dir = project({ "doc.txt": BODY.join("\n") });
    const recorded = await runCli(["baseline", ...ONLY, "doc.txt", "-o", ".jiaodui-baseline.json"], dir);
    expect(recorded.code).toBe(0);
    expect(recorded.stderr).toMatch(/2/);
    const baseline = JSON.parse(readFileSync(join(dir, ".jiaodui-baseline.json"), "utf8"));
    expect(validateAgainst("baseline", baseline)).toEqual([]);
    expect(Object.keys(baseline.files)).toEqual(["doc.txt"]);
    expect(baseline.files["doc.txt"]).toHaveLength(2);

    const result = await runCli(["lint", ...ONLY, "--baseline", ".jiaodui-baseline.json", "--format", "json", "doc.txt"], dir);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).summary.findings).toBe(0);
    expect(result.stderr).toMatch(/2 known|2 个已知发现/);
  });

  it("stays matched when unrelated lines are inserted or removed above, and fails only on the new finding", async () => {
    const dir = project({ "doc.txt": BODY.join("\n") });
    await runCli(["baseline", ...ONLY, "doc.txt"], dir);
    const moved = ["# 关于加强合作的通知", "", "新增的第一段，内容与此前无关。", "", "又一段新增的说明文字。", "", ...BODY.slice(2)];
    writeFileSync(join(dir, "doc.txt"), moved.join("\n"));
    const stillAccepted = await runCli(["lint", ...ONLY, "--baseline", ".jiaodui-baseline.json", "doc.txt"], dir);
    expect(stillAccepted.code).toBe(0);

    // (A fingerprint covers 12 characters either side of the finding, so the new paragraph keeps its distance.)
    writeFileSync(join(dir, "doc.txt"), [...moved.slice(0, 4), "第三段新增，经济 and 贸易合作继续推进。", "", ...moved.slice(4)].join("\n"));
    const fresh = await runCli(["lint", ...ONLY, "--baseline", ".jiaodui-baseline.json", "--format", "json", "doc.txt"], dir);
    expect(fresh.code).toBe(1);
    const findings = (JSON.parse(fresh.stdout) as Report).files[0]!.findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]!.range.start.line).toBe(5);
  });

  it("says how many baseline entries are now fixed", async () => {
    const dir = project({ "doc.txt": BODY.join("\n") });
    await runCli(["baseline", ...ONLY, "doc.txt"], dir);
    writeFileSync(join(dir, "doc.txt"), BODY.join("\n").replace("交流 and 合作", "交流和合作"));
    const result = await runCli(["lint", ...ONLY, "--locale", "en", "--baseline", ".jiaodui-baseline.json", "doc.txt"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/1 known finding\(s\) not reported; 1 baseline entry is now fixed/);
  });

  it.each([
    ["a missing baseline", null, /baseline file not found/],
    ["malformed JSON", "{ files: ", /baseline is not valid JSON/],
    ["a file that is not a baseline", JSON.stringify({ files: [] }), /not a jiaodui baseline file/],
  ])("refuses %s with exit code 2", async (_, content, message) => {
    const dir = project({ "doc.txt": BODY.join("\n"), ...(content === null ? {} : { "b.json": content }) });
    const result = await runCli(["lint", "--baseline", "b.json", "doc.txt"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe("the committed baseline of the bundled sample (.ci/run)", () => {
  it("accepts the sample's known findings: exit 0", async () => {
    const result = await runCli(["lint", "--baseline", "samples/.jiaodui-baseline.json", "samples/"], PACKAGE_ROOT);
    expect(result.stderr).not.toMatch(/gate failed/);
    expect(result.code).toBe(0);
  });

  it("fails with exit 1 when new damage is added to the sample", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-sample-gate-"));
    cpSync(join(PACKAGE_ROOT, "samples"), join(dir, "samples"), { recursive: true });
    const sample = join(dir, "samples", "000_b0e387f7a5bfc16d.txt");
    const lines = readFileSync(sample, "utf8").split("\n");
    // New damage in the middle of the file: a stray "and" in a fresh paragraph.
    lines.splice(100, 0, "", "双方同意进一步深化能源 and 科技领域的务实合作。", "");
    writeFileSync(sample, lines.join("\n"));
    const result = await runCli(["lint", "--format", "json", "--baseline", "samples/.jiaodui-baseline.json", "samples/"], dir);
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as Report).files[0]!.findings;
    expect(findings.map((f) => f.ruleId)).toContain("stray-latin");
    expect(findings.every((f) => f.range.start.line >= 100 && f.range.start.line <= 103)).toBe(true);
  });
});
