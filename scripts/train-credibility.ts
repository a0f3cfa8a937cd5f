/**
 * Trains garbled-text's credibility model (rules/garbled-text/credibility.ts) on the folds of
 * the character model's training documents, each linted by a model built without it:
 *
 *   node dist/scripts/build-model.js --leave-out fold-0 --out /tmp/fold-0/char-ngram.bin   (and fold-1)
 *   JIAODUI_CHAR_MODEL=/tmp/fold-0/char-ngram.bin JIAODUI_ATTESTED_NGRAMS=/tmp/fold-0/char-4grams.bin \
 *     node dist/scripts/train-credibility.js collect --split fold-0 --out /tmp/rows-0.jsonl      (and fold-1)
 *   node dist/scripts/train-credibility.js fit /tmp/rows-0.jsonl /tmp/rows-1.jsonl
 *
 * `collect` runs the eval's garbles (default seed and density) with every garbled-text report
 * kept (minCredibility 0) and writes one row per report: its inputs and whether it finds a
 * garble (a report on the untouched copy is a negative; one on a corrupted copy that finds
 * nothing is left out: most are the same clean-text reports again). `fit` fits the logistic
 * model on all rows, prints each file's AUC under a model fitted on the others, and writes
 * rules/garbled-text/credibility-model.ts (`--out` elsewhere). Only folds: the tuning half and
 * the validation split measure what the option `minCredibility` trades (the rule's README), and
 * the held-out half is never read.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CREDIBILITY_FEATURES, observeCredibility } from "../rules/garbled-text/credibility.js";
import { defaultConfig } from "../src/engine/config.js";
import { isFoldSplit } from "../src/eval/corpus.js";
import { runEvaluation } from "../src/eval/run.js";
import { strictScriptArgs } from "../src/eval/script-args.js";
import { areaUnderCurve, fitLogistic, logisticProbability } from "../src/nlp/logistic.js";
import { PACKAGE_ROOT } from "../src/paths.js";

const USAGE = `usage: node dist/scripts/train-credibility.js collect --split fold-0|fold-1 --out ROWS.jsonl
       node dist/scripts/train-credibility.js fit ROWS.jsonl… [--out FILE]`;

interface Row {
  garble: boolean;
  features: number[];
}

let positionals: string[] = [];
const { values, split, fail } = strictScriptArgs("train-credibility", USAGE, () => {
  const parsed = parseArgs({
    options: { split: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    allowPositionals: true,
    strict: true,
  });
  positionals = parsed.positionals;
  return parsed;
});
const [mode, ...files] = positionals;

if (mode === "collect") {
  if (!isFoldSplit(split)) fail(`collect reads a fold of the model's training documents (fold-0 or fold-1), not ${split}`);
  if (!values.out) fail("collect needs --out");
  // The inputs of every judged report, by its place in the text being linted.
  let linting = "";
  let judged = new Map<string, number[]>();
  observeCredibility((text, start, end, features) => {
    if (text !== linting) [linting, judged] = [text, new Map()];
    judged.set(`${start}:${end}`, [...features]);
  });
  const config = defaultConfig();
  config.rules = config.rules.map((r) => (r.id === "garbled-text" ? { ...r, options: { ...r.options, minCredibility: 0 } } : r));
  const rows: Row[] = [];
  await runEvaluation({
    split,
    kinds: ["garbled"],
    config,
    onFinding(finding, text, label) {
      if (finding.ruleId !== "garbled-text" || label === "unmatched" || text !== linting) return;
      const features = judged.get(`${finding.range.start.offset}:${finding.range.end.offset}`);
      if (features) rows.push({ garble: label === "found", features });
    },
  });
  writeFileSync(values.out!, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  console.log(`${split}: ${rows.filter((r) => r.garble).length} reports finding a garble, ${rows.filter((r) => !r.garble).length} on clean text → ${values.out}`);
} else if (mode === "fit") {
  if (files.length === 0) fail("fit needs the rows files of collect");
  const sets = files.map((file) => readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Row));
  for (const rows of sets) if (rows.some((r) => r.features.length !== CREDIBILITY_FEATURES.length)) fail("rows of another feature list: collect them again");
  // Each file scored by a model fitted on the others: how well the model carries to text it did not see.
  if (sets.length > 1) {
    sets.forEach((test, i) => {
      const train = sets.filter((_, k) => k !== i).flat();
      const fit = fitLogistic(train.map((r) => r.features), train.map((r) => r.garble));
      const auc = areaUnderCurve(test.map((r) => logisticProbability(fit, r.features)), test.map((r) => r.garble));
      console.log(`${files[i]}: AUC ${auc.toFixed(3)} under the model fitted on the other files`);
    });
  }
  const all = sets.flat();
  const fit = fitLogistic(all.map((r) => r.features), all.map((r) => r.garble));
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const list = (xs: readonly number[]) => `[${xs.map(round).join(", ")}]`;
  const positives = all.filter((r) => r.garble).length;
  const source = `logistic fit on ${positives} reports finding a garble and ${all.length - positives} on clean text (the eval's folds, default seed)`;
  const out = values.out ?? join(PACKAGE_ROOT, "rules", "garbled-text", "credibility-model.ts");
  writeFileSync(
    out,
    `// Generated by scripts/train-credibility.ts (fit): do not edit by hand.
import type { CredibilityModel } from "./credibility.js";

export const CREDIBILITY_MODEL: CredibilityModel = {
  source: ${JSON.stringify(source)},
  features: ${JSON.stringify(CREDIBILITY_FEATURES)},
  mean: ${list(fit.mean)},
  scale: ${list(fit.scale)},
  weights: ${list(fit.weights)},
  bias: ${round(fit.bias)},
};
`,
  );
  console.log(`${source} → ${out}`);
  console.log(CREDIBILITY_FEATURES.map((name, j) => `${name} ${round(fit.weights[j]!)}`).join(", "));
} else {
  fail(mode === undefined ? "collect or fit?" : `unknown mode "${mode}"`);
}
