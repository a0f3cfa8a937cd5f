/**
 * Precompile the toneless pinyin readings of U+4E00–U+9FFF from pinyin-pro
 * into data/generated/readings.json (see src/cjk/readings.ts), so that the
 * package needs no pinyin library at run time. Run by `npm run build`.
 * Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pinyin } from "pinyin-pro";
import { READINGS_FILE } from "../src/cjk/readings.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const table: Record<string, string> = {};
for (let code = 0x4e00; code <= 0x9fff; code++) {
  const c = String.fromCharCode(code);
  const found = [...new Set(pinyin(c, { toneType: "none", multiple: true, type: "array" }))].filter((r) => /^[a-zü]+$/u.test(r));
  if (found.length > 0) table[c] = found.sort().join(" ");
}
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const json = JSON.stringify(table);
writeFileSync(join(GENERATED_DATA_DIR, READINGS_FILE), json);
console.log(`readings: ${Object.keys(table).length} ideographs, ${(json.length / 1e3).toFixed(0)} kB → data/generated/${READINGS_FILE}`);
