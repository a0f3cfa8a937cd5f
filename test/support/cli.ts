/** Runs the CLI in-process with captured output. */
import { run } from "../../src/cli/program.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `stdin`, when given, is what the path `-` reads. */
export async function runCli(argv: string[], cwd = process.cwd(), stdin?: string | Buffer): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd,
    isTTY: false,
    readStdin: async () => (typeof stdin === "string" ? Buffer.from(stdin, "utf8") : (stdin ?? Buffer.alloc(0))),
  });
  return { code, stdout, stderr };
}
