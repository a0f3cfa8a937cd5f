/**
 * Precompile the toneless pinyin readings of U+4E00–U+9FFF from pinyin-pro
 * (the usual reading first, the others in alphabetical order)
 * into data/generated/readings.json (see src/cjk/readings.ts), so that the
 * package needs no pinyin library at run time, and the characters of each
 * reading into data/generated/homophones.json (an object: reading → characters
 * in code order; indexing 21 000 readings at the first lint took 40 ms).
 * Run by `npm run build`. Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pinyin } from "pinyin-pro";
import { HOMOPHONES_FILE, READINGS_FILE, READINGS_FIRST, READINGS_LAST } from "../src/cjk/readings.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const readings: string[] = [];
const homophones: Record<string, string> = {};
for (let code = READINGS_FIRST; code <= READINGS_LAST; code++) {
  const c = String.fromCharCode(code);
  const found = [...new Set(pinyin(c, { toneType: "none", multiple: true, type: "array" }))].filter((r) => /^[a-zü]+$/u.test(r)).sort();
  // The character's usual reading first (the one an IME lists it under first), the others in order.
  const usual = pinyin(c, { toneType: "none" });
  const ordered = found.includes(usual) ? [usual, ...found.filter((r) => r !== usual)] : found;
  readings.push(ordered.join(" "));
  for (const r of found) homophones[r] = (homophones[r] ?? "") + c;
}
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const json = JSON.stringify(readings);
writeFileSync(join(GENERATED_DATA_DIR, READINGS_FILE), json);
const sorted = Object.fromEntries(Object.entries(homophones).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(join(GENERATED_DATA_DIR, HOMOPHONES_FILE), JSON.stringify(sorted));
console.log(`readings: ${readings.filter(Boolean).length} ideographs, ${(json.length / 1e3).toFixed(0)} kB → data/generated/${READINGS_FILE}, ${HOMOPHONES_FILE}`);
