/**
 * The command-line program: one module per command registers itself here.
 * `run` returns the exit code; only bin.ts touches the process.
 */
import { Command, CommanderError } from "commander";
import { EXIT, JiaoduiError } from "../errors.js";
import { PACKAGE_VERSION } from "../paths.js";
import { registerBaseline } from "./commands/baseline.js";
import { registerLint } from "./commands/lint.js";
import { registerReport } from "./commands/report.js";
import { registerScan } from "./commands/scan.js";
import { registerMerge } from "./commands/merge.js";
import { registerRepair } from "./commands/repair.js";
import type { CliIo } from "./io.js";

export function createProgram(io: CliIo): Command {
  const program = new Command("jiaodui")
    .description("校对 — 检查并安全修复从 PDF/网页提取的中文文档中的提取伪影 / find and safely fix extraction artefacts in Chinese documents")
    .version(PACKAGE_VERSION, "-V, --version")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerLint(program, io);
  registerBaseline(program, io);
  registerReport(program, io);
  registerScan(program, io);
  registerMerge(program, io);
  registerRepair(program, io);
  return program;
}

/** Run the CLI with `argv` (without node and script). Resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return (program as Command & { exitCodeResult?: number }).exitCodeResult ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; usage errors were already printed by commander.
      return error.exitCode === 0 ? EXIT.ok : EXIT.failure;
    }
    if (error instanceof JiaoduiError) {
      io.stderr(`jiaodui: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`jiaodui: 内部错误 / internal error: ${message}\n`);
    return EXIT.failure;
  }
}

/** Commands report their exit code through this, so `run` can return it. */
export function setExitCode(program: Command, code: number): void {
  let root = program;
  while (root.parent) root = root.parent;
  (root as Command & { exitCodeResult?: number }).exitCodeResult = code;
}
