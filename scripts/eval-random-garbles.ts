/**
 * A corruption check independent of `npm run eval`'s garble forms: characters
 * substituted by, or inserted as, random common characters (GB 2312 level 1),
 * and characters deleted, anywhere inside runs of ideographs — no look-alike,
 * sound-alike or word list behind them. The eval's substitutions are all look-
 * or sound-alikes, so a rule can gain there by penalising every other change;
 * this check shows what such a rule costs on corruption made differently.
 *
 *   node dist/scripts/eval-random-garbles.js [--split held-out|tune|validation|fold-0|fold-1] [--seed N] [--kinds K,…] [--config FILE] [--misses]
 *
 * Kinds: substitute, delete, insert (the default, all three), double — a
 * character written twice (不动产产登记), as OCR and PDF extraction repeat a
 * glyph —, repeat — two to five characters written twice (或者或者) —, swap —
 * two neighbours exchanged (规定 → 定规) — and span — two to four characters
 * each replaced by a random one (a word replaced by nonsense); the last four
 * are asked for on their own, so that the default figures stay comparable.
 *
 * One edit per 1 500 characters of each document's first 30 000, at least 12
 * characters apart; a finding of category garbled (garbled-text, idiom-variant,
 * repeated-phrase) within one character of an edit finds it. Prints recall per
 * kind, and the findings that find no edit (they include the clean text's own
 * false positives); --misses lists the edits no finding reaches, in context.
 * Informational: no threshold is set on it.
 */
import { parseArgs } from "node:util";
import iconv from "iconv-lite";
import { isIdeograph } from "../src/cjk/chars.js";
import { loadCorpus } from "../src/eval/corpus.js";
import { formatInterval, wilsonInterval } from "../src/eval/intervals.js";
import { Rng } from "../src/eval/random.js";
import { configOf, strictScriptArgs } from "../src/eval/script-args.js";
import { lintText } from "../src/index.js";

const USAGE = "usage: node dist/scripts/eval-random-garbles.js [--split held-out|tune|validation|fold-0|fold-1] [--corpus DIR] [--seed N] [--kinds substitute,delete,insert,double,repeat,swap,span] [--config FILE] [--misses]";

