/**
 * `npm run reports`: regenerate the committed reports of the bundled sample in
 * reports/ (JSON, HTML, Markdown). The output is deterministic — no
 * timestamps, paths relative to the package root — so test/reports.test.ts can
 * regenerate them in memory and fail when the committed files are stale.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { lintPaths } from "../src/cli/commands/report.js";
import { formatReport, type FormatName } from "../src/report/format/index.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { renderSampleRepaired, REPAIRED_SAMPLE } from "./sample-repair.js";

export const REPORTS_DIR = join(PACKAGE_ROOT, "reports");
const OUTPUTS: Record<string, FormatName> = { "sample.report.json": "json", "sample.report.html": "html", "sample.report.md": "md" };

/** File name in reports/ → content, linted from samples/ with the package's .textlintrc.json. */
export async function renderSampleReports(): Promise<Record<string, string>> {
  const { report, sources } = await lintPaths(["samples"], { rule: [], parser: "auto", locale: "zh-CN" }, PACKAGE_ROOT);
  const out: Record<string, string> = {};
  for (const [name, format] of Object.entries(OUTPUTS)) out[name] = formatReport(report, format, { locale: report.locale, color: false, sources });
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(REPORTS_DIR, { recursive: true });
  for (const [name, content] of Object.entries(await renderSampleReports())) {
    writeFileSync(join(REPORTS_DIR, name), content);
    console.log(`reports/${name}`);
  }
  writeFileSync(join(REPORTS_DIR, REPAIRED_SAMPLE), await renderSampleRepaired());
  console.log(`reports/${REPAIRED_SAMPLE}`);
}
