/**
 * Hand-made corruption: clean texts and copies someone garbled by hand, read
 * as pairs of the same name (src/eval/pairs.ts). Each place where a copy
 * differs is one garble; a finding of category garbled within a character of
 * it finds it. Every rule also lints the clean texts: what it finds there is a
 * false positive. The garbles follow no injector's list of forms — names and
 * phrases replaced by other words of the text, characters lost or slipped in,
 * idioms and names altered, phrases pasted in again —, so this checks the
 * detectors on corruption made differently from `npm run eval`'s.
 *
 *   node dist/scripts/eval-pairs.js --clean DIR --corrupted DIR [--config FILE] [--misses]
 *
 * Our own pairs: `--clean test/fixtures/news-register --corrupted test/fixtures/news-hand-garbled`.
 * Informational: no threshold is set on it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatInterval, wilsonInterval } from "../src/eval/intervals.js";
import { pairEdits, reaches } from "../src/eval/pairs.js";
import { configOf, strictArgs } from "../src/eval/script-args.js";
import { lintText } from "../src/index.js";

const USAGE = "usage: node dist/scripts/eval-pairs.js --clean DIR --corrupted DIR [--config FILE] [--misses]";

const { values, fail } = strictArgs("eval-pairs", USAGE, () =>
  parseArgs({
    options: {
      clean: { type: "string" },
      corrupted: { type: "string" },
      config: { type: "string" },
      misses: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  }),
);
const cleanDir = values.clean ?? fail("--clean and --corrupted are both required");
const corruptedDir = values.corrupted ?? fail("--clean and --corrupted are both required");
for (const dir of [cleanDir, corruptedDir]) if (!existsSync(dir)) fail(`no such folder: ${dir}`);
const config = configOf(values.config, fail);

// (A folder's README.md describes the pairs; it is none of them.)
const names = readdirSync(corruptedDir).filter((name) => /\.(?:txt|md)$/u.test(name) && name !== "README.md" && existsSync(join(cleanDir, name)));
if (names.length === 0) fail(`no file of ${corruptedDir} has a clean text of the same name in ${cleanDir}`);

let garbles = 0;
let found = 0;
let findings = 0;
let unmatched = 0;
let cleanFindings = 0;
let cleanCharacters = 0;
const lines: string[] = [];
for (const name of names.sort()) {
  const clean = readFileSync(join(cleanDir, name), "utf8");
  const corrupted = readFileSync(join(corruptedDir, name), "utf8");
  const edits = pairEdits(clean, corrupted);
  const garbled = (await lintText(corrupted, { path: name, config })).findings.filter((f) => f.category === "garbled");
  const onClean = (await lintText(clean, { path: name, config })).findings;
  cleanFindings += onClean.length;
  cleanCharacters += clean.length;
  findings += garbled.length;
  unmatched += garbled.filter((f) => !edits.some((e) => reaches(e, f.range.start.offset, f.range.end.offset))).length;
  for (const edit of edits) {
    garbles++;
    const hit = garbled.some((f) => reaches(edit, f.range.start.offset, f.range.end.offset));
    if (hit) found++;
    else if (values.misses) lines.push(`  ${name}  ${corrupted.slice(edit.start - 6, edit.start)}[${edit.written}←${edit.original}]${corrupted.slice(edit.end, edit.end + 6)}`.replace(/\n/gu, "⏎"));
  }
  if (values.misses) for (const f of onClean) lines.push(`  ${name}  clean: ${f.ruleId} ${clean.slice(f.range.start.offset, f.range.end.offset)}`);
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)}%`);
const interval = wilsonInterval(found, garbles);
console.log(`hand-made garbles — ${corruptedDir} against ${cleanDir}, ${names.length} pairs`);
console.log(`  garbled: ${found}/${garbles} found, ${pct(found, garbles)}${interval ? ` (95 % interval ${formatInterval(interval, 100, "%")})` : ""}; findings ${findings}, of which ${unmatched} reach no garble`);
console.log(`  clean texts, every rule: ${cleanFindings} findings in ${cleanCharacters} characters (${((1e5 * cleanFindings) / cleanCharacters).toFixed(1)} per 100 000)`);
if (values.misses) console.log(`missed garbles and clean findings:\n${lines.join("\n")}`);
