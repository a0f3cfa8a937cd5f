import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "./corpus.js";

describe("loadCorpus", () => {
  it("reads a folder numbered into halves by its split", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-corpus-"));
    writeFileSync(join(dir, "dev_001_a.md"), "第一篇。\n");
    writeFileSync(join(dir, "dev_002_b.md"), "第二篇。\n");
    expect(loadCorpus({ dir, split: "tune" }).documents.map((d) => d.text)).toEqual(["第二篇。\n"]);
    expect(loadCorpus({ dir, split: "held-out" }).split).toBe("held-out");
  });
  it("reads a folder of one's own texts, not numbered into halves, whole (its README aside)", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-corpus-"));
    writeFileSync(join(dir, "press.txt"), "新闻一。\n");
    writeFileSync(join(dir, "statement.md"), "声明二。\n");
    writeFileSync(join(dir, "README.md"), "说明。\n");
    const corpus = loadCorpus({ dir, split: "tune" });
    expect(corpus.split).toBe("whole");
    expect(corpus.documents.map((d) => d.text)).toEqual(["新闻一。\n", "声明二。\n"]);
  });
  it("says so when a folder has no text to read", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-corpus-"));
    mkdirSync(join(dir, "sub"));
    expect(() => loadCorpus({ dir })).toThrow(/no \.md or \.txt files/);
  });
});
