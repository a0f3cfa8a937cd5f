import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { SAMPLE } from "./support/paths.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "jiaodui-cli-"));
}

describe("CLI errors: one clear line, exit code 2, no stack trace", () => {
  it.each([
    ["a missing file", ["lint", "/nonexistent/文件.txt"], /no such file/],
    ["a glob that matches nothing", ["lint", "nothing-here/**/*.md"], /no files match/],
    ["an unknown rule", ["lint", "--rule", "no-such-rule", SAMPLE], /unknown rule "no-such-rule"/],
    ["--dry-run without --fix", ["lint", "--dry-run", SAMPLE], /--dry-run goes with --fix/],
    ["a missing config file", ["lint", "--config", "missing.json", SAMPLE], /config file not found/],
  ])("%s", async (_, argv, message) => {
    const result = await runCli(argv as string[]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it("rejects an unknown format with commander's usage message", async () => {
    const result = await runCli(["lint", "--format", "xml", SAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/xml/);
  });

  it("rejects malformed JSON config", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".textlintrc.json"), "{ rules: ");
    const result = await runCli(["lint", SAMPLE], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/not valid JSON/);
  });

  it("names the key and the allowed values of a bad option", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ plugins: { jiaodui: { parser: "html" } } }));
    const result = await runCli(["lint", SAMPLE], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/\/plugins\/jiaodui/);
  });

  it("names a misspelt or out-of-range rule option instead of ignoring it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-jiaodui": { "garbled-text": { minCredibilty: 0.2 } } } }));
    const misspelt = await runCli(["lint", SAMPLE], dir);
    expect(misspelt.code).toBe(2);
    expect(misspelt.stderr).toMatch(/\/rules\/preset-jiaodui\/garbled-text: unknown key "minCredibilty"; options of garbled-text: .*minCredibility/);
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-jiaodui": { "repeated-phrase": { minLength: 6.5 } } } }));
    const fractional = await runCli(["lint", SAMPLE], dir);
    expect(fractional.code).toBe(2);
    expect(fractional.stderr).toMatch(/minLength: must be integer/);
  });

  it("rejects a foreign textlint rule instead of silently ignoring it", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "no-todo": true } }));
    const result = await runCli(["lint", SAMPLE], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no-todo is not a jiaodui rule/);
  });

  it("fails loudly when the configuration enables no rule", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-jiaodui": false } }));
    const result = await runCli(["lint", SAMPLE], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/no rule is enabled/);
  });

  it("prints help and the version with exit code 0", async () => {
    expect((await runCli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+/);
    const help = await runCli(["lint", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--fix/);
  });
});
