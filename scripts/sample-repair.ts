/**
 * reports/sample.repaired.txt: the bundled sample after `jiaodui repair` with
 * the package's .textlintrc.json — displaced fragments and signature block
 * moved back, safe fixes applied. Written by `npm run reports` (scripts/reports.ts);
 * test/repair.test.ts regenerates it in memory and fails when it is stale.
 */
import { join } from "node:path";
import { loadConfig } from "../src/engine/config.js";
import { Engine } from "../src/engine/engine.js";
import { repairSource } from "../src/engine/repair.js";
import { readSource } from "../src/engine/source.js";
import { PACKAGE_ROOT } from "../src/paths.js";

export const SAMPLE_PATH = join(PACKAGE_ROOT, "samples", "000_b0e387f7a5bfc16d.txt");
export const REPAIRED_SAMPLE = "sample.repaired.txt";

/** The repaired text of the bundled sample. */
export async function renderSampleRepaired(): Promise<string> {
  const engine = new Engine({ config: loadConfig(undefined, PACKAGE_ROOT), locale: "zh-CN" });
  return (await repairSource(engine, readSource(SAMPLE_PATH))).output;
}
