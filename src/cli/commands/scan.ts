/**
 * `jiaodui scan <dir> --jsonl out.jsonl`: corpus mode.
 *
 * Streams one JSON line per document file to the output (its FileReport: path
 * relative to <dir>, integrity score, counts by category and severity,
 * documents, findings), in a deterministic order, with bounded memory (no
 * report is kept once written). The first line is a header naming the tool,
 * rules, locale and shard; `jiaodui merge` combines outputs into one report.
 *
 * - Resume: when the output exists, files already in it are skipped; a
 *   truncated last line (an interrupted write) is discarded first.
 * - `--shard k/n`: this machine takes the files whose relative path hashes to
 *   k−1 mod n (SHA-1), so n machines split a corpus without coordination.
 * - Files that are not Chinese prose (mostly non-ideographic, or a listing
 *   with almost no Chinese sentence punctuation, e.g. SOURCES.md), binary or
 *   undecodable files are skipped: written as skipped lines and counted.
 *   Files that are not .md/.txt are counted only.
 * - A progress bar on stderr when it is a terminal.
 */
import { Command, Option } from "commander";
import { createHash } from "node:crypto";
import { closeSync, createReadStream, existsSync, openSync, readdirSync, readSync, statSync, truncateSync, writeSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { createInterface } from "node:readline";
import { getLexicon } from "../../cjk/lexicon.js";
import { loadConfig } from "../../engine/config.js";
import { splitDocuments } from "../../doc/documents.js";
import { settingsKey } from "../../engine/cache.js";
import { Engine, type EngineOptions } from "../../engine/engine.js";
import { defaultJobs, lintEach } from "../../engine/pool.js";
import { EXIT, InputError, UsageError } from "../../errors.js";
import { PACKAGE_VERSION } from "../../paths.js";
import { MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS } from "../../plugin.js";
import { fileReport, SCHEMA_VERSION } from "../../report/build.js";
import { LOCALES, type Locale } from "../../report/categories.js";
import type { FileReport } from "../../report/types.js";
import { processIo, type CliIo } from "../io.js";
import { setExitCode } from "../program.js";

export const SCAN_FORMAT = "jiaodui-scan/1";

/** First line of a scan output. */
export interface ScanHeader {
  format: typeof SCAN_FORMAT;
  schemaVersion: string;
  tool: { name: "jiaodui"; version: string };
  lexicon: { source: string; version: string; words: number } | null;
  locale: Locale;
  rules: string[];
  /** Engine settings that change findings (rules and options, parser): outputs merge only when equal. */
  settings: string;
  shard: { index: number; count: number } | null;
}

interface ScanOptions {
  jsonl: string;
  shard?: string;
  jobs?: string;
  config?: string;
  rule: string[];
  parser: "auto" | "markdown" | "text";
  locale: Locale;
  all?: boolean;
  progress: boolean;
}

const DOCUMENT_EXTENSIONS = new Set([...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS]);
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git"]);
/** Bytes read to decide whether a file is Chinese prose. */
const SNIFF_BYTES = 64 * 1024;

export function registerScan(program: Command, io: CliIo): void {
  program
    .command("scan")
    .description("扫描语料库，逐文件输出 JSON Lines（可续跑、可分片）/ scan a corpus into JSON Lines (resumable, shardable)")
    .argument("<dir>", "corpus folder (walked for .md/.txt)")
    .requiredOption("--jsonl <file>", "output file, one JSON line per document file (appended to when it exists: resume)")
    .option("--shard <k/n>", "scan only shard k of n (1 ≤ k ≤ n), by a hash of the relative path")
    .option("-j, --jobs <n>", "worker threads (default: available cores)")
    .option("-c, --config <file>", "configuration file (default: ./.textlintrc.json)")
    .option("-r, --rule <id>", "run only this rule (repeatable)", (id: string, ids: string[]) => [...ids, id], [] as string[])
    .addOption(new Option("--parser <parser>", "how to parse .txt files").choices(["auto", "markdown", "text"]).default("auto"))
    .addOption(new Option("--locale <locale>", "message language").choices(LOCALES).default("zh-CN"))
    .option("--all", "lint every .md/.txt file, also those that are not Chinese prose")
    .option("--no-progress", "no progress bar")
    .action(async (dir: string, options: ScanOptions, command: Command) => {
      setExitCode(command, await scan(dir, options, io));
    });
}

export function parseShard(text: string | undefined): { index: number; count: number } | null {
  if (text === undefined) return null;
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || !(count >= 1) || !(index >= 1) || index > count) {
    throw new UsageError(`--shard ${text}: 应为 k/n 且 1 ≤ k ≤ n / expected k/n with 1 ≤ k ≤ n, e.g. 1/4`);
  }
  return { index, count };
}

/** The shard (1-based) a relative path belongs to among `count`. */
export function shardOf(relativePath: string, count: number): number {
  const digest = createHash("sha1").update(relativePath.split(sep).join("/")).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Every regular file under `root`, as sorted relative paths with "/" separators. */
export function walkCorpus(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(relative(root, path).split(sep).join("/"));
    }
  };
  walk(root);
  return found.sort();
}

