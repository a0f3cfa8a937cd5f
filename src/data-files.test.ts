import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataFilesReady, discardPrefetchedData, heldDataFiles, largeDataFiles, prefetchDataFiles, readDataFile } from "./data-files.js";

describe("data files read ahead", () => {
  const [lexicon] = largeDataFiles();

  it("hands over the prefetched bytes once, identical to a plain read", async () => {
    prefetchDataFiles([lexicon!]);
    await dataFilesReady();
    expect(heldDataFiles()).toBe(1);
    const first = readDataFile(lexicon!);
    expect(heldDataFiles()).toBe(0);
    expect(first.equals(readFileSync(lexicon!))).toBe(true);
    // Handed over, then forgotten: the next call reads the file itself (a new buffer).
    expect(readDataFile(lexicon!) === first).toBe(false);
  });

  it("keeps nothing once discarded, even a read still in flight", async () => {
    prefetchDataFiles([lexicon!]);
    discardPrefetchedData();
    await dataFilesReady();
    expect(heldDataFiles()).toBe(0);
  });

  it("reads small and empty files whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-data-"));
    const small = join(dir, "small.bin");
    const empty = join(dir, "empty.bin");
    writeFileSync(small, "校对");
    writeFileSync(empty, "");
    prefetchDataFiles([small, empty]);
    await dataFilesReady();
    expect(heldDataFiles()).toBe(2);
    expect(readDataFile(small).toString("utf8")).toBe("校对");
    expect(readDataFile(empty).length).toBe(0);
  });

  it("leaves a missing file to its loader, which reports it", async () => {
    prefetchDataFiles(["/nonexistent/jiaodui.bin"]);
    await expect(dataFilesReady()).resolves.toBeUndefined();
    expect(() => readDataFile("/nonexistent/jiaodui.bin")).toThrow(/ENOENT/);
  });
});