const { values, split, integer, fail } = strictScriptArgs("eval-random-garbles", USAGE, () =>
  parseArgs({
    options: {
      split: { type: "string", default: "held-out" },
      corpus: { type: "string" },
      seed: { type: "string" },
      kinds: { type: "string", default: "substitute,delete,insert" },
      misses: { type: "boolean", default: false },
      config: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  }),
);
const seed = integer(values.seed, "seed") ?? 7;
const config = configOf(values.config, fail);
const rng = new Rng(seed);
const showMisses = values.misses;
const misses: string[] = [];

/** GB 2312 level 1: the 3 755 most common ideographs. */
const common: string[] = [];
for (let high = 0xb0; high <= 0xd7; high++) {
  for (let low = 0xa1; low <= 0xfe; low++) {
    const c = iconv.decode(Buffer.from([high, low]), "gb2312");
    if (isIdeograph(c)) common.push(c);
  }
}

const ALL_KINDS = ["substitute", "delete", "insert", "double", "repeat", "swap", "span"] as const;
type Kind = (typeof ALL_KINDS)[number];
const KINDS = values.kinds.split(",") as Kind[];
for (const kind of KINDS) if (!ALL_KINDS.includes(kind)) fail(`unknown kind "${kind}" (${ALL_KINDS.join(", ")})`);
const found = new Map<Kind, [number, number]>(KINDS.map((k) => [k, [0, 0]]));
let findings = 0;
let unmatched = 0;
let characters = 0;

/** `wanted`, or fewer (not under 2) until text[p, p + n) is all ideographs. */
function ideographsFrom(text: string, p: number, wanted: number): number {
  let n = wanted;
  while (n > 2 && ![...text.slice(p, p + n)].every(isIdeograph)) n--;
  return n;
}

const corpus = loadCorpus({ split, ...(values.corpus !== undefined ? { dir: values.corpus } : {}) });
for (const document of corpus.documents) {
  let text = document.text.slice(0, 30_000);
  characters += text.length;
  // Places inside runs of ideographs (two on each side), at least 12 apart, edited from the end.
  const places: number[] = [];
  for (let k = 0; k < Math.floor(text.length / 1500); k++) {
    const p = rng.int(2, text.length - 3);
    if ([...text.slice(p - 2, p + 3)].every(isIdeograph) && places.every((q) => Math.abs(q - p) >= 12)) places.push(p);
  }
  places.sort((a, b) => b - a);
  const edits = places.map((p) => {
    const kind = rng.pick(KINDS);
    const c = rng.pick(common);
    // How many characters from p on the edit replaces, and how many a repeat copies (ideographs only: the place has two after it at least).
    const replaced = ideographsFrom(text, p, kind === "substitute" || kind === "delete" ? 1 : kind === "swap" ? 2 : kind === "span" ? rng.int(2, 4) : 0);
    const copied = ideographsFrom(text, p, kind === "repeat" ? rng.int(2, 5) : 1);
    const added =
      kind === "double" || kind === "repeat" ? text.slice(p, p + copied)
      : kind === "delete" ? ""
      : kind === "swap" ? text[p + 1]! + text[p]!
      : kind === "span" ? c + Array.from({ length: replaced - 1 }, () => rng.pick(common)).join("")
      : c;
    const original = text.slice(p, p + replaced);
    text = text.slice(0, p) + added + text.slice(p + replaced);
    return { kind, p, original, length: added.length, delta: added.length - replaced };
  });
  // Each edit's range in the edited text (the edits before it shift it).
  const ranges = edits.map((e) => {
    const start = e.p + edits.filter((o) => o.p < e.p).reduce((sum, o) => sum + o.delta, 0);
    return { kind: e.kind, original: e.original, start, end: start + e.length, noOp: e.original === text.slice(start, start + e.length) };
  });
  const result = await lintText(text, { path: `${document.id}.txt`, config, ruleIds: ["garbled-text", "idiom-variant", "repeated-phrase"] });
  const garbled = result.findings.filter((f) => f.category === "garbled");
  findings += garbled.length;
  const used = new Set<unknown>();
  for (const r of ranges) {
    // (A swap of two equal characters, or a character substituted by itself, changes nothing.)
    if (r.noOp) continue;
    const counts = found.get(r.kind)!;
    counts[1]++;
    const hit = garbled.find((f) => f.range.start.offset <= r.end + 1 && f.range.end.offset >= r.start - 1);
    if (hit) {
      counts[0]++;
      used.add(hit);
    } else if (showMisses) {
      // The edited text around the edit, the edit in brackets: [new←old].
      misses.push(`  ${r.kind.padEnd(10)} ${text.slice(r.start - 6, r.start)}[${text.slice(r.start, r.end)}←${r.original}]${text.slice(r.end, r.end + 6)}`.replace(/\n/g, "⏎"));
    }
  }
  unmatched += garbled.filter((f) => !used.has(f)).length;
}

const pct = (a: number, b: number) => (b === 0 ? "—" : `${((100 * a) / b).toFixed(1)}%`);
console.log(`random garbles — ${corpus.origin === "corpus" ? corpus.dir : "bundled set"} (${corpus.split}), seed ${seed}, ${corpus.documents.length} documents, ${characters} characters`);
let hits = 0;
let all = 0;
for (const [kind, [h, t]] of found) {
  console.log(`  ${kind.padEnd(10)} ${String(h).padStart(4)}/${String(t).padEnd(4)} ${pct(h, t)}`);
  hits += h;
  all += t;
}
const interval = wilsonInterval(hits, all);
const range = interval ? ` (95 % interval ${formatInterval(interval, 100, "%")})` : "";
console.log(`  recall ${pct(hits, all)}${range}; findings ${findings}, of which ${unmatched} find no edit (precision ≥ ${pct(findings - unmatched, findings)})`);
if (showMisses) console.log(`missed edits:\n${misses.join("\n")}`);
