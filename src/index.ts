/**
 * The programmatic API. The CLI is a thin layer over it, and a worker pool can
 * wrap `lintFiles` per file: nothing here keeps state between files.
 */
import { loadConfig } from "./engine/config.js";
import { Engine, type EngineOptions } from "./engine/engine.js";
import type { FixOutcome } from "./engine/fix.js";
import { decodeSource, readSource } from "./engine/source.js";
import { buildReport, fileReport } from "./report/build.js";
import type { FileReport, Report } from "./report/types.js";

export { Engine, type EngineOptions, type LintedText } from "./engine/engine.js";
export { loadConfig, parseConfig, defaultConfig, type JiaoduiConfig } from "./engine/config.js";
export { applyEdits, fixToFixedPoint, type FixOutcome } from "./engine/fix.js";
export { buildReport, fileReport } from "./report/build.js";
export type { Report, FileReport, Finding } from "./report/types.js";
export { CATEGORIES, SEVERITIES, type Category, type Severity, type Locale } from "./report/categories.js";
export { RULES, RULE_IDS } from "../rules/index.js";

/** Lint a string. `path` picks the parser by extension (default plain/auto .txt). */
export async function lintText(text: string, options: EngineOptions & { path?: string } = {}): Promise<FileReport> {
  const engine = new Engine(options);
  return fileReport(await engine.lintText(text, options.path));
}

/** Lint files (already resolved paths) into a full report. */
export async function lintFiles(paths: readonly string[], options: EngineOptions & { configPath?: string } = {}): Promise<Report> {
  const engine = new Engine({ config: options.config ?? loadConfig(options.configPath), ...options });
  const files: FileReport[] = [];
  for (const path of paths) files.push(fileReport(await engine.lintSource(readSource(path))));
  return buildReport(files, engine.ruleIds, engine.locale);
}

/** Apply all safe fixes to a string until nothing changes. */
export async function fixText(text: string, options: EngineOptions & { path?: string } = {}): Promise<FixOutcome> {
  return new Engine(options).fixSource(decodeSource(Buffer.from(text, "utf8"), options.path ?? "<text>.txt"));
}
