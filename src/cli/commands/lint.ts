/**
 * `jiaodui lint` and its alias `jiaodui fix`: check documents,
 * apply safe (or reviewed) fixes through the guarded pipeline, report, and
 * gate on the findings.
 *
 * Nothing is written until every file has been read, linted and fixed: an
 * error on the tenth file leaves the first nine untouched, and every write is
 * atomic (temporary file + rename).
 */
import { Command, InvalidArgumentError, Option } from "commander";
import { resolve } from "node:path";
import { loadBaseline, type Baseline } from "../../engine/baseline.js";
import { Engine } from "../../engine/engine.js";
import { applySelected, parseSelector, selectEdits, type Selector } from "../../engine/fix.js";
import { evaluateGate } from "../../engine/gate.js";
import { lintFilesParallel } from "../../engine/pool.js";
import { encodeLike, writeAtomically } from "../../engine/source.js";
import { EXIT, FixSafetyError, UsageError } from "../../errors.js";
import { buildReport, fileReport } from "../../report/build.js";
import { SEVERITIES, type Locale, type Severity } from "../../report/categories.js";
import { FORMATS, formatNeedsSources } from "../../report/format/names.js";
import { renderReport } from "../../report/format/render.js";
import type { FileReport } from "../../report/types.js";
import { addInputOptions, effectiveOptions, engineOptions, inputs, skippedNote, STDIN, type CommonOptions } from "../inputs.js";
import type { CliIo } from "../io.js";
import { setExitCode } from "../program.js";

interface LintOptions extends CommonOptions {
  format?: string;
  output?: string;
  fix?: boolean;
  dryRun?: boolean;
  quiet?: boolean;
  failOn?: Severity;
  maxWarnings?: number;
  minScore?: number;
  baseline?: string;
  /** `jiaodui fix --apply`: reviewed findings by fingerprint. */
  apply?: string[];
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

function nonNegativeInteger(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError("expected a whole number ≥ 0");
  return Number(value);
}

function positiveInteger(value: string): number {
  if (!/^[1-9]\d*$/u.test(value)) throw new InvalidArgumentError("expected a whole number ≥ 1");
  return Number(value);
}

function score(value: string): number {
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < 0 || n > 100) throw new InvalidArgumentError("expected a number from 0 to 100");
  return n;
}


function addLintOptions(command: Command): Command {
  return command
    .option("-f, --format <format>", `output format: ${FORMATS.join(", ")} (default: stylish)`)
    .option("-o, --output <file>", "write the report to a file (the exit code still reflects the findings)")
    .option("-q, --quiet", "report errors only")
    .addOption(new Option("--fail-on <severity>", "lowest severity that fails the run (default: error)").choices(SEVERITIES))
    .option("--max-warnings <n>", "fail when there are more than n warnings", nonNegativeInteger)
    .option("--min-score <score>", "fail when a file's integrity score is below score (0–100)", score)
    .option("--baseline <file>", "report and fail only on findings not recorded in this baseline file")
    .option("-j, --jobs <n>", "worker threads for many files (default: available cores)", positiveInteger)
    .option("--cache", "reuse the results of unchanged files (keyed by content, rules, options and versions)")
    .option("--cache-location <dir>", "cache folder (default: .jiaodui-cache)");
}

export function registerLint(program: Command, io: CliIo): void {
  addLintOptions(addInputOptions(program.command("lint").description("检查文档中的提取伪影 / check documents for extraction artefacts")))
    .option("--fix", "apply safe fixes in place (atomically)")
    .option("--dry-run", "with --fix: print the unified diff, write nothing")
    .action(async (paths: string[], options: LintOptions, command: Command) => {
      setExitCode(command, await lint(paths, options, io));
    });

  addLintOptions(addInputOptions(program.command("fix").description("应用安全修复（等同 lint --fix）/ apply safe fixes (same as lint --fix)")))
    .option("--dry-run", "print the unified diff, write nothing")
    .option(
      "--apply <selectors>",
      "apply exactly these reviewed findings instead of the safe fixes (comma-separated, repeatable): <fingerprint> (its safe fix, else its first suggestion), <fingerprint>:<n> (suggestion n) or <fingerprint>:fix",
      (value: string, list: string[] | undefined) => [...(list ?? []), ...value.split(",").map((s) => s.trim()).filter(Boolean)],
    )
    .action(async (paths: string[], options: LintOptions, command: Command) => {
      setExitCode(command, await lint(paths, { ...options, fix: true }, io));
    });

}








