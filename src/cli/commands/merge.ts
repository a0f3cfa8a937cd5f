/**
 * `jiaodui merge <scan outputs…> -o report.json`: combine the JSON Lines of
 * `jiaodui scan` (one per shard, or one resumed run) into one report of the
 * report contract (src/schemas/report.schema.json), validated before it is
 * written. Files are ordered by path, so merging the shards of a corpus gives
 * the same report as merging one unsharded scan.
 */
import { Command, Option } from "commander";
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { writeAtomically } from "../../engine/source.js";
import { EXIT, InputError, UsageError } from "../../errors.js";
import { buildReport } from "../../report/build.js";
import { FORMATS, type FormatName } from "../../report/format/names.js";
import { renderReport } from "../../report/format/render.js";
import type { FileReport, Report } from "../../report/types.js";
import { validateAgainst } from "../../schemas/validate.js";
import type { CliIo } from "../io.js";
import { setExitCode } from "../program.js";
import { SCAN_FORMAT, type ScanHeader } from "./scan.js";

interface MergeOptions {
  output?: string;
  format: FormatName;
}

export function registerMerge(program: Command, io: CliIo): void {
  program
    .command("merge")
    .description("合并 scan 的输出为一份报告 / merge scan outputs (JSON Lines) into one report")
    .argument("<files...>", "outputs of jiaodui scan (e.g. one per shard)")
    .option("-o, --output <file>", "write the report to a file (default: standard output)")
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("json"))
    .action(async (files: string[], options: MergeOptions, command: Command) => {
      setExitCode(command, await merge(files, options, io));
    });
}

/** Read scan outputs into one report (files sorted by path). Throws on incompatible or duplicate inputs. */
export async function mergeScanOutputs(files: readonly string[], cwd = process.cwd()): Promise<Report> {
  let first: ScanHeader | undefined;
  const shards = new Set<string>();
  const byPath = new Map<string, FileReport>();
  for (const file of files) {
    const path = resolve(cwd, file);
    let header: ScanHeader | undefined;
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
    try {
      for await (const line of lines) {
        if (line.trim() === "") continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          // An interrupted scan leaves a truncated last line; scan discards it on resume, merge ignores it.
          continue;
        }
        if (!header) {
          if ((value as ScanHeader).format !== SCAN_FORMAT) throw new InputError(`${file}: 不是 jiaodui scan 的输出 / not a jiaodui scan output (no header line)`);
          header = value as ScanHeader;
          if (first && (header.settings !== first.settings || header.locale !== first.locale || header.tool.version !== first.tool.version)) {
            throw new UsageError(`${file}: 与 ${files[0]} 的设置不同 / was scanned with other settings than ${files[0]} (rules, options, locale or version)`);
          }
          first ??= header;
          const shard = header.shard ? `${header.shard.index}/${header.shard.count}` : "all";
          if (shards.has(shard)) throw new UsageError(`${file}: 分片 ${shard} 重复 / shard ${shard} given twice`);
          shards.add(shard);
          continue;
        }
        const report = value as FileReport;
        if (byPath.has(report.path)) throw new UsageError(`${file}: ${report.path} 出现两次 / appears twice in the inputs (overlapping shards?)`);
        byPath.set(report.path, report);
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new InputError(`${file}: 文件不存在 / no such file`);
      throw error;
    }
    if (!header) throw new InputError(`${file}: 空文件或不是 scan 的输出 / empty, or not a jiaodui scan output`);
  }
  const header = first!;
  const paths = [...byPath.keys()].sort();
  const report = buildReport(
    paths.map((p) => byPath.get(p)!),
    header.rules,
    header.locale,
  );
  report.lexicon = header.lexicon;
  return report;
}

async function merge(files: string[], options: MergeOptions, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError("merge: 需要至少一个输入 / at least one input is needed");
  const report = await mergeScanOutputs(files, io.cwd);
  const problems = validateAgainst("report", report);
  if (problems.length > 0) {
    throw new InputError(`合并后的报告不符合模式 / the merged report does not validate: ${problems[0]!.path}: ${problems[0]!.message}`);
  }
  const rendered = await renderReport(report, options.format, { locale: report.locale, color: false });
  if (options.output) writeAtomically(resolve(io.cwd, options.output), rendered);
  else io.stdout(rendered);
  io.stderr(
    `merge: ${files.length} input(s), ${report.summary.files} file(s), ${report.summary.findings} finding(s), integrity ${report.summary.integrityScore}` +
      (options.output ? ` → ${options.output}` : "") +
      "\n",
  );
  return EXIT.ok;
}