const isDocument = (path: string) => {
  const dot = path.lastIndexOf(".");
  return dot > path.lastIndexOf("/") && DOCUMENT_EXTENSIONS.has(path.slice(dot).toLowerCase());
};

/**
 * Why a file is not Chinese prose, from its first 64 KB; undefined when it is.
 * Prose: at least 30 % of the non-space characters are ideographs, and there is
 * at least one Chinese sentence mark (，。；：、！？) per 50 ideographs (prose
 * has ≈ 1 per 13; a listing of titles and paths, like SOURCES.md, ≈ 1 per 500).
 */
export function notChineseProse(sample: string): string | undefined {
  let nonSpace = 0;
  let ideographs = 0;
  let marks = 0;
  for (const char of sample) {
    if (/\s/u.test(char)) continue;
    nonSpace++;
    if (/\p{Unified_Ideograph}/u.test(char)) ideographs++;
    else if ("，。；：、！？".includes(char)) marks++;
  }
  if (nonSpace === 0) return "empty file / 空文件";
  if (ideographs < 0.3 * nonSpace) return `not Chinese text (${Math.round((100 * ideographs) / nonSpace)}% ideographs) / 非中文文本`;
  if (marks * 50 < ideographs) return "not prose: almost no Chinese sentence punctuation (a listing or table?) / 非正文（清单或表格？）";
  return undefined;
}

function sniff(path: string): { skipped?: string } {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const length = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    const bytes = buffer.subarray(0, length);
    if (bytes.subarray(0, 8192).includes(0)) return { skipped: "binary file (contains NUL bytes) / 二进制文件" };
    let text: string;
    try {
      // stream: a character cut by the 64 KB boundary is not an error.
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
    } catch {
      return { skipped: "not valid UTF-8 / 不是 UTF-8 编码" };
    }
    return { skipped: notChineseProse(text) };
  } finally {
    closeSync(fd);
  }
}

/** A FileReport for a file that was not linted. */
function skippedReport(path: string, reason: string): FileReport {
  const report = fileReport(
    { source: { path, ext: ".txt", text: "", bom: false, encoding: "utf-8", eol: "none", skipped: reason }, syntax: "text", documents: splitDocuments([], 0), findings: [] },
    path,
  );
  report.skipped = reason;
  return report;
}

/**
 * Read an existing output: its header and the paths already done. A last line
 * without its newline, or that does not parse, is cut off (interrupted write).
 */
export async function readScanOutput(file: string): Promise<{ header: ScanHeader | null; done: Set<string>; validBytes: number; totalBytes: number }> {
  const done = new Set<string>();
  let header: ScanHeader | null = null;
  let validBytes = 0;
  const totalBytes = statSync(file).size;
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  let offset = 0;
  let bad: number | null = null;
  for await (const line of lines) {
    const length = Buffer.byteLength(line, "utf8") + 1;
    const complete = offset + length <= totalBytes;
    offset += length;
    if (bad !== null) throw new InputError(`${file}: line ${bad} is not valid JSON, and is not the last line; cannot resume (remove the file to start over)`);
    let value: unknown;
    try {
      value = complete && line.trim() !== "" ? JSON.parse(line) : undefined;
    } catch {
      value = undefined;
    }
    if (value === undefined) {
      if (line.trim() === "" && complete) {
        validBytes = offset;
        continue;
      }
      bad = done.size + 2;
      continue;
    }
    if (header === null) {
      if ((value as ScanHeader).format !== SCAN_FORMAT) throw new InputError(`${file}: not a jiaodui scan output (no header line)`);
      header = value as ScanHeader;
    } else {
      const path = (value as FileReport).path;
      if (typeof path !== "string") throw new InputError(`${file}: a line without "path"`);
      done.add(path);
    }
    validBytes = offset;
  }
  return { header, done, validBytes, totalBytes };
}

function sameSettings(a: ScanHeader, b: ScanHeader): boolean {
  return a.settings === b.settings && a.locale === b.locale && JSON.stringify(a.shard) === JSON.stringify(b.shard) && a.tool.version === b.tool.version;
}

