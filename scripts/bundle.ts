/**
 * Bundles the CLI and its lint worker into dist/cli/ (`npm run build`, after tsc).
 *
 * Why: a cold `jiaodui lint` spent a fifth of its time resolving, reading and
 * compiling ≈ 400 small ES modules (commander, the textlint kernel, micromark,
 * unified, jiaodui's own); one bundle loads in a fraction of that, and every
 * worker thread of a parallel run starts the same way. The package's library
 * entry points (the textlint plugin and preset, the API) stay unbundled in
 * dist/src/, as textlint users load them.
 *
 * - main.cjs: the program, one CommonJS file, so that the executable can load
 *   it with V8's code cache (src/cli/code-cache.ts; Node 20 caches no ES
 *   module code). The cache, main.cjs.cache, is made here by one run of the CLI
 *   on the sample.
 * - worker.cjs: the lint worker, next to it (the pool starts `./worker.cjs`).
 * - bin.js: the executable (src/cli/bin.ts: starts the data reads, loads main.cjs).
 *
 * Dependencies loaded with `createRequire` at run time (iconv-lite, the jieba
 * binding, …) stay outside the bundle.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "rolldown";
import { PACKAGE_ROOT } from "../src/paths.js";

export const BUNDLE_DIR = join(PACKAGE_ROOT, "dist", "cli");

async function main(): Promise<void> {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const compiled = join(PACKAGE_ROOT, "dist", "src");
  const one = async (entry: string, file: string, format: "cjs" | "esm", external?: RegExp) =>
    build({
      input: entry,
      platform: "node",
      logLevel: "warn",
      external,
      output: { file: join(BUNDLE_DIR, file), format, codeSplitting: false },
    });
  await one(join(compiled, "cli", "main.js"), "main.cjs", "cjs");
  await one(join(compiled, "engine", "worker.js"), "worker.cjs", "cjs");
  // (bin.ts falls back to the ES module main.js only outside the bundle folder: not bundled.)
  await one(join(compiled, "cli", "bin.js"), "bin.js", "esm", /\/main\.js$|^\.\/main\.js$/);
  // One run on the sample leaves V8's code for what a lint compiles next to main.cjs.
  const run = spawnSync(process.execPath, [join(BUNDLE_DIR, "bin.js"), "lint", "--format", "json", "samples/"], {
    cwd: PACKAGE_ROOT,
    env: { ...process.env, JIAODUI_CODE_CACHE: "write" },
    encoding: "utf8",
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the CLI bundle failed on the sample: ${run.stderr}`);
  console.log(`CLI bundle → ${BUNDLE_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
