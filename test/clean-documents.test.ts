/**
 * Clean official documents of our own, in shapes the eval's laws lack (test/fixtures/clean-documents):
 * every rule stays quiet on them. A false positive here is one an editor meets on the first notice
 * or report they lint, and --fix would act on most of them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { PACKAGE_ROOT } from "../src/paths.js";

const DIR = join(PACKAGE_ROOT, "test", "fixtures", "clean-documents");
const documents = readdirSync(DIR).filter((name) => name !== "README.md");

describe("clean official documents", () => {
  it("are all there", () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(documents)("%s: no finding", async (name) => {
    const report = await lintText(readFileSync(join(DIR, name), "utf8"), { path: name });
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)).toEqual([]);
  });
});
