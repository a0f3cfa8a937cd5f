/**
 * Corpus mode: `jiaodui scan` writes one JSON line per document file, resumes
 * after an interruption (a truncated last line is discarded), splits a corpus
 * into shards that cover every file exactly once, skips files that are not
 * Chinese prose; `jiaodui merge` turns shard outputs into the same validated
 * report as one unsharded scan.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { notChineseProse, shardOf, walkCorpus } from "../src/cli/commands/scan.js";
import type { FileReport, Report } from "../src/report/types.js";
import { validateAgainst } from "../src/schemas/validate.js";
import { runCli } from "./support/cli.js";
import { SAMPLE } from "./support/paths.js";

const SENTENCES = [
  "国务院办公厅关于进一步加强政务公开工作的意见。",
  "各地区 and 各部门要认真贯彻落实，切实抓好工作。",
  "会议强调，要坚持以人民为中心的发展思想，推动高质量发展。",
  "第三条　本条例所称的政府信息，是指行政机关在履行职责过程中制作或者获取的信息。",
];

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-scan-"));
  mkdirSync(join(dir, "sub"));
  copyFileSync(SAMPLE, join(dir, "sample.txt"));
  for (let i = 0; i < 12; i++) {
    const text = Array.from({ length: 3 + (i % 4) }, (_, j) => SENTENCES[(i + j) % SENTENCES.length]).join("\n\n");
    writeFileSync(join(dir, i % 3 === 0 ? "sub" : ".", `doc-${String(i).padStart(2, "0")}.md`), `# 文件 ${i}\n\n${text}\n`);
  }
  // Not Chinese prose: an English listing with Chinese titles and paths, like SOURCES.md.
  writeFileSync(join(dir, "SOURCES.md"), "# corpus sources\n\n| file | path |\n|---|---|\n" + "| doc.md | 法规/上海市水上搜寻救助条例(2021-09-28).md; 行政法规/基础测绘条例.md |\n".repeat(20));
  writeFileSync(join(dir, "english.txt"), "This is an English note about the corpus. It has no Chinese at all.\n");
  writeFileSync(join(dir, "data.json"), "{}");
  return dir;
}

const lines = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FileReport & { format?: string });

describe("jiaodui scan and merge", () => {
  const dir = corpus();
  const out = (name: string) => join(dir, "..", `${dir.split("/").pop()}-${name}.jsonl`);

  it("writes a header and one line per document file; skips what is not Chinese prose", async () => {
    const file = out("all");
    const result = await runCli(["scan", dir, "--jsonl", file, "--jobs", "2"]);
    expect(result.code).toBe(0);
    const [header, ...files] = lines(file);
    expect(header!.format).toBe("jiaodui-scan/1");
    const documents = walkCorpus(dir).filter((p) => /\.(md|txt)$/.test(p));
    expect(files.map((f) => f.path).sort()).toEqual(documents);
    const skipped = files.filter((f) => f.skipped).map((f) => f.path);
    expect(skipped.sort()).toEqual(["SOURCES.md", "english.txt"]);
    expect(files.find((f) => f.path === "sample.txt")!.findings.length).toBeGreaterThan(0);
    expect(result.stderr).toMatch(/2 skipped/);
    expect(result.stderr).toMatch(/1 not \.md\/\.txt/);
  });

  it("resumes: skips files already written, discards a truncated last line", async () => {
    const complete = out("all");
    const file = out("resume");
    copyFileSync(complete, file);
    // Cut the output in the middle of its 6th line, as an interrupted run would.
    const text = readFileSync(file, "utf8");
    let cut = 0;
    for (let i = 0; i < 5; i++) cut = text.indexOf("\n", cut) + 1;
    truncateSync(file, Buffer.byteLength(text.slice(0, cut + 20)));
    const result = await runCli(["scan", dir, "--jsonl", file, "--jobs", "2"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/interrupted last line/);
    expect(result.stderr).toMatch(/4 already done/);
    expect(readFileSync(file, "utf8")).toBe(text);
    // Nothing left to do: the file stays as it is.
    await runCli(["scan", dir, "--jsonl", file]);
    expect(statSync(file).size).toBe(Buffer.byteLength(text));
  });

  it("splits a corpus into shards holding every file exactly once; merge equals one run", async () => {
    const n = 3;
    const shardFiles: string[] = [];
    const seen: string[] = [];
    for (let k = 1; k <= n; k++) {
      const file = out(`shard-${k}`);
      shardFiles.push(file);
      expect((await runCli(["scan", dir, "--jsonl", file, "--shard", `${k}/${n}`, "--jobs", "1"])).code).toBe(0);
      const [, ...files] = lines(file);
      for (const f of files) expect(shardOf(f.path, n)).toBe(k);
      seen.push(...files.map((f) => f.path));
    }
    expect(seen.sort()).toEqual(walkCorpus(dir).filter((p) => /\.(md|txt)$/.test(p)));

    const merged = join(dir, "..", `${dir.split("/").pop()}-merged.json`);
    const single = join(dir, "..", `${dir.split("/").pop()}-single.json`);
    expect((await runCli(["merge", ...shardFiles, "-o", merged])).code).toBe(0);
    expect((await runCli(["merge", out("all"), "-o", single])).code).toBe(0);
    const report = JSON.parse(readFileSync(merged, "utf8")) as Report;
    expect(validateAgainst("report", report)).toEqual([]);
    expect(readFileSync(merged, "utf8")).toBe(readFileSync(single, "utf8"));
    expect(report.summary.files).toBe(seen.length);
    expect(report.lexicon).not.toBeNull();

    // The same shard twice is refused; so is a bad --shard.
    expect((await runCli(["merge", shardFiles[0]!, shardFiles[0]!])).code).toBe(2);
    expect((await runCli(["scan", dir, "--jsonl", out("bad"), "--shard", "4/3"])).code).toBe(2);
    expect((await runCli(["scan", dir, "--jsonl", out("bad"), "--shard", "0/3"])).code).toBe(2);
  });

  it("refuses to resume an output written with other settings", async () => {
    const result = await runCli(["scan", dir, "--jsonl", out("all"), "--rule", "encoding"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/other settings/);
  });

  it("classifies prose and listings", () => {
    expect(notChineseProse(SENTENCES.join(""))).toBeUndefined();
    expect(notChineseProse(readFileSync(SAMPLE, "utf8"))).toBeUndefined();
    expect(notChineseProse("An English paragraph, with words.")).toMatch(/not Chinese/);
    expect(notChineseProse("法规/上海市水上搜寻救助条例.md; 行政法规/基础测绘条例.md; ".repeat(30))).toMatch(/not prose/);
  });
});
