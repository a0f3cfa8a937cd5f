/**
 * Precompute the Simplified ↔ Traditional tables read by
 * src/cjk/script-variants.ts from opencc-js (see src/cjk/script-variants-data.ts).
 * Run by `npm run build`.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { computeScriptVariantData } from "../src/cjk/script-variants-data.js";
import { SCRIPT_VARIANTS_FILE, trieFile } from "../src/cjk/script-variants.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const require = createRequire(import.meta.url);
const openccVersion: string = JSON.parse(readFileSync(join(dirname(require.resolve("opencc-js")), "..", "..", "package.json"), "utf8")).version;
const data = computeScriptVariantData(openccVersion);
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const { tries, ...sets } = data;
writeFileSync(join(GENERATED_DATA_DIR, SCRIPT_VARIANTS_FILE), JSON.stringify(sets));
for (const script of ["simplified", "traditional"] as const) writeFileSync(join(GENERATED_DATA_DIR, trieFile(script)), JSON.stringify(tries[script]));
const count = (t: Record<string, string>) => Object.values(t).reduce((n, group) => n + group.split("|").length, 0);
console.log(
  `script variants: ${count(data.tries.simplified)} + ${count(data.tries.traditional)} entries from ${data.source} → data/generated/${SCRIPT_VARIANTS_FILE}`,
);
