/**
 * The executable users run is the CLI bundle (dist/cli, scripts/bundle.ts):
 * it must report exactly what the compiled modules report, and start its
 * worker threads from the bundle.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/paths.js";
import { runCli } from "./support/cli.js";
import { BIN, SAMPLE } from "./support/paths.js";

const runBin = (argv: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...argv], { cwd, encoding: "utf8" });

describe.skipIf(!existsSync(BIN))("the bundled executable", () => {
  it("is the package's bin, in its own folder", () => {
    expect(BIN).toBe(join(PACKAGE_ROOT, "dist", "cli", "bin.js"));
  });

  it("reports on the sample exactly what the compiled CLI reports", async () => {
    const bundled = runBin(["lint", "--format", "json", "samples/"], PACKAGE_ROOT);
    const compiled = await runCli(["lint", "--format", "json", "samples/"], PACKAGE_ROOT);
    expect(bundled.status).toBe(compiled.code);
    expect(bundled.stdout).toBe(compiled.stdout);
    expect(JSON.parse(bundled.stdout).files[0].findings.length).toBeGreaterThan(10);
  });

  it("lints in worker threads started from the bundle, in a deterministic order", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-bundle-"));
    for (const name of ["a.txt", "b.txt", "c.txt"]) copyFileSync(SAMPLE, join(dir, name));
    const parallel = runBin(["lint", "--format", "json", "--jobs", "2", "."], dir);
    const serial = runBin(["lint", "--format", "json", "--jobs", "1", "."], dir);
    expect(parallel.stderr).not.toMatch(/internal error|Error:/);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(JSON.parse(parallel.stdout).files.map((f: { path: string }) => f.path)).toEqual(["a.txt", "b.txt", "c.txt"]);
  });
});
