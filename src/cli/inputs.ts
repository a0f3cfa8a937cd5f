/**
 * What every document command shares: the input options, the effective settings
 * (command line, else the project configuration, else the defaults), the engine
 * they configure, and the inputs they name (files, directories, globs or -).
 */
import { Command, Option } from "commander";
import { resolve } from "node:path";
import { loadConfig, loadProjectConfig, type ProjectConfig } from "../engine/config.js";
import { Engine, type EngineOptions } from "../engine/engine.js";
import { resolveInputs } from "../engine/files.js";
import { checkSize, decodeSource, DEFAULT_MAX_FILE_SIZE, ENCODINGS, formatSize, parseSize, readSource, type Encoding, type SourceFile } from "../engine/source.js";
import { ConfigError, UsageError } from "../errors.js";
import { LOCALES, type Locale } from "../report/categories.js";
import { FORMATS, type FormatName } from "../report/format/names.js";
import type { CliIo } from "./io.js";

export interface CommonOptions {
  config?: string;
  rule: string[];
  parser?: "auto" | "markdown" | "text";
  locale?: Locale;
  encoding?: Encoding;
  maxFileSize?: string;
  stdinFilename?: string;
}

export const STDIN = "-";

export function addInputOptions(command: Command): Command {
  return addDocumentOptions(command.argument("<paths...>", "files, directories (walked for .md/.txt), globs, or - for standard input")).option(
    "--stdin-filename <name>",
    "with -: the name standard input is reported (and parsed) as",
  );
}

/** The options that say how documents are read and checked (configuration, rules, parser, locale, encoding, size limit), without the paths argument. */
export function addDocumentOptions(command: Command): Command {
  return command
    .option("-c, --config <file>", "textlint configuration file (default: ./.textlintrc.json)")
    .option("-r, --rule <id>", "run only this rule (repeatable)", (id: string, ids: string[]) => [...ids, id], [] as string[])
    .addOption(new Option("--parser <parser>", "how to parse .txt files (default: auto)").choices(["auto", "markdown", "text"]))
    .addOption(new Option("--locale <locale>", "message language (default: zh-CN)").choices(LOCALES))
    .addOption(new Option("--encoding <encoding>", "encoding of the documents (default: utf-8; --fix writes the same encoding back)").choices(ENCODINGS))
    .option("--max-file-size <size>", `refuse larger files, e.g. 5MB, 500k (default: ${formatSize(DEFAULT_MAX_FILE_SIZE)})`);
}

/** Command-line value, else the project configuration's, else the built-in default. */
export interface Effective {
  project: ProjectConfig;
  format: FormatName;
  parser: "auto" | "markdown" | "text";
  locale: Locale;
  encoding?: Encoding;
  maxFileSize: number;
  config?: string;
}

export function effectiveOptions(options: CommonOptions & { format?: string }, io: CliIo): Effective {
  const project = loadProjectConfig(io.cwd);
  const where = project.path ?? "config";
  const format = options.format ?? project.format ?? "stylish";
  if (!(FORMATS as readonly string[]).includes(format)) {
    if (options.format) throw new UsageError(`--format ${format}: unknown format; allowed: ${FORMATS.join(", ")}`);
    throw new ConfigError(`${where}: format: ${JSON.stringify(format)} is not allowed; allowed: ${FORMATS.map((f) => JSON.stringify(f)).join(", ")}`);
  }
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;
  if (options.maxFileSize !== undefined) {
    const size = parseSize(options.maxFileSize);
    if (!size) throw new UsageError(`--max-file-size ${options.maxFileSize}: expected a size such as 5000000, 500k or 5MB`);
    maxFileSize = size;
  } else if (project.maxFileSize !== undefined) {
    const size = typeof project.maxFileSize === "number" ? project.maxFileSize : parseSize(project.maxFileSize);
    if (!size) throw new ConfigError(`${where}: maxFileSize: ${JSON.stringify(project.maxFileSize)} is not allowed; allowed: a number of bytes ≥ 1 or a size such as "500k", "5MB"`);
    maxFileSize = size;
  }
  return {
    project,
    format: format as FormatName,
    parser: options.parser ?? project.parser ?? "auto",
    locale: options.locale ?? project.locale ?? "zh-CN",
    encoding: options.encoding ?? project.encoding,
    maxFileSize,
    config: options.config ?? project.config,
  };
}

export function engineOptions(options: CommonOptions, effective: Effective, io: CliIo): EngineOptions {
  return {
    config: loadConfig(effective.config, io.cwd),
    ruleIds: options.rule,
    parser: effective.parser === "auto" ? undefined : effective.parser,
    locale: effective.locale,
    allow: effective.project.allow,
  };
}

export function createEngine(options: CommonOptions, effective: Effective, io: CliIo): Engine {
  return new Engine(engineOptions(options, effective, io));
}

/** One input: where it is displayed, where it lives, and how to read it. */
export interface Input {
  display: string;
  absolute: string;
  read: () => Promise<SourceFile>;
}

export async function inputs(paths: string[], options: CommonOptions, effective: Effective, io: CliIo, allowStdin: boolean): Promise<Input[]> {
  if (paths.includes(STDIN)) {
    if (!allowStdin) throw new UsageError("此命令不能读取标准输入 / this command cannot read standard input (-)");
    if (paths.length > 1) throw new UsageError("- (标准输入) 不能与其他路径同用 / - (standard input) cannot be combined with other paths");
    const display = options.stdinFilename ?? "<stdin>";
    return [
      {
        display,
        absolute: resolve(io.cwd, display),
        read: async () => {
          if (!io.readStdin) throw new UsageError("standard input is not available");
          const bytes = await io.readStdin();
          checkSize(display, bytes.length, effective.maxFileSize);
          // The name decides the parser (.md / .txt); the default parses as .txt.
          return decodeSource(bytes, options.stdinFilename ?? "<stdin>.txt", { encoding: effective.encoding });
        },
      },
    ];
  }
  if (options.stdinFilename) throw new UsageError("--stdin-filename 仅用于 - / --stdin-filename goes with the path - (standard input)");
  const files = resolveInputs(paths, io.cwd, {
    ignore: effective.project.ignore,
    onIgnored: (path) => io.stderr(`${path}: 已按配置忽略 / ignored by the configuration's "ignore"\n`),
  });
  return files.map((display) => {
    const absolute = resolve(io.cwd, display);
    return { display, absolute, read: async () => readSource(absolute, { encoding: effective.encoding, maxFileSize: effective.maxFileSize, label: display }) };
  });
}

export function skippedNote(path: string, reason: string): string {
  return `${path}: ${reason}\n`;
}
