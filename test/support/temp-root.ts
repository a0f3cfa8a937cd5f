/**
 * Vitest global setup: every test's temporary files go into one folder that is removed when the
 * run ends. Tests (and the CLI processes they start) take their folders from os.tmpdir(), which
 * reads TMPDIR; the workers inherit it from this process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), "jiaodui-tests-"));
  process.env["TMPDIR"] = root;
  return () => rmSync(root, { recursive: true, force: true });
}
