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
 * Dependencies loaded with `createRequire` at run time (iconv-lite, the jieba
 * binding, …) stay outside the bundle. The entries and their shared chunks land
 * in one folder: the pool finds the worker next to itself (`./worker.js`).
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { build } from "rolldown";
import { PACKAGE_ROOT } from "../src/paths.js";

export const BUNDLE_DIR = join(PACKAGE_ROOT, "dist", "cli");

async function main(): Promise<void> {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  const compiled = join(PACKAGE_ROOT, "dist", "src");
  await build({
    input: { bin: join(compiled, "cli", "bin.js"), worker: join(compiled, "engine", "worker.js") },
    platform: "node",
    logLevel: "warn",
    output: { dir: BUNDLE_DIR, format: "esm", entryFileNames: "[name].js", chunkFileNames: "[name]-[hash].js" },
  });
  console.log(`CLI bundle → ${BUNDLE_DIR}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