async function lint(paths: string[], options: LintOptions, io: CliIo): Promise<number> {
  if (options.dryRun && !options.fix) throw new UsageError("--dry-run 需与 --fix 一起使用 / --dry-run goes with --fix");
  const selectors: Selector[] | undefined = options.apply?.map(parseSelector);
  const effective = effectiveOptions(options, io);
  const { project, locale } = effective;
  const quiet = options.quiet ?? project.quiet ?? false;
  const baselinePath = options.baseline ?? project.baseline;
  const settings = engineOptions(options, effective, io);
  const engine = new Engine(settings);
  const baseline: Baseline | undefined = baselinePath ? loadBaseline(baselinePath, io.cwd) : undefined;
  const toStdin = paths.length === 1 && paths[0] === STDIN;

  const files: FileReport[] = [];
  const sources = new Map<string, string>();
  const pendingWrites: { path: string; data: Buffer }[] = [];
  const matched = new Set<string>();
  let fixedStdin: string | undefined;

  const list = await inputs(paths, options, effective, io, true);
  if (!options.fix && !toStdin) {
    // Checking only: many files go through the worker pool and the cache.
    const reports = await lintFilesParallel(
      list.map((input) => input.display),
      settings,
      {
        jobs: options.jobs,
        cache: options.cache,
        cacheLocation: options.cacheLocation,
        cwd: io.cwd,
        read: { encoding: effective.encoding, maxFileSize: effective.maxFileSize },
        filter: baseline ? (findings, _display, absolute) => baseline.filter(absolute, findings) : undefined,
        quiet,
        // Only the formats that show context need the texts back from the workers.
        sources: formatNeedsSources(effective.format) ? sources : undefined,
      },
    );
    for (const report of reports) {
      if (report.skipped) io.stderr(skippedNote(report.path, report.skipped));
      files.push(report);
    }
  }
  for (const input of options.fix || toStdin ? list : []) {
    let source = await input.read();
    if (source.skipped) io.stderr(skippedNote(input.display, source.skipped));
    if (options.fix && !source.skipped) {
      try {
        let output = source.text;
        let note = "";
        if (selectors) {
          const selected = selectEdits((await engine.lintSource(source)).findings, selectors);
          for (const s of selected) matched.add(s.selector.raw);
          if (selected.length > 0) output = applySelected(source.text, selected);
          note = selected.length > 0 ? reviewedSummary(input.display, selected.length, options.dryRun === true, locale) : "";
        } else {
          const outcome = await engine.fixSource(source);
          output = outcome.output;
          if (output !== source.text || outcome.unapplied.length > 0) note = fixSummary(input.display, outcome.applied.length, outcome.unapplied.length, options.dryRun === true, locale);
        }
        if (toStdin && !options.dryRun) fixedStdin = output;
        if (output !== source.text) {
          if (options.dryRun) io.stdout((await import("diff")).createTwoFilesPatch(`a/${input.display}`, `b/${input.display}`, source.text, output));
          else if (!toStdin) pendingWrites.push({ path: input.absolute, data: encodeLike(source, output) });
          source = { ...source, text: output };
        }
        if (note) io.stderr(note);
      } catch (error) {
        // Name the file in the guard's refusal; nothing has been written yet.
        if (error instanceof FixSafetyError && !error.message.startsWith(input.display)) throw new FixSafetyError(`${input.display}: ${error.message}`);
        throw error;
      }
    }
    const linted = await engine.lintSource(source);
    if (baseline) linted.findings = baseline.filter(input.absolute, linted.findings);
    if (quiet) linted.findings = linted.findings.filter((f) => f.severity === "error");
    files.push(fileReport(linted, input.display));
    if (!source.skipped) sources.set(input.display, source.text);
  }

  if (selectors) {
    const missing = selectors.filter((s) => !matched.has(s.raw));
    if (missing.length > 0) {
      throw new UsageError(
        `--apply: 找不到指纹 / no finding has the fingerprint ${missing.map((s) => s.fingerprint).join(", ")} (lint again with --format json: fingerprints change when the text around a finding changes); nothing was written`,
      );
    }
  }
  // Every file read, linted and fixed without error: now write.
  for (const write of pendingWrites) writeAtomically(write.path, write.data);
  if (fixedStdin !== undefined) io.stdout(fixedStdin);

  const report = buildReport(files, engine.ruleIds, engine.locale);
  const rendered = await renderReport(report, effective.format, {
    locale,
    color: io.isTTY && !options.output && effective.format === "stylish",
    sources,
    cwd: io.cwd,
  });
  if (options.output) writeAtomically(resolve(io.cwd, options.output), rendered);
  else if (fixedStdin !== undefined) {
    // Standard output carries the fixed text; the report goes to --output only.
  } else if (!(options.dryRun && effective.format === "stylish" && report.summary.findings === 0)) io.stdout(rendered);

  if (baseline) io.stderr(baselineSummary(baselinePath!, baseline, locale));
  const gate = evaluateGate(report, {
    failOn: options.failOn ?? project.failOn,
    maxWarnings: options.maxWarnings ?? project.maxWarnings,
    minScore: options.minScore ?? project.minScore,
  });
  if (gate.failed) io.stderr(`jiaodui: ${locale === "en" ? "gate failed" : "未通过门槛 / gate failed"}: ${gate.reasons.join("; ")}\n`);
  return gate.failed ? EXIT.findings : EXIT.ok;
}


