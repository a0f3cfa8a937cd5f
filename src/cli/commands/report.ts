/**
 * `jiaodui report`: lint documents (or read a JSON report with --from) and
 * render the report for review: a self-contained HTML page by default, or
 * Markdown, JSON, SARIF, rdjson, GitHub annotations. The exit code reflects
 * the findings exactly as `lint` does, whether or not the report goes to a file.
 */
import { Command, Option } from "commander";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { loadConfig } from "../../engine/config.js";
import { Engine } from "../../engine/engine.js";
import { resolveInputs } from "../../engine/files.js";
import { readSource, writeAtomically } from "../../engine/source.js";
import { EXIT, InputError, UsageError } from "../../errors.js";
import { buildReport, fileReport } from "../../report/build.js";
import { LOCALES, type Locale } from "../../report/categories.js";
import { FORMATS, type FormatName } from "../../report/format/names.js";
import { renderReport } from "../../report/format/render.js";
import { loadSources } from "../../report/sources.js";
import type { FileReport, Report } from "../../report/types.js";
import { validateAgainst } from "../../schemas/validate.js";
import type { CliIo } from "../io.js";
import { setExitCode } from "../program.js";

interface ReportOptions {
  format: FormatName;
  output?: string;
  from?: string;
  config?: string;
  rule: string[];
  parser: "auto" | "markdown" | "text";
  locale: Locale;
}

export function registerReport(program: Command, io: CliIo): void {
  program
    .command("report")
    .description("生成审阅报告（HTML、Markdown、SARIF…）/ render a report for review (HTML, Markdown, SARIF…)")
    .argument("[paths...]", "files, directories (walked for .md/.txt) or globs to lint")
    .addOption(new Option("-f, --format <format>", "report format").choices(FORMATS).default("html"))
    .option("-o, --output <file>", "write the report to a file (the exit code still reflects the findings)")
    .option("--from <report.json>", "render an existing JSON report (jiaodui lint --format json) instead of linting")
    .option("-c, --config <file>", "configuration file (default: ./.textlintrc.json)")
    .option("-r, --rule <id>", "run only this rule (repeatable)", (id: string, ids: string[]) => [...ids, id], [] as string[])
    .addOption(new Option("--parser <parser>", "how to parse .txt files").choices(["auto", "markdown", "text"]).default("auto"))
    .addOption(new Option("--locale <locale>", "message language").choices(LOCALES).default("zh-CN"))
    .action(async (paths: string[], options: ReportOptions, command: Command) => {
      setExitCode(command, await report(paths, options, io));
    });
}

async function report(paths: string[], options: ReportOptions, io: CliIo): Promise<number> {
  let built: { report: Report; sources: Map<string, string> };
  if (options.from !== undefined) {
    if (paths.length > 0) throw new UsageError("--from 与文件路径不能同时使用 / give either --from or paths, not both");
    built = fromJson(options.from, io.cwd);
  } else {
    if (paths.length === 0) throw new UsageError("缺少要检查的路径 / missing paths to lint (or --from <report.json>)");
    built = await lintPaths(paths, options, io.cwd);
  }
  const rendered = await renderReport(built.report, options.format, { locale: built.report.locale, color: false, sources: built.sources, cwd: io.cwd });
  if (options.output) writeAtomically(resolve(io.cwd, options.output), rendered);
  else io.stdout(rendered);
  return built.report.summary.bySeverity.error > 0 ? EXIT.findings : EXIT.ok;
}

/** Lint like `jiaodui lint` and keep the decoded texts for the formats that show context. */
export async function lintPaths(paths: readonly string[], options: Pick<ReportOptions, "config" | "rule" | "parser" | "locale">, cwd: string) {
  const engine = new Engine({
    config: loadConfig(options.config, cwd),
    ruleIds: options.rule,
    parser: options.parser === "auto" ? undefined : options.parser,
    locale: options.locale,
  });
  const files: FileReport[] = [];
  const sources = new Map<string, string>();
  for (const path of resolveInputs(paths, cwd)) {
    const linted = await engine.lintSource(readSource(resolve(cwd, path)));
    files.push(fileReport(linted, path));
    if (!linted.source.skipped) sources.set(path, linted.source.text);
  }
  return { report: buildReport(files, engine.ruleIds, engine.locale), sources };
}

/** Read and validate a JSON report; its documents are read back for context when they still match. */
export function fromJson(path: string, cwd: string): { report: Report; sources: Map<string, string> } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(cwd, path), "utf8"));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `不是 JSON / not JSON (${error.message})` : `无法读取 / cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
    throw new InputError(`${path}: ${reason}`);
  }
  const problems = validateAgainst("report", raw);
  if (problems.length > 0) {
    const shown = problems.slice(0, 3).map((p) => `${p.path} ${p.message}`).join("; ");
    const more = problems.length > 3 ? ` (+${problems.length - 3})` : "";
    throw new InputError(`${path}: 不是有效的 jiaodui 报告 / not a valid jiaodui report (src/schemas/report.schema.json): ${shown}${more}`);
  }
  const report = raw as Report;
  return { report, sources: loadSources(report, cwd) };
}
