/**
 * Project configuration (jiaodui.config.json or the "jiaodui" key of
 * package.json: CLI defaults, allowed terms, ignore globs) and inline
 * textlint-disable directives, in .md and in .txt.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { findDisabledRanges } from "../src/engine/directives.js";
import type { Report } from "../src/report/types.js";
import { runCli } from "./support/cli.js";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-config-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const STRAY = "双方将深化交流 and 合作。\n";

async function findings(argv: string[], dir: string) {
  const result = await runCli(["lint", "--format", "json", ...argv], dir);
  expect(result.code).not.toBe(2);
  return (JSON.parse(result.stdout) as Report).files.flatMap((f) => f.findings.map((x) => ({ path: f.path, line: x.range.start.line, ruleId: x.ruleId })));
}

describe("jiaodui.config.json", () => {
  it("allow: drops findings whose flagged text is an allowed term", async () => {
    const dir = project({ "a.txt": STRAY, "jiaodui.config.json": JSON.stringify({ allow: ["and"] }) });
    expect(await findings(["--rule", "stray-latin", "a.txt"], dir)).toEqual([]);
    const other = project({ "a.txt": STRAY, "jiaodui.config.json": JSON.stringify({ allow: ["or"] }) });
    expect(await findings(["--rule", "stray-latin", "a.txt"], other)).toHaveLength(1);
  });

  it("ignore: leaves out matching files when walking folders and says so for files named explicitly", async () => {
    const dir = project({ "docs/a.txt": STRAY, "docs/drafts/b.txt": STRAY, "jiaodui.config.json": JSON.stringify({ ignore: ["docs/drafts/**"] }) });
    expect((await findings(["--rule", "stray-latin", "docs"], dir)).map((f) => f.path)).toEqual(["docs/a.txt"]);
    const explicit = await runCli(["lint", "--rule", "stray-latin", "docs/a.txt", "docs/drafts/b.txt"], dir);
    expect(explicit.stderr).toMatch(/docs\/drafts\/b\.txt: .*ignored/);
    const onlyIgnored = await runCli(["lint", "docs/drafts/b.txt"], dir);
    expect(onlyIgnored.code).toBe(2);
    expect(onlyIgnored.stderr).toMatch(/every file is excluded by the "ignore" globs/);
  });

  it('is read from the "jiaodui" key of package.json too', async () => {
    const dir = project({ "a.txt": STRAY, "package.json": JSON.stringify({ name: "x", jiaodui: { allow: ["and"], format: "compact" } }) });
    const result = await runCli(["lint", "--rule", "stray-latin", "a.txt"], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
  });

  it.each([
    [{ failOn: "fatal" }, /jiaodui\.config\.json: failOn: "fatal" is not allowed; allowed: "error", "warning", "info"/],
    [{ allow: ["and", 3] }, /allow\[1\]: 3 is not allowed; allowed: a non-empty string/],
    [{ maxWarnings: -1 }, /maxWarnings: -1 is not allowed; allowed: an integer ≥ 0/],
    [{ minScore: "high" }, /minScore: "high" is not allowed/],
    [{ failon: "error" }, /unknown key "failon"; allowed keys: allow, ignore/],
    [{ format: "xml" }, /format: "xml" is not allowed; allowed: "stylish"/],
    [{ maxFileSize: "huge" }, /maxFileSize: "huge" is not allowed/],
    [["and"], /must be a JSON object/],
  ])("names the key, the bad value and what is allowed: %j", async (config, message) => {
    const dir = project({ "a.txt": STRAY, "jiaodui.config.json": JSON.stringify(config) });
    const result = await runCli(["lint", "a.txt"], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses malformed JSON in jiaodui.config.json and package.json", async () => {
    for (const name of ["jiaodui.config.json", "package.json"]) {
      const result = await runCli(["lint", "a.txt"], project({ "a.txt": STRAY, [name]: "{ allow: " }));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`${name.replace(".", "\\.")}: .*not valid JSON`));
    }
  });
});

describe("inline directives", () => {
  const DOC = [
    "第一段，双方将深化交流 and 合作。", // 1: reported
    "",
    "<!-- textlint-disable stray-latin -->",
    "",
    "第二段，双方将深化交流 and 合作。", // 5: disabled
    "",
    "<!-- textlint-enable stray-latin -->",
    "",
    "第三段，双方将深化交流 and 合作。", // 9: reported
    "<!-- textlint-disable-next-line -->",
    "第四段，双方将深化交流 and 合作。", // 11: disabled
    "第五段，双方将深化交流 and 合作。", // 12: reported
    "",
    "<!-- textlint-disable jiaodui/paragraph-split -->",
    "第六段，双方将深化交流 and 合作。", // 15: reported (another rule disabled)
    "<!-- textlint-disable -->",
    "第七段，双方将深化交流 and 合作。", // 17: disabled to the end
    "",
  ].join("\n");

  it.each([".txt", ".md"])("work in %s files", async (ext) => {
    const dir = project({ [`doc${ext}`]: DOC });
    const lines = (await findings(["--rule", "stray-latin", `doc${ext}`], dir)).map((f) => f.line);
    expect(lines).toEqual([1, 9, 12, 15]);
  });

  it("also keep --fix away from the disabled ranges", async () => {
    const dir = project({ "doc.txt": DOC });
    await runCli(["fix", "--rule", "stray-latin", "doc.txt"], dir);
    const after = (await import("node:fs")).readFileSync(join(dir, "doc.txt"), "utf8").split("\n");
    expect(after[0]).toContain("交流和合作");
    expect(after[4]).toContain("交流 and 合作");
    expect(after[10]).toContain("交流 and 合作");
    expect(after[11]).toContain("交流和合作");
  });

  it("re-enabling one rule inside a disable-all keeps the others off; CRLF lines count", () => {
    const text = "<!-- textlint-disable -->\r\nA\r\n<!-- textlint-enable stray-latin -->\r\nB\r\n<!-- textlint-disable-next-line spacing, markup -->\r\nC\r\n";
    const ranges = findDisabledRanges(text);
    const after = ranges.find((r) => r.rules === null && r.except.has("stray-latin"))!;
    expect(after.start).toBe(text.indexOf("-->\r\nB") + 3);
    const next = ranges.find((r) => r.rules?.has("markup"))!;
    expect(text.slice(next.start, next.end - 1)).toBe("C");
    expect([...next.rules!]).toEqual(["spacing", "markup"]);
  });
});
