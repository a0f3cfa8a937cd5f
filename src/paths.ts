/** Locations inside the installed package, valid from `src/` (tests) and `dist/src/` alike. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "jiaodui") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("jiaodui: cannot find the package root");
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
/** Committed data the build reads (language model, glyph look-alikes); see scripts/. */
export const DATA_DIR = join(PACKAGE_ROOT, "data");
/** Data derived at build time (lexicon, Unicode tables); see scripts/. */
export const GENERATED_DATA_DIR = join(PACKAGE_ROOT, "data", "generated");

export const PACKAGE_VERSION: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")).version;
