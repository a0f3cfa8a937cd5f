/**
 * Bad input, each case with a clear message and the documented exit code,
 * never a stack trace, never a half-written file: standard input, legacy
 * encodings, BOM, binary, empty, very long lines, files above the size limit,
 * missing, unreadable and directory paths, globs that match nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/paths.js";
import type { Report } from "../src/report/types.js";
import { runCli } from "./support/cli.js";
import { BIN } from "./support/paths.js";

const STRAY = "双方将深化交流 and 合作，不断拓展合作领域。\n";
const FIXED = "双方将深化交流和合作，不断拓展合作领域。\n";
const ONLY = ["--rule", "stray-latin"];

function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-input-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function expectCleanFailure(result: { code: number; stderr: string }, message: RegExp): void {
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("standard input (-)", () => {
  it("lints standard input, reported as <stdin> or --stdin-filename", async () => {
    const plain = await runCli(["lint", ...ONLY, "--format", "compact", "-"], undefined, STRAY);
    expect(plain.code).toBe(1);
    expect(plain.stdout).toMatch(/^<stdin>:1:9: error/);
    const named = await runCli(["lint", ...ONLY, "--format", "json", "--stdin-filename", "docs/a.md", "-"], undefined, `# 标题\n\n${STRAY}`);
    const report = JSON.parse(named.stdout) as Report;
    expect(report.files[0]).toMatchObject({ path: "docs/a.md", parser: "markdown" });
  });

  it("fix - writes the fixed text to standard output and no file", async () => {
    const dir = project({});
    const result = await runCli(["fix", ...ONLY, "-"], dir, STRAY);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(FIXED);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses - with other paths, and --stdin-filename without -", async () => {
    expectCleanFailure(await runCli(["lint", "-", "a.txt"], undefined, STRAY), /cannot be combined/);
    expectCleanFailure(await runCli(["lint", "--stdin-filename", "a.md", "README.md"], PACKAGE_ROOT), /goes with the path -/);
  });

  it("empty standard input: no findings, no crash", async () => {
    const result = await runCli(["lint", "--format", "json", "-"], undefined, "");
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).summary.findings).toBe(0);
  });
});

describe("encodings", () => {
  it("names the probable encoding of a GB18030/GBK file by default", async () => {
    const dir = project({ "gbk.txt": iconv.encode(STRAY, "gbk") });
    expectCleanFailure(await runCli(["lint", "gbk.txt"], dir), /gbk\.txt: .*not valid UTF-8; probably GB18030 \(GBK\): run with --encoding gb18030/);
  });

  it("names Big5 for a Big5 file", async () => {
    const dir = project({ "big5.txt": iconv.encode("中華人民共和國主席和俄羅斯聯邦總統關於深化新時代全面戰略協作夥伴關係的聯合聲明。\n", "big5") });
    expectCleanFailure(await runCli(["lint", "big5.txt"], dir), /probably Big5: run with --encoding big5/);
  });

  it.each(["gbk", "gb18030", "big5"] as const)("--encoding %s decodes, and --fix writes the same encoding back", async (encoding) => {
    const text = encoding === "big5" ? "雙方將深化交流 and 合作，不斷拓展合作領域。\n" : STRAY;
    const dir = project({ "doc.txt": iconv.encode(text, encoding) });
    const linted = await runCli(["lint", ...ONLY, "--encoding", encoding, "--format", "json", "doc.txt"], dir);
    const report = JSON.parse(linted.stdout) as Report;
    expect(report.files[0]).toMatchObject({ encoding });
    expect(report.files[0]!.findings).toHaveLength(1);
    const fixed = await runCli(["fix", ...ONLY, "--encoding", encoding, "doc.txt"], dir);
    expect(fixed.code).toBe(0);
    const bytes = readFileSync(join(dir, "doc.txt"));
    expect(iconv.decode(bytes, encoding)).toBe(text.replace(" and ", "和"));
    expect(bytes.equals(iconv.encode(text.replace(" and ", "和"), encoding))).toBe(true);
  });

  it("refuses bytes that are not valid in the encoding asked for", async () => {
    const dir = project({ "doc.txt": Buffer.from([0xd6, 0xd0, 0xff, 0xff, 0x0a]) });
    expectCleanFailure(await runCli(["lint", "--encoding", "gbk", "doc.txt"], dir), /not valid GBK/);
  });

  it("refuses UTF-16 with a clear message instead of calling it binary", async () => {
    const dir = project({ "u16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("中文\n", "utf16le")]) });
    expectCleanFailure(await runCli(["lint", "u16.txt"], dir), /is UTF-16/);
  });

  it("keeps a UTF-8 BOM through --fix", async () => {
    const dir = project({ "bom.txt": "\uFEFF" + STRAY });
    await runCli(["fix", ...ONLY, "bom.txt"], dir);
    expect(readFileSync(join(dir, "bom.txt"), "utf8")).toBe("\uFEFF" + FIXED);
  });
});

describe("files that are not documents", () => {
  it("skips a binary file with a warning on stderr", async () => {
    const dir = project({ "image.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) });
    const result = await runCli(["lint", "image.txt"], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/image\.txt: binary file/);
  });

  it("lints an empty file: no findings, no crash", async () => {
    const dir = project({ "empty.txt": "", "empty.md": "" });
    const result = await runCli(["lint", "--format", "json", "empty.txt", "empty.md"], dir);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Report).summary.findings).toBe(0);
  });

  it("lints and fixes a very long line (100 000 characters)", async () => {
    let line = "";
    while (line.length < 100_000) line += "双方将共同推动经济和贸易合作，继续深化能源领域交流。";
    const dir = project({ "long.txt": `${line}双方将深化交流 and 合作。${line}\n` });
    const result = await runCli(["fix", ...ONLY, "--format", "json", "long.txt"], dir);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, "long.txt"), "utf8")).toBe(`${line}双方将深化交流和合作。${line}\n`);
  });

  it("refuses a file above --max-file-size up front, naming the limit and how to split", async () => {
    const dir = project({ "big.txt": STRAY.repeat(100) });
    const result = await runCli(["lint", "--max-file-size", "2k", "big.txt"], dir);
    expectCleanFailure(result, /big\.txt: .*file too large: [\d.]+ KB exceeds the limit of 2 KB\. Split it at blank lines/);
    expect((await runCli(["lint", ...ONLY, "--max-file-size", "1MB", "big.txt"], dir)).code).toBe(1);
    expectCleanFailure(await runCli(["lint", "--max-file-size", "lots", "big.txt"], dir), /--max-file-size lots: expected a size/);
  });
});

describe("paths", () => {
  it.each([
    ["a missing file", ["lint", "missing.txt"], /missing\.txt: .*no such file/],
    ["a glob that matches nothing", ["lint", "docs/**/*.md"], /no files match/],
    ["a directory without documents", ["lint", "empty-dir"], /no \.md or \.txt files/],
  ])("%s", async (_, argv, message) => {
    const dir = project({});
    mkdirSync(join(dir, "empty-dir"));
    expectCleanFailure(await runCli(argv, dir), message);
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file", async () => {
    const dir = project({ "secret.txt": STRAY });
    chmodSync(join(dir, "secret.txt"), 0o000);
    expectCleanFailure(await runCli(["lint", "secret.txt"], dir), /secret\.txt: .*permission denied/);
  });

  it("--fix writes nothing when a later file fails (never a half-fixed set)", async () => {
    const dir = project({ "a.txt": STRAY, "b.txt": iconv.encode(STRAY, "gbk") });
    const result = await runCli(["fix", ...ONLY, "a.txt", "b.txt"], dir);
    expectCleanFailure(result, /b\.txt: .*not valid UTF-8/);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(STRAY);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "b.txt"]);
  });

  it("--apply with an unknown fingerprint writes nothing", async () => {
    const dir = project({ "a.txt": STRAY });
    expectCleanFailure(await runCli(["fix", "--apply", "0123456789abcdef", "a.txt"], dir), /no finding has the fingerprint 0123456789abcdef.*nothing was written/);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(STRAY);
  });
});