async function scan(dir: string, options: ScanOptions, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, dir);
  let rootStats;
  try {
    rootStats = statSync(root);
  } catch {
    throw new InputError(`${dir}: 目录不存在 / no such directory`);
  }
  if (!rootStats.isDirectory()) throw new UsageError(`${dir}: 不是目录 / not a directory (scan takes a corpus folder; use lint for files)`);
  const shard = parseShard(options.shard);
  const jobs = options.jobs === undefined ? defaultJobs() : Number(options.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${options.jobs}: 应为正整数 / expected a positive integer`);

  const config = loadConfig(options.config, io.cwd);
  const engineOptions: EngineOptions = {
    config,
    ruleIds: options.rule,
    parser: options.parser === "auto" ? undefined : options.parser,
    locale: options.locale,
  };
  const engine = new Engine(engineOptions); // validates the rule selection
  const lexicon = getLexicon();
  const header: ScanHeader = {
    format: SCAN_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "jiaodui", version: PACKAGE_VERSION },
    lexicon: { source: lexicon.header.source, version: lexicon.version, words: lexicon.size },
    locale: engine.locale,
    rules: [...engine.ruleIds],
    settings: settingsKey(engineOptions),
    shard,
  };

  const output = resolve(io.cwd, options.jsonl);
  let done = new Set<string>();
  let fresh = true;
  if (existsSync(output) && statSync(output).size > 0) {
    const previous = await readScanOutput(output);
    if (previous.header) {
      if (!sameSettings(previous.header, header)) {
        throw new UsageError(`${options.jsonl}: 由不同的设置生成 / was written with other settings (rules, options, locale, shard or version); use another output file`);
      }
      fresh = false;
      done = previous.done;
    }
    if (previous.validBytes < previous.totalBytes) {
      truncateSync(output, previous.validBytes);
      io.stderr(`${options.jsonl}: 丢弃了被中断的最后一行 / discarded an interrupted last line\n`);
    }
  }

  const all = walkCorpus(root);
  const counts = { total: all.length, otherShard: 0, notDocument: 0, resumed: 0, skipped: 0, linted: 0, failed: 0, findings: 0 };
  const skippedByReason = new Map<string, number>();
  const toLint: string[] = [];
  const lines: { path: string; skipped?: string }[] = [];
  for (const path of all) {
    if (shard && shardOf(path, shard.count) !== shard.index) {
      counts.otherShard++;
      continue;
    }
    if (!isDocument(path)) {
      counts.notDocument++;
      continue;
    }
    if (done.has(path)) {
      counts.resumed++;
      continue;
    }
    lines.push({ path });
  }

  const fd = openSync(output, "a");
  const write = (value: unknown) => writeSync(fd, JSON.stringify(value) + "\n");
  const progress = createProgress(io, options.progress, lines.length);
  try {
    if (fresh) write(header);
    const countSkip = (reason: string) => {
      counts.skipped++;
      const key = reason.split(" / ")[0]!.replace(/ \(\d+% ideographs\)/, "");
      skippedByReason.set(key, (skippedByReason.get(key) ?? 0) + 1);
    };
    // Sniff in order; skipped files are written at once, the rest linted in order.
    for (const line of lines) {
      const reason = options.all ? undefined : sniff(join(root, line.path)).skipped;
      if (reason) {
        write(skippedReport(line.path, reason));
        countSkip(reason);
        progress.tick(0);
      } else {
        toLint.push(line.path);
      }
    }
    await lintEach(
      toLint,
      engineOptions,
      { jobs, cwd: root },
      (report) => {
        if (report.skipped) countSkip(report.skipped);
        else counts.linted++;
        counts.findings += report.findings.length;
        write(report);
        progress.tick(report.characters);
      },
      (error, index) => {
        const reason = error.message.replace(`${toLint[index]}: `, "");
        write(skippedReport(toLint[index]!, reason));
        counts.failed++;
        countSkip(reason);
        progress.tick(0);
      },
    );
  } finally {
    progress.done();
    closeSync(fd);
  }
  const reasons = [...skippedByReason].map(([reason, n]) => `${n} × ${reason}`).join("; ");
  io.stderr(
    `${options.jsonl}: ${counts.linted} file(s) linted, ${counts.findings} finding(s); ` +
      `${counts.skipped} skipped${reasons ? ` (${reasons})` : ""}; ` +
      `${counts.resumed} already done; ${counts.notDocument} not .md/.txt` +
      (shard ? `; ${counts.otherShard} in other shards (shard ${shard.index}/${shard.count})` : "") +
      "\n",
  );
  return EXIT.ok;
}

function createProgress(io: CliIo, enabled: boolean, total: number) {
  // Only when writing to the real stderr, and it is a terminal.
  const tty = enabled && io.stderr === processIo.stderr && Boolean(process.stderr.isTTY);
  let done = 0;
  let characters = 0;
  let last = 0;
  const started = Date.now();
  const draw = (final = false) => {
    const now = Date.now();
    if (!final && now - last < 100) return;
    last = now;
    const width = 30;
    const ratio = total === 0 ? 1 : done / total;
    const filled = Math.round(ratio * width);
    const seconds = (now - started) / 1000;
    const rate = seconds > 0 ? characters / seconds / 1e6 : 0;
    const eta = ratio > 0 && ratio < 1 ? Math.round((seconds / ratio) * (1 - ratio)) : 0;
    process.stderr.write(
      `\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${(ratio * 100).toFixed(0)}% · ${rate.toFixed(2)} M chars/s` +
        (eta > 0 ? ` · ETA ${eta}s` : "") +
        "   ",
    );
  };
  return {
    tick(chars: number) {
      done++;
      characters += chars;
      if (tty) draw();
    },
    done() {
      if (tty) {
        draw(true);
        process.stderr.write("\n");
      }
    },
  };
}
