/**
 * Find the look-alike pairs among the GB 2312 ideographs by their printed
 * shapes, and write them to data/glyph-look-alikes.txt (committed; merged
 * into the look-alike table by scripts/build-shapes.ts). Run by hand with
 * `npm run build:glyphs` after `npm run build`; it needs the Noto CJK fonts
 * (Debian: fonts-noto-cjk) and the dev dependency @napi-rs/canvas.
 *
 * Why shapes: OCR confuses characters whose printed forms nearly coincide
 * (刀/力, 己/巳, 千/干, 贝/见, 折/拆). The four-corner codes of Unihan find
 * some of these pairs but miss many, because a code describes the corner
 * strokes, not the whole picture.
 *
 * How: each character is drawn at 64 px in a sans and a serif face and
 * reduced to a 16 × 16 grid of ink density. Two characters are at distance
 * |a − b|² / (|a|² + |b|²) in a face: 0 for the same picture, 1 for pictures
 * that share no ink. Their distance is the smaller of the two faces'. A pair
 * looks alike when that distance is below MAX_DISTANCE, and one of the two is
 * among the other's NEAREST closest characters. The closest-character
 * condition keeps the dense families (the many 口 or 氵 characters) from
 * pairing with each other wholesale.
 *
 * Both bounds were measured against a list of classic OCR confusions. With
 * them, a character gets 1.8 partners on average, and 47 of the list's 73
 * pairs are found; the four-corner codes find fewer. Wider bounds (3 closest,
 * 0.2) gave 3.8 partners.
 *
 * Pictures of simple characters differ by a large share of their ink when one
 * stroke is longer or shorter (刀/力 at 0.21, 甲/申 at 0.20, 今/令 at 0.19), and
 * OCR confuses exactly those: the same strokes, drawn a little differently.
 * So a second way in: the two are written with the same stroke sequence, or
 * one edit apart (a stroke changed, added or dropped, two neighbours
 * swapped), by the stroke orders of cnchar-order (MIT, a dev dependency),
 * and their pictures are within STROKE_DISTANCE, one among the other's
 * STROKE_NEAREST closest. The picture bounds keep sequences that agree by
 * chance apart (叭/史/央 share theirs). Session 15: 323 more pairs; tuning
 * side, 7 more found over three dense seeds and 6 in the validation split's,
 * no clean change (without the rank bound, 但/自 and 由/曲 made 2 clean
 * findings).
 *
 * Deterministic: same fonts → byte-identical file.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createCanvas, GlobalFonts } from "@napi-rs/canvas";
import iconv from "iconv-lite";
import { GLYPH_LOOK_ALIKES_FILE, withinOneStroke } from "../src/cjk/shapes.js";
import { DATA_DIR } from "../src/paths.js";

const FACES = ["Noto Sans CJK JP", "Noto Serif CJK JP"];
const SIZE = 64;
const GRID = 16;
const MAX_DISTANCE = 0.15;
const NEAREST = 2;
const STROKE_DISTANCE = 0.3;
const STROKE_NEAREST = 10;

/** Each character's stroke sequence, one letter per stroke type (cnchar-order: 刀 "rs", 由 "fcjfj"). */
const strokeOrders = (createRequire(import.meta.url)("cnchar-order") as { dict: { orders: Record<string, string> } }).dict.orders;

/** The ideographs of GB 2312 (rows 16–87), in code order. */
function gb2312Ideographs(): string[] {
  const chars: string[] = [];
  for (let high = 0xb0; high <= 0xf7; high++) {
    for (let low = 0xa1; low <= 0xfe; low++) {
      const c = iconv.decode(Buffer.from([high, low]), "gb2312");
      if (/^\p{Unified_Ideograph}$/u.test(c)) chars.push(c);
    }
  }
  return chars;
}

/** Each character's ink density on the grid, drawn in `face`: GRID² numbers per character. */
function inkGrids(chars: readonly string[], face: string): Float32Array {
  const canvas = createCanvas(SIZE, SIZE);
  const ctx = canvas.getContext("2d");
  const cell = SIZE / GRID;
  const out = new Float32Array(chars.length * GRID * GRID);
  chars.forEach((c, k) => {
    ctx.fillStyle = "white";
    ctx.fillRect(0, 0, SIZE, SIZE);
    ctx.fillStyle = "black";
    ctx.font = `${SIZE * 0.9}px "${face}"`;
    ctx.textBaseline = "middle";
    ctx.textAlign = "center";
    ctx.fillText(c, SIZE / 2, SIZE / 2);
    const pixels = ctx.getImageData(0, 0, SIZE, SIZE).data;
    for (let y = 0; y < SIZE; y++) {
      for (let x = 0; x < SIZE; x++) {
        out[k * GRID * GRID + Math.floor(y / cell) * GRID + Math.floor(x / cell)]! += (255 - pixels[(y * SIZE + x) * 4]!) / 255 / (cell * cell);
      }
    }
  });
  return out;
}