describe("jiaodui fix --apply <fingerprint>", () => {
  it("applies exactly the named findings", async () => {
    const dir = project({ "a.txt": `${STRAY}\n各方共同维护地区 and 世界和平。\n` });
    const report = JSON.parse((await runCli(["lint", ...ONLY, "--format", "json", "a.txt"], dir)).stdout) as Report;
    const [first, second] = report.files[0]!.findings;
    expect(second).toBeDefined();
    const result = await runCli(["fix", ...ONLY, "--apply", second!.fingerprint, "--format", "json", "a.txt"], dir);
    expect(result.stderr).toMatch(/applied 1 reviewed fix|已应用 1 处经审阅的修复/);
    const after = readFileSync(join(dir, "a.txt"), "utf8");
    expect(after).toBe(`${STRAY}\n各方共同维护地区和世界和平。\n`);
    // The other finding is untouched and still reported, with the same fingerprint.
    expect((JSON.parse(result.stdout) as Report).files[0]!.findings.map((f) => f.fingerprint)).toEqual([first!.fingerprint]);
  });

  it("--dry-run prints the diff of the reviewed fix and writes nothing", async () => {
    const dir = project({ "a.txt": STRAY });
    const fingerprint = (JSON.parse((await runCli(["lint", ...ONLY, "--format", "json", "a.txt"], dir)).stdout) as Report).files[0]!.findings[0]!.fingerprint;
    const result = await runCli(["fix", ...ONLY, "--dry-run", "--apply", `${fingerprint}:fix`, "a.txt"], dir);
    expect(result.stdout).toMatch(/^-双方将深化交流 and 合作/m);
    expect(result.stdout).toMatch(/^\+双方将深化交流和合作/m);
    expect(result.stderr).toMatch(/would apply 1 reviewed fix\(es\) \(--dry-run: nothing written\)|将应用 1 处经审阅的修复（--dry-run：未写入文件）/);
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe(STRAY);
  });
});

describe("the real executable (subprocess)", () => {
  const bin = BIN;

  it.skipIf(!existsSync(bin))("prints one line and no stack trace for every kind of bad input", () => {
    const dir = project({ "gbk.txt": iconv.encode(STRAY, "gbk") });
    const configured = project({ "a.txt": STRAY, "jiaodui.config.json": JSON.stringify({ failOn: "fatal" }) });
    const cases: [string[], RegExp, string][] = [
      [["lint", "missing.txt"], /no such file/, dir],
      [["lint", "gbk.txt"], /probably GB18030/, dir],
      [["lint", "--baseline", "none.json", "gbk.txt"], /baseline file not found/, dir],
      [["lint", "a.txt"], /failOn: "fatal" is not allowed/, configured],
    ];
    for (const [argv, message, cwd] of cases) {
      const result = spawnSync(process.execPath, [bin, ...argv], { cwd, encoding: "utf8" });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    // Standard input through a real pipe.
    const piped = execFileSync(process.execPath, [bin, "fix", "--rule", "stray-latin", "-"], { cwd: PACKAGE_ROOT, input: STRAY, encoding: "utf8" });
    expect(piped).toBe(FIXED);
  });
});
