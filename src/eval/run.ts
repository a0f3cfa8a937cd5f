/**
 * One evaluation run: for each clean document, lint the untouched copy (every
 * finding is a false positive), a copy with the local kinds injected together,
 * and — when line-wrap is selected — a hard-wrapped copy; then score.
 *
 * Each document is linted with *all* registered rules at once, through the
 * engine API, so cross-rule precedence applies as in `jiaodui lint`.
 * Categories whose rule is not registered yet are still injected (the
 * corruption does not depend on the rule set) but get no score.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../rules/index.js";
import type { JiaoduiConfig } from "../engine/config.js";
import { Engine } from "../engine/engine.js";
import { SEVERITIES, type Category, type Severity } from "../report/categories.js";
import type { Finding } from "../report/types.js";
import { loadCorpus, type Corpus, type LoadOptions } from "./corpus.js";
import { INJECTORS, injectMixed, KINDS, WHOLE_DOCUMENT_KINDS, type Artefact, type Kind } from "./injectors.js";
import { Rng } from "./random.js";
import { Scorer, type Scores, type Span } from "./score.js";

export const DEFAULT_SEED = 20240605;

export interface EvalOptions extends LoadOptions {
  seed?: number;
  kinds?: readonly Kind[];
  /** Artefacts per 1 000 characters and kind in the mixed copy. */
  density?: number;
  /** Keep up to N examples of misses and false positives per category. */
  examples?: number;
  /** Score only findings of this severity or above (default "info": all findings). */
  minSeverity?: Severity;
  /** Write each corrupted copy and its artefacts to this directory (for inspection). */
  dumpDir?: string;
  /** Called after each document (progress). */
  onDocument?: (index: number, total: number) => void;
  /** Rule options (default: every rule with its defaults). */
  config?: JiaoduiConfig;
  /**
   * Called for each finding of the selected severities with the text it was made on: on the
   * untouched copy ("clean"), on a corrupted copy where it finds an artefact ("found") or not
   * ("unmatched"). scripts/train-credibility.ts labels reports by it.
   */
  onFinding?: (finding: Finding, text: string, label: "clean" | "found" | "unmatched") => void;
}

export interface Example {
  document: string;
  range: [number, number];
  context: string;
  form?: string;
  ruleId?: string;
  /** A false positive's message (the reading it suggests, the score). */
  message?: string;
}

export interface EvalResult {
  corpus: Omit<Corpus, "documents"> & { documents: number };
  seed: number;
  kinds: Kind[];
  rules: string[];
  /** Categories that some registered rule can emit. */
  ruleCategories: Category[];
  scores: Scores & { categories: (Scores["categories"][number] & { hasRule: boolean })[] };
  minSeverity: Severity;
  /** Recall per injected form ("encoding/gbk-mojibake"). */
  forms: Record<string, { artefacts: number; found: number }>;
  /** Findings of categories no kind injects, in corrupted copies (all false positives). */
  otherFindings: Partial<Record<Category, number>>;
  examples: { misses: Partial<Record<Category, Example[]>>; falsePositives: Partial<Record<Category, Example[]>> };
  failures: { document: string; copy: string; error: string }[];
  characters: number;
  seconds: number;
}

type Found = Span & { ruleId: string; message: string };
const toSpan = (f: Finding): Found => ({ category: f.category, start: f.range.start.offset, end: f.range.end.offset, ruleId: f.ruleId, message: f.message });

