/**
 * Loads the CLI bundle (one CommonJS file) with V8's code cache.
 *
 * Why: Node 20 keeps no compiled code between runs (`module.enableCompileCache`
 * came in Node 22), so every `jiaodui lint` parsed and compiled ≈ 1 MB of
 * JavaScript again, and then compiled each function lazily on its first call.
 * `npm run build` runs the CLI once on the sample with JIAODUI_CODE_CACHE=write,
 * which saves V8's code for everything that run compiled next to the bundle
 * (`<bundle>.cache`); later runs hand it to `vm.Script`. A cache made by another
 * Node or V8 version is rejected by V8 itself and the bundle compiles as
 * before: the cache changes speed, never behaviour.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

export interface LoadedBundle {
  exports: Record<string, unknown>;
  /** Whether a cache was there and V8 took it. */
  cacheUsed: boolean;
}

/** The cache file of a bundle. */
export const codeCachePath = (bundle: string): string => `${bundle}.cache`;

export function loadBundle(bundle: string): LoadedBundle {
  const cachePath = codeCachePath(bundle);
  const write = process.env.JIAODUI_CODE_CACHE === "write";
  const cachedData = !write && existsSync(cachePath) ? readFileSync(cachePath) : undefined;
  const script = new Script(Module.wrap(readFileSync(bundle, "utf8")), { filename: bundle, cachedData });
  const module = { exports: {} as Record<string, unknown>, filename: bundle, id: bundle, loaded: false };
  const compiled = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  compiled.call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  module.loaded = true;
  // After the run, so that the functions it compiled lazily are in the cache too.
  if (write) {
    process.once("exit", () => {
      try {
        writeFileSync(cachePath, script.createCachedData());
      } catch (error) {
        // (A read-only install: the bundle simply runs without a cache.)
        process.stderr.write(`jiaodui: code cache not written: ${(error as Error).message}\n`);
      }
    });
  }
  return { exports: module.exports, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
