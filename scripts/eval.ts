/**
 * `npm run eval`: inject artefacts at random (fixed seed) into clean documents,
 * lint them with every registered rule, and print recall and precision per
 * category plus false positives per 100 000 characters of untouched text.
 *
 *   node dist/scripts/eval.js [--split held-out|tune|validation|fold-0|fold-1] [--seed N] [--limit N]
 *        [--kinds a,b] [--density D] [--corpus DIR|bundled] [--severity S] [--config FILE]
 *        [--examples N] [--forms] [--dump DIR] [--json]
 *
 * --severity error scores only error-severity findings (warning: errors and
 * warnings; default info: all). --config FILE lints with the rules and options of a
 * .textlintrc.json (default: every rule with its defaults; the project's own file is not
 * read). --forms prints recall per injected form, --examples N shows up to N misses
 * and false positives per category with context, --dump DIR writes every
 * corrupted copy and its artefacts (JSON) for inspection. --density sets
 * artefacts per 1 000 characters and kind in the mixed copy (default 0.35,
 * 1–15 per document and kind).
 *
 * Corpus: ../shared/corpus/dev/ (from the package root) unless --corpus is
 * given; odd-numbered files are the held-out half (default), even-numbered the
 * tuning half (--split tune) — see docs/CONTRIBUTING.md. --split validation reads
 * the twentieth of ../shared/corpus/big/ that the character model is not trained on; --split fold-0
 * or fold-1 one half of the model's training documents, with a model built without it (build-model
 * --leave-out, JIAODUI_CHAR_MODEL and JIAODUI_ATTESTED_NGRAMS; refused otherwise). Without the corpus the
 * bundled fallback set (src/eval/fallback-corpus.ts) is used; `--corpus bundled`
 * forces it.
 */
import { parseArgs } from "node:util";
import { SEVERITIES, type Severity } from "../src/report/categories.js";
import { KINDS, type Kind } from "../src/eval/injectors.js";
import { formatInterval } from "../src/eval/intervals.js";
import { DEFAULT_SEED, runEvaluation, type EvalResult } from "../src/eval/run.js";
import { configOf, strictScriptArgs } from "../src/eval/script-args.js";

const USAGE = `usage: node dist/scripts/eval.js [--split held-out|tune|validation|fold-0|fold-1] [--seed N] [--limit N] [--kinds ${KINDS.join(",")}]
       [--density D] [--corpus DIR|bundled] [--severity error|warning|info] [--config FILE] [--examples N] [--forms] [--dump DIR] [--json]`;

