import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../paths.js";
import { codeCachePath } from "./code-cache.js";

const LOADER = join(PACKAGE_ROOT, "dist", "src", "cli", "code-cache.js");

/** Loads `bundle` with loadBundle in a fresh process; prints what it exported and whether the cache was used. */
const load = (bundle: string, env: Record<string, string> = {}) => {
  const script = `import { loadBundle } from ${JSON.stringify(LOADER)}; const b = loadBundle(${JSON.stringify(bundle)}); console.log(JSON.stringify({ answer: b.exports.answer, cacheUsed: b.cacheUsed }));`;
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", env: { ...process.env, ...env } });
  expect(child.stderr).toBe("");
  return JSON.parse(child.stdout) as { answer: number; cacheUsed: boolean };
};

describe.skipIf(!existsSync(LOADER))("loadBundle", () => {
  it("runs a CommonJS bundle, writes its code cache on request and uses it next time", () => {
    const bundle = join(mkdtempSync(join(tmpdir(), "jiaodui-code-cache-")), "bundle.cjs");
    writeFileSync(bundle, "const { join } = require('node:path'); exports.answer = join('a', 'b').length * 14;");
    expect(load(bundle)).toEqual({ answer: 42, cacheUsed: false });
    expect(existsSync(codeCachePath(bundle))).toBe(false);
    expect(load(bundle, { JIAODUI_CODE_CACHE: "write" })).toEqual({ answer: 42, cacheUsed: false });
    expect(existsSync(codeCachePath(bundle))).toBe(true);
    expect(load(bundle)).toEqual({ answer: 42, cacheUsed: true });
  });

  it("ignores a cache V8 does not accept (another version, damaged)", () => {
    const bundle = join(mkdtempSync(join(tmpdir(), "jiaodui-code-cache-")), "bundle.cjs");
    writeFileSync(bundle, "exports.answer = 42;");
    writeFileSync(codeCachePath(bundle), "not a code cache");
    expect(load(bundle)).toEqual({ answer: 42, cacheUsed: false });
  });

  it("finds the cache `npm run build` made for the CLI bundle acceptable to this Node", () => {
    const main = join(PACKAGE_ROOT, "dist", "cli", "main.cjs");
    const script = `import { loadBundle } from ${JSON.stringify(LOADER)}; console.log(loadBundle(${JSON.stringify(main)}).cacheUsed);`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(child.stdout.trim()).toBe("true");
  });
});
