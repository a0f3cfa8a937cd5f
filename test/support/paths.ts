/** Paths shared by the tests. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";

export const SAMPLE = join(PACKAGE_ROOT, "samples", "000_b0e387f7a5bfc16d.txt");
/** The executable users run: package.json `bin` (the CLI bundle, built by `npm run build`). */
export const BIN = join(PACKAGE_ROOT, (JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { bin: { jiaodui: string } }).bin.jiaodui);
/** The clean dev corpus, present on developer and CI machines, absent on a user's. */
export const DEV_CORPUS = join(PACKAGE_ROOT, "..", "shared", "corpus", "dev");
export const HAS_DEV_CORPUS = existsSync(DEV_CORPUS);

/**
 * The tuning half of the dev corpus: even-numbered files (docs/CONTRIBUTING.md).
 * Odd-numbered files are held out for `npm run eval`. Empty when the corpus is absent.
 */
export function tuningHalf(): string[] {
  if (!HAS_DEV_CORPUS) return [];
  return readdirSync(DEV_CORPUS)
    .filter((name) => /^dev_\d*[02468]_.*\.md$/u.test(name))
    .sort();
}
