/**
 * The CLI's entry in the bundle (dist/cli/main.cjs, loaded by bin.ts): run the
 * program on the process's arguments and set the exit code.
 */
import { processIo } from "./io.js";
import { run } from "./program.js";

export async function main(argv: readonly string[]): Promise<void> {
  process.exitCode = await run([...argv], processIo);
}
