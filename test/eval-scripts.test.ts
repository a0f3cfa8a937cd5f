/**
 * The evaluation scripts stop on an option they do not know instead of running their default,
 * the held-out half: a typo must not become a look at the documents no threshold may be tuned on.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/paths.js";

const run = (script: string, argv: string[]) => spawnSync(process.execPath, [join(PACKAGE_ROOT, "dist", "scripts", script), ...argv], { cwd: PACKAGE_ROOT, encoding: "utf8" });

/** The script stops with exit code 2, `message` and its usage on standard error, and prints nothing else. */
function expectUsageError(script: string, argv: readonly string[], message: RegExp): void {
  const result = run(script, [...argv]);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr).toMatch(/usage: /u);
}

describe.each(["eval.js", "eval-random-garbles.js"])("%s", (script) => {
  it("prints its usage for --help and runs nothing", () => {
    const result = run(script, ["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: /u);
  });
  it("exits with 2 and its usage on an unknown option or split", () => {
    expectUsageError(script, ["--bogus"], /--bogus/u);
    expectUsageError(script, ["--split", "nope"], /unknown split "nope"/u);
    expectUsageError(script, ["--split", "tune", "--config", "no-such.textlintrc.json"], /config file not found/u);
  });
});

describe("eval.js --config", () => {
  it("lints with the rules and options of the file given", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-eval-config-"));
    const config = join(dir, ".textlintrc.json");
    writeFileSync(config, JSON.stringify({ rules: { "preset-jiaodui": { "garbled-text": false, "repeated-phrase": { minLength: 8 } } } }));
    const result = run("eval.js", ["--corpus", "bundled", "--kinds", "garbled", "--json", "--config", config]);
    expect(result.status).toBe(0);
    const rules = (JSON.parse(result.stdout) as { rules: string[] }).rules;
    expect(rules).not.toContain("garbled-text");
    expect(rules).toContain("repeated-phrase");
  });
});

describe("eval-pairs.js", () => {
  it("prints its usage for --help and stops with 2 without both folders, or on a missing one", () => {
    const help = run("eval-pairs.js", ["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^usage: /u);
    expectUsageError("eval-pairs.js", ["--clean", "test/fixtures/news-register"], /--clean and --corrupted are both required/u);
    expectUsageError("eval-pairs.js", ["--clean", "no-such-folder", "--corrupted", "test/fixtures/news-hand-garbled"], /no such folder: no-such-folder/u);
  });
  it("reads each difference of a copy from its clean text as a garble, and lints the clean text too", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-eval-pairs-"));
    const [clean, corrupted] = [join(dir, "clean"), join(dir, "corrupted")];
    for (const [folder, text] of [[clean, "本协定缔约各方应共同努力，通过政府间进程推动谈判。"], [corrupted, "本协定缔约各方应共同努历，通过政府间进程推动谈判。"]] as const) {
      mkdirSync(folder);
      writeFileSync(join(folder, "a.txt"), `${text}\n`);
      writeFileSync(join(folder, "README.md"), "# notes\n");
    }
    const result = run("eval-pairs.js", ["--clean", clean, "--corrupted", corrupted]);
    expect(result.status).toBe(0);
    // (The folders' README.md is no pair.)
    expect(result.stdout).toMatch(/, 1 pairs\n/u);
    expect(result.stdout).toMatch(/garbled: 1\/1 found, 100\.0%/u);
    expect(result.stdout).toMatch(/clean texts, every rule: 0 findings in 26 characters/u);
  });
});

// The benchmark's command line shares the same strict parse (strictArgs): a typo stops it before minutes of runs.
describe("bench.js", () => {
  it("prints its usage for --help and runs nothing", () => {
    const result = run("bench.js", ["--help"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run bench/u);
  });
  it("exits with 2, a message and its usage on an unknown option or a malformed number", () => {
    for (const [argv, message] of [
      [["--bogus"], /Unknown option '--bogus'/u],
      [["--rounds", "x"], /--rounds must be a positive integer/u],
      [["--mb", "0"], /--mb must be a positive number/u],
    ] as const)
      expectUsageError("bench.js", argv, message);
  });
});

// Training the credibility model reads the folds only: a fold's model must be in use, and the
// tuning half or the held-out half is refused before any document is read.
describe("train-credibility.js", () => {
  it("exits with 2, a message and its usage on a wrong mode, split or missing argument", () => {
    for (const [argv, message] of [
      [[], /collect or fit\?/u],
      [["train"], /unknown mode "train"/u],
      [["collect", "--split", "tune", "--out", "rows.jsonl"], /fold-0 or fold-1/u],
      [["collect", "--split", "held-out", "--out", "rows.jsonl"], /fold-0 or fold-1/u],
      [["fit"], /needs the rows files/u],
      [["fit", "--bogus"], /Unknown option '--bogus'/u],
    ] as const)
      expectUsageError("train-credibility.js", argv, message);
  });
  it("refuses a fold when the model in use has read it", () => {
    expectUsageError("train-credibility.js", ["collect", "--split", "fold-0", "--out", "rows.jsonl"], /--leave-out fold-0/u);
  });
});