/** "applied N", or with --dry-run "would apply N (nothing written)". */
function applied(count: number, dryRun: boolean, locale: Locale, what: { en: string; zh: string }): string {
  if (locale === "en") return dryRun ? `would apply ${count} ${what.en} (--dry-run: nothing written)` : `applied ${count} ${what.en}`;
  return dryRun ? `将应用 ${count} 处${what.zh}（--dry-run：未写入文件）` : `已应用 ${count} 处${what.zh}`;
}

function fixSummary(path: string, count: number, unapplied: number, dryRun: boolean, locale: Locale): string {
  const rest =
    unapplied > 0
      ? locale === "en"
        ? `; ${unapplied} safe fix(es) could not be applied (overlapping or not converging) and remain in the report`
        : `；${unapplied} 处安全修复因重叠或不收敛未能应用，仍列在报告中`
      : "";
  return `${path}${locale === "en" ? ": " : "："}${applied(count, dryRun, locale, { en: "fix(es)", zh: "修复" })}${rest}\n`;
}

function reviewedSummary(path: string, count: number, dryRun: boolean, locale: Locale): string {
  return `${path}${locale === "en" ? ": " : "："}${applied(count, dryRun, locale, { en: "reviewed fix(es)", zh: "经审阅的修复" })}\n`;
}

function baselineSummary(path: string, baseline: Baseline, locale: Locale): string {
  const refresh = baseline.fixed > 0 ? ` (jiaodui baseline <paths> -o ${path})` : "";
  return locale === "en"
    ? `baseline ${path}: ${baseline.suppressed} known finding(s) not reported; ${baseline.fixed} baseline entr${baseline.fixed === 1 ? "y is" : "ies are"} now fixed${baseline.fixed > 0 ? ", refresh the baseline" + refresh : ""}\n`
    : `基线 ${path}：${baseline.suppressed} 个已知发现未报告；${baseline.fixed} 个基线条目已修复${baseline.fixed > 0 ? "，可更新基线" + refresh : ""} / baseline: ${baseline.suppressed} known, ${baseline.fixed} fixed\n`;
}
