/** `jiaodui baseline`: record the current findings so that the gate fails only on new ones. */
import type { Command } from "commander";
import { resolve } from "node:path";
import { createBaseline, DEFAULT_BASELINE_FILE } from "../../engine/baseline.js";
import { writeAtomically } from "../../engine/source.js";
import { EXIT } from "../../errors.js";
import type { FileReport } from "../../report/types.js";
import { addInputOptions, createEngine, effectiveOptions, inputs, skippedNote, type CommonOptions } from "../inputs.js";
import type { CliIo } from "../io.js";
import { setExitCode } from "../program.js";

export function registerBaseline(program: Command, io: CliIo): void {
  addInputOptions(program.command("baseline").description("记录当前的发现作为基线 / record the current findings as the accepted baseline"))
    .option("-o, --output <file>", `baseline file to write (default: ${DEFAULT_BASELINE_FILE})`)
    .action(async (paths: string[], options: CommonOptions & { output?: string }, command: Command) => {
      setExitCode(command, await baseline(paths, options, io));
    });
}

async function baseline(paths: string[], options: CommonOptions & { output?: string }, io: CliIo): Promise<number> {
  const effective = effectiveOptions(options, io);
  const engine = createEngine(options, effective, io);
  const target = resolve(io.cwd, options.output ?? DEFAULT_BASELINE_FILE);
  const recorded: { path: string; text: string; findings: FileReport["findings"] }[] = [];
  for (const input of await inputs(paths, options, effective, io, false)) {
    const source = await input.read();
    if (source.skipped) {
      io.stderr(skippedNote(input.display, source.skipped));
      continue;
    }
    const linted = await engine.lintSource(source);
    recorded.push({ path: input.absolute, text: source.text, findings: linted.findings });
  }
  const data = createBaseline(target, recorded, engine.ruleIds);
  writeAtomically(target, JSON.stringify(data, null, 2) + "\n");
  const count = recorded.reduce((n, f) => n + f.findings.length, 0);
  const withFindings = Object.keys(data.files).length;
  io.stderr(
    effective.locale === "en"
      ? `${options.output ?? DEFAULT_BASELINE_FILE}: recorded ${count} finding(s) in ${withFindings} of ${recorded.length} file(s)\n`
      : `${options.output ?? DEFAULT_BASELINE_FILE}：已记录 ${recorded.length} 个文件中 ${withFindings} 个文件的 ${count} 个发现\n`,
  );
  return EXIT.ok;
}