function context(text: string, start: number, end: number): string {
  const show = (s: string) => s.replace(/\n/g, "⏎").replace(/\f/g, "␌").replace(/[\u200B\uFEFF]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase()}>`);
  return `${show(text.slice(Math.max(0, start - 12), start))}【${show(text.slice(start, end))}】${show(text.slice(end, end + 12))}`;
}

export async function runEvaluation(options: EvalOptions = {}): Promise<EvalResult> {
  const started = performance.now();
  const corpus = loadCorpus(options);
  const seed = options.seed ?? DEFAULT_SEED;
  const kinds = [...(options.kinds ?? KINDS)];
  const localKinds = kinds.filter((k) => !WHOLE_DOCUMENT_KINDS.includes(k));
  const wholeKinds = kinds.filter((k) => WHOLE_DOCUMENT_KINDS.includes(k));
  const engine = RULES.length > 0 ? new Engine({ config: options.config }) : undefined;
  // The rules the configuration enables (every registered rule by default).
  const enabled = RULES.filter((r) => engine?.ruleIds.includes(r.meta.id));
  const ruleCategories = [...new Set(enabled.flatMap((r) => r.meta.categories))];
  const scorer = new Scorer();
  const forms: EvalResult["forms"] = {};
  const otherFindings: EvalResult["otherFindings"] = {};
  const examples: EvalResult["examples"] = { misses: {}, falsePositives: {} };
  const failures: EvalResult["failures"] = [];
  const maxExamples = options.examples ?? 0;
  const minSeverity = options.minSeverity ?? "info";
  const keep = (bucket: Partial<Record<Category, Example[]>>, category: Category, example: Example) => {
    const list = (bucket[category] ??= []);
    if (list.length < maxExamples) list.push(example);
  };
  let characters = 0;

  /** The findings of one copy, of the selected severities (undefined when linting threw). */
  const lint = async (text: string, document: string, copy: string): Promise<Finding[] | undefined> => {
    if (!engine) return [];
    try {
      return (await engine.lintText(text, "eval.txt")).findings.filter((f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(minSeverity));
    } catch (error) {
      failures.push({ document, copy, error: (error as Error).message });
      return undefined;
    }
  };

  if (options.dumpDir) mkdirSync(options.dumpDir, { recursive: true });
  const scoreCorrupted = async (document: string, copy: string, text: string, artefacts: Artefact[]) => {
    if (options.dumpDir) {
      const base = join(options.dumpDir, `${document.replace(/[^\w.-]+/g, "_")}.${copy}`);
      writeFileSync(`${base}.txt`, text);
      writeFileSync(`${base}.artefacts.json`, `${JSON.stringify(artefacts.map((a) => ({ ...a, text: text.slice(a.start, a.end) })), null, 1)}\n`);
    }
    const linted = await lint(text, document, copy);
    if (!linted) return;
    const findings = linted.map(toSpan);
    const match = scorer.addCorrupted(findings, artefacts);
    linted.forEach((f, i) => options.onFinding?.(f, text, match.findingMatched[i] ? "found" : "unmatched"));
    artefacts.forEach((a, i) => {
      const key = `${a.category}/${a.form.replace(/:.*/, "")}`;
      const row = (forms[key] ??= { artefacts: 0, found: 0 });
      row.artefacts++;
      if (match.artefactFound[i]) row.found++;
      else if (engine && ruleCategories.includes(a.category)) keep(examples.misses, a.category, { document, range: [a.start, a.end], context: context(text, a.start, a.end), form: a.form });
    });
    findings.forEach((f, i) => {
      if (!kinds.includes(f.category as Kind)) otherFindings[f.category] = (otherFindings[f.category] ?? 0) + 1;
      if (!match.findingMatched[i]) keep(examples.falsePositives, f.category, { document: `${document} (${copy})`, range: [f.start, f.end], context: context(text, f.start, f.end), ruleId: f.ruleId, message: f.message });
    });
  };

  for (const [index, doc] of corpus.documents.entries()) {
    const rng = new Rng(seed).fork(doc.id);
    characters += [...doc.text].length;
    const linted = await lint(doc.text, doc.id, "clean");
    if (linted) {
      const clean = linted.map(toSpan);
      linted.forEach((f) => options.onFinding?.(f, doc.text, "clean"));
      scorer.addClean(clean, [...doc.text].length);
      clean.forEach((f) => keep(examples.falsePositives, f.category, { document: `${doc.id} (clean)`, range: [f.start, f.end], context: context(doc.text, f.start, f.end), ruleId: f.ruleId, message: f.message }));
    }
    if (localKinds.length > 0) {
      const mixed = injectMixed(doc.text, localKinds, rng.fork("mixed"), { density: options.density });
      await scoreCorrupted(doc.id, "mixed", mixed.text, mixed.artefacts);
    }
    for (const kind of wholeKinds) {
      const injected = INJECTORS[kind](doc.text, rng.fork(kind));
      await scoreCorrupted(doc.id, kind, injected.text, injected.artefacts);
    }
    options.onDocument?.(index + 1, corpus.documents.length);
  }

  const { documents, ...corpusInfo } = corpus;
  return {
    corpus: { ...corpusInfo, documents: documents.length },
    seed,
    kinds,
    rules: enabled.map((r) => r.meta.id),
    ruleCategories,
    scores: (({ categories, ...rest }) => ({ ...rest, categories: categories.map((c) => ({ ...c, hasRule: ruleCategories.includes(c.category) })) }))(scorer.result(kinds)),
    minSeverity,
    forms,
    otherFindings,
    examples,
    failures,
    characters,
    seconds: (performance.now() - started) / 1000,
  };
}
