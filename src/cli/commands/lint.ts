/** `jiaodui lint`: check documents, optionally apply safe fixes, report, and gate on errors. */
import { Command, Option } from "commander";
import { createTwoFilesPatch } from "diff";
import { resolve } from "node:path";
import { loadConfig } from "../../engine/config.js";
import { Engine } from "../../engine/engine.js";
import { resolveInputs } from "../../engine/files.js";
import { encodeLike, readSource, writeAtomically } from "../../engine/source.js";
import { EXIT, UsageError } from "../../errors.js";
import { buildReport, fileReport } from "../../report/build.js";
import { LOCALES, type Locale } from "../../report/categories.js";
import { FORMATS, formatReport, type FormatName } from "../../report/format/index.js";
import type { FileReport } from "../../report/types.js";
import type { CliIo } from "../io.js";
import { setExitCode } from "../program.js";

interface LintOptions {
  format: FormatName;
  output?: string;
  fix?: boolean;
  dryRun?: boolean;
  quiet?: boolean;
  config?: string;
  rule: string[];
  parser: "auto" | "markdown" | "text";
  locale: Locale;
}

export function registerLint(program: Command, io: CliIo): void {
  program
    .command("lint")
    .description("检查文档中的提取伪影 / check documents for extraction artefacts")
    .argument("<paths...>", "files, directories (walked for .md/.txt) or globs")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("stylish"))
    .option("-o, --output <file>", "write the report to a file (the exit code still reflects the findings)")
    .option("--fix", "apply safe fixes in place (atomically)")
    .option("--dry-run", "with --fix: print the unified diff, write nothing")
    .option("-q, --quiet", "report errors only")
    .option("-c, --config <file>", "configuration file (default: ./.textlintrc.json)")
    .option("-r, --rule <id>", "run only this rule (repeatable)", (id: string, ids: string[]) => [...ids, id], [] as string[])
    .addOption(new Option("--parser <parser>", "how to parse .txt files").choices(["auto", "markdown", "text"]).default("auto"))
    .addOption(new Option("--locale <locale>", "message language").choices(LOCALES).default("zh-CN"))
    .action(async (paths: string[], options: LintOptions, command: Command) => {
      setExitCode(command, await lint(paths, options, io));
    });
}

async function lint(paths: string[], options: LintOptions, io: CliIo): Promise<number> {
  if (options.dryRun && !options.fix) throw new UsageError("--dry-run 需与 --fix 一起使用 / --dry-run goes with --fix");
  const config = loadConfig(options.config, io.cwd);
  const engine = new Engine({
    config,
    ruleIds: options.rule,
    parser: options.parser === "auto" ? undefined : options.parser,
    locale: options.locale,
  });
  const files: FileReport[] = [];
  for (const path of resolveInputs(paths, io.cwd)) {
    let source = readSource(resolve(io.cwd, path));
    if (options.fix && !source.skipped) {
      const outcome = await engine.fixSource(source);
      if (outcome.output !== source.text) {
        if (options.dryRun) {
          io.stdout(createTwoFilesPatch(`a/${path}`, `b/${path}`, source.text, outcome.output));
        } else {
          writeAtomically(source.path, encodeLike(source, outcome.output));
        }
        io.stderr(fixSummary(path, outcome.applied.length, outcome.unapplied.length, options.locale));
        source = { ...source, text: outcome.output };
      }
    }
    const linted = await engine.lintSource(source);
    if (options.quiet) linted.findings = linted.findings.filter((f) => f.severity === "error");
    files.push(fileReport(linted, path));
  }
  const report = buildReport(files, engine.ruleIds, engine.locale);
  const rendered = formatReport(report, options.format, { locale: options.locale, color: io.isTTY && !options.output && options.format === "stylish" });
  if (options.output) writeAtomically(resolve(io.cwd, options.output), rendered);
  else if (!(options.dryRun && options.format === "stylish" && report.summary.findings === 0)) io.stdout(rendered);
  return report.summary.bySeverity.error > 0 ? EXIT.findings : EXIT.ok;
}

function fixSummary(path: string, applied: number, unapplied: number, locale: Locale): string {
  const rest = unapplied > 0 ? (locale === "en" ? `; ${unapplied} fix(es) could not be applied (overlapping)` : `；${unapplied} 处修复因重叠未能应用`) : "";
  return locale === "en" ? `${path}: applied ${applied} fix(es)${rest}\n` : `${path}：已应用 ${applied} 处修复${rest}\n`;
}
