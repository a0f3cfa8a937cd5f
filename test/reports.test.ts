/**
 * reports/ holds the JSON, HTML and Markdown reports of the bundled sample.
 * They are regenerated here in memory: when a rule, a message or a format
 * changes, this fails until `npm run reports` is run and the result committed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSampleReports, REPORTS_DIR } from "../scripts/reports.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { validateAgainst } from "../src/schemas/validate.js";

describe("reports/ (committed sample reports)", async () => {
  const fresh = await renderSampleReports();

  it.each(Object.keys(fresh))("reports/%s is up to date (npm run reports)", (name) => {
    const committed = readFileSync(join(REPORTS_DIR, name), "utf8");
    expect(committed === fresh[name], `reports/${name} is stale: run \`npm run reports\` and commit the result`).toBe(true);
  });

  it("is deterministic and carries no absolute path", async () => {
    expect(await renderSampleReports()).toEqual(fresh);
    for (const content of Object.values(fresh)) expect(content).not.toContain(PACKAGE_ROOT);
    const report = JSON.parse(fresh["sample.report.json"]!);
    expect(validateAgainst("report", report)).toEqual([]);
    expect(report.files[0].path).toBe("samples/000_b0e387f7a5bfc16d.txt");
  });
});