const { values, split, fail, integer } = strictScriptArgs("eval", USAGE, () =>
  parseArgs({
    options: {
      split: { type: "string", default: "held-out" },
      seed: { type: "string" },
      limit: { type: "string" },
      kinds: { type: "string" },
      density: { type: "string" },
      corpus: { type: "string" },
      dump: { type: "string" },
      severity: { type: "string", default: "info" },
      config: { type: "string" },
      examples: { type: "string" },
      forms: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  }),
);
if (!SEVERITIES.includes(values.severity as Severity)) fail(`--severity must be one of ${SEVERITIES.join(", ")}`);
const kinds = values.kinds?.split(",").map((k) => k.trim()).filter(Boolean);
for (const k of kinds ?? []) if (!KINDS.includes(k as Kind)) fail(`unknown kind "${k}"`);
const density = values.density === undefined ? undefined : Number(values.density);
if (density !== undefined && !(density > 0)) fail("--density must be a positive number");
const config = configOf(values.config, fail);

const result = await runEvaluation({
  split,
  seed: integer(values.seed, "seed") ?? DEFAULT_SEED,
  limit: integer(values.limit, "limit"),
  kinds: kinds as Kind[] | undefined,
  density,
  dir: values.corpus,
  examples: integer(values.examples, "examples") ?? 0,
  dumpDir: values.dump,
  minSeverity: values.severity as Severity,
  config,
  onDocument: values.json || !process.stderr.isTTY ? undefined : (i, n) => process.stderr.write(`\r${i}/${n} documents`),
});
if (!values.json && process.stderr.isTTY) process.stderr.write("\r\x1b[K");

if (values.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  process.stdout.write(format(result, values.forms));
}
process.exitCode = result.failures.length > 0 ? 1 : 0;

function format(r: EvalResult, showForms: boolean): string {
  const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);
  const num = (x: number | null) => (x === null ? "—" : x.toFixed(1));
  const lines: string[] = [];
  const where = r.corpus.origin === "corpus" ? `${r.corpus.dir} (${r.corpus.split === "whole" ? "every file" : `${r.corpus.split} half`}: ${r.corpus.files.length} files)` : "bundled fallback set (src/eval/fallback-corpus.ts; no split)";
  lines.push(`jiaodui eval — ${where}`);
  lines.push(`documents ${r.corpus.documents}, characters ${r.characters.toLocaleString("en")}, seed ${r.seed}`);
  lines.push(`rules: ${r.rules.length > 0 ? r.rules.join(", ") : "(none registered)"}${r.minSeverity === "info" ? "" : `; findings of severity ≥ ${r.minSeverity} only`}`);
  lines.push("");
  const header = ["category", "artefacts", "found", "recall", "findings", "precision", "FP on other kinds", "clean FP/100k"];
  const rows = r.scores.categories.map((c) => {
    if (!r.ruleCategories.includes(c.category)) return [c.category, String(c.artefacts), "no rule yet", "", "", "", "", ""];
    return [c.category, String(c.artefacts), String(c.found), pct(c.recall), String(c.findings), pct(c.precision), String(c.onOtherArtefacts), num(c.cleanPer100k)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ").trimEnd();
  lines.push(line(header));
  lines.push(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of rows) lines.push(line(row));
  const others = Object.entries(r.otherFindings);
  if (others.length > 0) lines.push(`other categories in corrupted copies (all false positives): ${others.map(([c, n]) => `${c} ${n}`).join(", ")}`);
  // The noise of each figure's sample: a figure whose interval holds its target says little either way.
  lines.push("");
  lines.push("95 % intervals (recall and precision: Wilson; clean FP/100k: Poisson):");
  for (const c of r.scores.categories) {
    if (!r.ruleCategories.includes(c.category) || (c.artefacts === 0 && c.findings === 0 && c.cleanFindings === 0)) continue;
    lines.push(`  ${c.category.padEnd(widths[0]!)}  recall ${formatInterval(c.recallInterval, 100, " %")}  precision ${formatInterval(c.precisionInterval, 100, " %")}  clean ${formatInterval(c.cleanPer100kInterval)}`);
  }
  lines.push("");
  lines.push(
    r.rules.length > 0
      ? `false positives on untouched documents: ${r.scores.cleanFindings} in ${r.scores.cleanCharacters.toLocaleString("en")} characters = ${num(r.scores.cleanPer100k)} per 100 000 characters (95 % interval ${formatInterval(r.scores.cleanPer100kInterval)})`
      : "false positives on untouched documents: — (no rule registered)",
  );
  if (showForms) {
    lines.push("");
    lines.push("recall per injected form:");
    for (const [form, f] of Object.entries(r.forms).sort()) lines.push(`  ${form.padEnd(40)} ${String(f.found).padStart(5)}/${String(f.artefacts).padEnd(5)} ${pct(f.artefacts ? f.found / f.artefacts : null)}`);
  }
  for (const [title, bucket] of [
    ["missed artefacts", r.examples.misses],
    ["false positives", r.examples.falsePositives],
  ] as const) {
    const entries = Object.entries(bucket).filter(([, list]) => list && list.length > 0);
    if (entries.length === 0) continue;
    lines.push("");
    lines.push(`${title} (examples):`);
    for (const [category, list] of entries) for (const e of list!) lines.push(`  ${category}  ${e.document} @${e.range[0]}  ${e.form ?? e.ruleId ?? ""}  ${e.context}${e.message ? `  ${e.message}` : ""}`);
  }
  for (const f of r.failures) lines.push(`lint failed: ${f.document} (${f.copy}): ${f.error}`);
  lines.push("");
  lines.push(`runtime ${r.seconds.toFixed(1)} s`);
  return `${lines.join("\n")}\n`;
}
