/**
 * The worker pool and the cache: the pool gives the same FileReports as linting
 * in this thread, in input order; a cache hit returns the same report, and a
 * changed file or changed rule options miss. (No timing here: `npm run bench`.)
 * The workers run the compiled code (dist/), which `npm test` builds first.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE } from "../../test/support/paths.js";
import { fileReport } from "../report/build.js";
import { InputError } from "../errors.js";
import { openCache } from "./cache.js";
import { defaultConfig } from "./config.js";
import { Engine } from "./engine.js";
import { lintEach, lintFilesParallel } from "./pool.js";
import { readSource } from "./source.js";

/** A folder of documents: the sample, some dev-corpus files when present, and small files of our own. */
function fixtureFolder(): { dir: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-pool-"));
  const files: string[] = [];
  copyFileSync(SAMPLE, join(dir, "a-sample.txt"));
  files.push("a-sample.txt");
  if (HAS_DEV_CORPUS) {
    for (const name of readdirSync(DEV_CORPUS).filter((n) => n.startsWith("dev_")).sort().slice(0, 5)) {
      copyFileSync(join(DEV_CORPUS, name), join(dir, name));
      files.push(name);
    }
  }
  const own = [
    "国务院关于加强安全生产工作的通知。各地区 and 各部门要高度重视。",
    "# 标题\n\n第一条　为了规范管理，制定本办法。\n\n第二条　本办法适用于全国。 3 \n",
    "这是一段簡體與繁體混用的文字，用于测试。",
    "联合国安理会 the 会议讨论了地区安全问题，与会各方表示支持。",
  ];
  own.forEach((text, i) => {
    const name = `own-${i}.${i % 2 ? "md" : "txt"}`;
    writeFileSync(join(dir, name), text);
    files.push(name);
  });
  return { dir, files };
}

async function sequential(dir: string, files: string[], options = {}) {
  const engine = new Engine(options);
  const out = [];
  for (const file of files) out.push(fileReport(await engine.lintSource(readSource(join(dir, file))), file));
  return out;
}

describe("lintFilesParallel", () => {
  const { dir, files } = fixtureFolder();
  // An order that is not sorted, so "input order" is not confused with sorting.
  const order = [...files].reverse();

  it("gives the same reports as sequential linting, in input order", async () => {
    const expected = await sequential(dir, order);
    const pooled = await lintFilesParallel(order, {}, { jobs: 3, cwd: dir });
    expect(pooled.map((r) => r.path)).toEqual(order);
    expect(pooled).toEqual(expected);
    const inThread = await lintFilesParallel(order, {}, { jobs: 1, cwd: dir });
    expect(inThread).toEqual(expected);
    expect(expected.some((r) => r.findings.length > 0)).toBe(true);
  });

  it("applies --quiet and rule selection like lint", async () => {
    const options = { ruleIds: ["stray-latin", "spacing"] };
    const expected = await sequential(dir, order, options);
    const pooled = await lintFilesParallel(order, options, { jobs: 2, cwd: dir });
    expect(pooled).toEqual(expected);
    const quiet = await lintFilesParallel(order, options, { jobs: 2, cwd: dir, quiet: true });
    quiet.forEach((report, i) => {
      expect(report.findings).toEqual(expected[i]!.findings.filter((f) => f.severity === "error"));
      expect(report.counts.findings).toBe(report.findings.length);
    });
  });

  it("fails with the typed error of the first bad file in input order", async () => {
    const bad = mkdtempSync(join(tmpdir(), "jiaodui-pool-bad-"));
    writeFileSync(join(bad, "ok.txt"), "正常的中文文本。");
    writeFileSync(join(bad, "latin1.txt"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x74, 0x65, 0x78, 0x74]));
    await expect(lintFilesParallel(["ok.txt", "latin1.txt", "ok.txt"], {}, { jobs: 2, cwd: bad })).rejects.toBeInstanceOf(InputError);
    await expect(lintFilesParallel(["missing.txt", "ok.txt"], {}, { jobs: 1, cwd: bad })).rejects.toBeInstanceOf(InputError);
  });

  it("streams in input order through lintEach", async () => {
    const seen: number[] = [];
    await lintEach(order, {}, { jobs: 2, cwd: dir }, (_report, index) => {
      seen.push(index);
    });
    expect(seen).toEqual(order.map((_, i) => i));
  });
});

describe("the lint cache", () => {
  it("returns identical reports on a hit; a changed file or changed options miss", async () => {
    const { dir, files } = fixtureFolder();
    const cacheLocation = join(dir, ".jiaodui-cache");
    const options = { cwd: dir, cache: true, cacheLocation };
    for (const jobs of [1, 2]) {
      const location = `${cacheLocation}-${jobs}`;
      const first = await lintFilesParallel(files, {}, { ...options, jobs, cacheLocation: location });
      const cache = openCache({}, location, dir);
      for (const file of files) expect(cache.get(cache.fileKey(file, readSource(join(dir, file))))).toBeDefined();
      const again = await lintFilesParallel(files, {}, { ...options, jobs, cacheLocation: location });
      expect(again).toEqual(first);
    }
    const location = `${cacheLocation}-1`;
    const cache = openCache({}, location, dir);
    const source = () => readSource(join(dir, "own-0.txt"));
    const before = cache.fileKey("own-0.txt", source());
    writeFileSync(join(dir, "own-0.txt"), "另一段 and 文字。");
    expect(cache.fileKey("own-0.txt", source())).not.toBe(before);
    expect(cache.get(cache.fileKey("own-0.txt", source()))).toBeUndefined();
    const changed = await lintFilesParallel(["own-0.txt"], {}, { ...options, jobs: 1, cacheLocation: location });
    expect(changed[0]).toEqual((await sequential(dir, ["own-0.txt"]))[0]);

    // Other rule options: another key, so a miss.
    const config = defaultConfig();
    config.rules = config.rules.map((r) => (r.id === "stray-latin" ? { ...r, severity: "info" as const } : r));
    const other = openCache({ config }, location, dir);
    expect(other.settings).not.toBe(cache.settings);
    expect(other.get(other.fileKey("own-0.txt", source()))).toBeUndefined();
    const withOptions = await lintFilesParallel(["own-0.txt"], { config }, { ...options, jobs: 1, cacheLocation: location });
    expect(withOptions[0]!.findings.filter((f) => f.ruleId === "stray-latin").every((f) => f.severity === "info")).toBe(true);
  });

  it("ignores corrupt entries and rewrites them", async () => {
    const { dir } = fixtureFolder();
    const location = join(dir, "cache");
    const first = await lintFilesParallel(["own-3.md"], {}, { cwd: dir, cache: true, cacheLocation: location, jobs: 1 });
    const cache = openCache({}, location, dir);
    const key = cache.fileKey("own-3.md", readSource(join(dir, "own-3.md")));
    const entry = join(cache.directory, key.slice(0, 2), `${key}.json`);
    writeFileSync(entry, readFileSync(entry, "utf8").slice(0, 40));
    expect(cache.get(key)).toBeUndefined();
    const again = await lintFilesParallel(["own-3.md"], {}, { cwd: dir, cache: true, cacheLocation: location, jobs: 1 });
    expect(again).toEqual(first);
    expect(cache.get(key)?.report).toEqual(first[0]);
  });
});