/** The relative squared distance of characters i and j on the grids `g` (norms `n`). */
function distance(g: Float32Array, n: Float64Array, i: number, j: number): number {
  const d = GRID * GRID;
  let dot = 0;
  for (let t = 0; t < d; t++) dot += g[i * d + t]! * g[j * d + t]!;
  const sum = n[i]! + n[j]!;
  return sum === 0 ? 1 : Math.max(0, (sum - 2 * dot) / sum);
}

const missing = FACES.filter((face) => !GlobalFonts.families.some((f) => f.family === face));
if (missing.length > 0) {
  console.error(`build-glyph-look-alikes: font not found: ${missing.join(", ")} (Debian: apt-get install fonts-noto-cjk)`);
  process.exit(2);
}
const chars = gb2312Ideographs();
const grids = FACES.map((face) => inkGrids(chars, face));
const norms = grids.map((g) => Float64Array.from(chars, (_, i) => squaredNorm(g, i)));

function squaredNorm(g: Float32Array, i: number): number {
  let s = 0;
  for (let t = i * GRID * GRID; t < (i + 1) * GRID * GRID; t++) s += g[t]! * g[t]!;
  return s;
}

// Every pair's distance once; each character keeps its STROKE_NEAREST closest (ties by code order).
const n = chars.length;
const kept = Math.max(NEAREST, STROKE_NEAREST);
const closest = Array.from({ length: n }, () => [] as { j: number; d: number }[]);
const close: [number, number, number][] = [];
const keep = (i: number, j: number, d: number) => {
  const list = closest[i]!;
  if (list.length === kept && d >= list[kept - 1]!.d) return;
  list.push({ j, d });
  list.sort((a, b) => a.d - b.d || a.j - b.j);
  if (list.length > kept) list.pop();
};
for (let i = 0; i < n; i++) {
  for (let j = i + 1; j < n; j++) {
    const d = Math.min(...grids.map((g, f) => distance(g, norms[f]!, i, j)));
    keep(i, j, d);
    keep(j, i, d);
    if (d < Math.max(MAX_DISTANCE, STROKE_DISTANCE)) close.push([i, j, d]);
  }
}
/** Whether one of i and j is among the other's `nearest` closest pictures. */
const amongClosest = (i: number, j: number, nearest: number) => closest[i]!.slice(0, nearest).some((c) => c.j === j) || closest[j]!.slice(0, nearest).some((c) => c.j === i);
const sameStrokes = (i: number, j: number) => {
  const a = strokeOrders[chars[i]!];
  const b = strokeOrders[chars[j]!];
  return a !== undefined && b !== undefined && withinOneStroke(a, b);
};
const partners = Array.from({ length: n }, () => [] as number[]);
let byStrokes = 0;
for (const [i, j, d] of close) {
  const byPicture = d < MAX_DISTANCE && amongClosest(i, j, NEAREST);
  if (!byPicture && !(d < STROKE_DISTANCE && amongClosest(i, j, STROKE_NEAREST) && sameStrokes(i, j))) continue;
  if (!byPicture) byStrokes++;
  partners[i]!.push(j);
  partners[j]!.push(i);
}
const lines: string[] = [];
let pairs = 0;
for (let i = 0; i < n; i++) {
  if (partners[i]!.length === 0) continue;
  lines.push(`${chars[i]} ${partners[i]!.sort((a, b) => a - b).map((j) => chars[j]).join("")}`);
  pairs += partners[i]!.length;
}
const header = `# Look-alike ideographs by printed shape (scripts/build-glyph-look-alikes.ts; faces ${FACES.join(", ")}; ${SIZE} px, ${GRID}×${GRID} grid, distance < ${MAX_DISTANCE}, ${NEAREST} closest; or strokes one edit apart (cnchar-order), distance < ${STROKE_DISTANCE}, ${STROKE_NEAREST} closest)`;
writeFileSync(join(DATA_DIR, GLYPH_LOOK_ALIKES_FILE), `${header}\n${lines.join("\n")}\n`);
console.log(`glyph look-alikes: ${pairs / 2} pairs among ${n} ideographs (${(pairs / n).toFixed(2)} partners each; ${byStrokes} by strokes) → data/${GLYPH_LOOK_ALIKES_FILE}`);
