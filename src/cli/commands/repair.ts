/**
 * `jiaodui repair <file> [-o out] [--dry-run]`: the structural relocations
 * (displaced fragments and the signature block displaced with them) and the
 * safe fixes, through the guarded pipeline of src/engine/repair.ts.
 *
 * Written in place (or to -o), atomically, keeping encoding, BOM, line endings
 * and file mode; --dry-run prints the unified diff and writes nothing. A
 * repair that would lose or add a character beyond its declared edits stops
 * with exit code 2 and writes nothing. A short summary (what moved where, how
 * many fixes, what is left) goes to stderr; the exit code is 1 when error
 * findings remain after the repair, as with `lint --fix`.
 */
import { Command } from "commander";
import { resolve } from "node:path";
import { Engine } from "../../engine/engine.js";
import { repairSource, summarizePlan, type RelocationSummary, type RepairResult } from "../../engine/repair.js";
import { encodeLike, readSource, writeAtomically } from "../../engine/source.js";
import { EXIT, FixSafetyError, UsageError } from "../../errors.js";
import type { Locale } from "../../report/categories.js";
import { addDocumentOptions, effectiveOptions, engineOptions, skippedNote, STDIN, type CommonOptions } from "../inputs.js";
import type { CliIo } from "../io.js";
import { setExitCode } from "../program.js";

interface RepairOptions extends CommonOptions {
  output?: string;
  dryRun?: boolean;
}

export function registerRepair(program: Command, io: CliIo): void {
  addDocumentOptions(
    program
      .command("repair")
      .description("移回错位片段与签名块、接续截断处，再应用安全修复（写入前校验不丢失任何字符）/ move displaced fragments and signature blocks back, join truncated text, then apply the safe fixes (checked: no character lost)")
      .argument("<file>", "the document to repair (.md or .txt)"),
  )
    .option("-o, --output <file>", "write the repaired document to this file instead of in place")
    .option("--dry-run", "print the unified diff, write nothing")
    .action(async (file: string, options: RepairOptions, command: Command) => {
      setExitCode(command, await repair(file, options, io));
    });
}

async function repair(file: string, options: RepairOptions, io: CliIo): Promise<number> {
  if (file === STDIN) throw new UsageError("repair 需要一个文件，不能读取标准输入 / repair takes a file, not standard input (-)");
  const effective = effectiveOptions(options, io);
  const { locale } = effective;
  const engine = new Engine(engineOptions(options, effective, io));
  const absolute = resolve(io.cwd, file);
  const source = readSource(absolute, { encoding: effective.encoding, maxFileSize: effective.maxFileSize, label: file });
  if (source.skipped) {
    io.stderr(skippedNote(file, source.skipped));
    return EXIT.ok;
  }

  let result: RepairResult;
  try {
    result = await repairSource(engine, source);
  } catch (error) {
    if (error instanceof FixSafetyError) throw new FixSafetyError(`${file}: ${error.message}`);
    throw error;
  }

  const target = options.output ? resolve(io.cwd, options.output) : absolute;
  const shownTarget = options.output ?? file;
  if (options.dryRun) {
    if (result.changed) io.stdout((await import("diff")).createTwoFilesPatch(`a/${file}`, `b/${shownTarget}`, source.text, result.output));
  } else if (options.output || result.changed) {
    // Encoded first: a character the file's encoding cannot hold stops the run before anything is written.
    writeAtomically(target, encodeLike(source, result.output));
  }

  io.stderr(summary(file, shownTarget, result, locale, options));
  const errors = result.findings.filter((f) => f.severity === "error").length;
  return errors > 0 ? EXIT.findings : EXIT.ok;
}

function range([from, to]: [number, number], locale: Locale): string {
  if (from === to) return locale === "en" ? `line ${from}` : `第 ${from} 行`;
  return locale === "en" ? `lines ${from}–${to}` : `第 ${from}–${to} 行`;
}

function describeMove(entry: RelocationSummary, locale: Locale): string {
  const en = locale === "en";
  switch (entry.kind) {
    case "fragment": {
      const word = entry.word ? (en ? ` (joined: “${entry.word}”)` : `（接成“${entry.word}”）`) : "";
      return en
        ? `moved ${entry.parts} displaced paragraph(s) from ${range(entry.from, locale)} to after “…${entry.tail}” on line ${entry.to}${word}`
        : `${range(entry.from, locale)}的 ${entry.parts} 段错位正文移至第 ${entry.to} 行“…${entry.tail}”之后${word}`;
    }
    case "signature-move":
      return en
        ? `moved the signature block on ${range(entry.from, locale)} with them, to the end of their document`
        : `${range(entry.from, locale)}的签名块随之移至其所属文档末尾`;
    case "signature-delete":
      return en
        ? `deleted the signature block on ${range(entry.from, locale)}: a copy of the one on line ${entry.to}, which their document already has`
        : `${range(entry.from, locale)}的签名块与所属文档第 ${entry.to} 行已有的签名块相同，已删除该副本`;
    case "signature-kept":
      return en
        ? `left the signature block on ${range(entry.from, locale)} in place: their document already has a different one (check by hand)`
        : `${range(entry.from, locale)}的签名块未移动：所属文档已有不同的签名块，请人工核对`;
  }
}

function summary(file: string, target: string, result: RepairResult, locale: Locale, options: RepairOptions): string {
  const en = locale === "en";
  const sep = en ? ": " : "：";
  const lines: string[] = [];
  for (const entry of summarizePlan(result.original, result.plan)) lines.push(describeMove(entry, locale));
  if (result.fixes.length > 0) lines.push(en ? `applied ${result.fixes.length} safe fix(es)` : `已应用 ${result.fixes.length} 处安全修复`);
  if (result.fix.unapplied.length > 0) {
    lines.push(en ? `${result.fix.unapplied.length} safe fix(es) could not be applied (overlapping or not converging)` : `${result.fix.unapplied.length} 处安全修复因重叠或不收敛未能应用`);
  }
  if (!result.changed) lines.push(en ? "nothing to repair" : "无需修复");
  else if (options.dryRun) lines.push(en ? "dry run: nothing written" : "试运行：未写入任何文件");
  else lines.push(en ? `written to ${target}` : `已写入 ${target}`);
  const left = result.findings;
  if (left.length > 0) {
    const byRule = new Map<string, number>();
    for (const f of left) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    const rules = [...byRule].map(([rule, n]) => `${rule} ×${n}`).join(en ? ", " : "、");
    const errors = left.filter((f) => f.severity === "error").length;
    lines.push(
      en
        ? `${left.length} finding(s) left for review (${errors} error(s)): ${rules} — jiaodui lint ${target}`
        : `仍有 ${left.length} 个问题需人工处理（错误 ${errors}）：${rules} — jiaodui lint ${target}`,
    );
  } else lines.push(en ? "no findings left" : "已无问题");
  return lines.map((line) => `${file}${sep}${line}\n`).join("");
}

