/** Paths shared by the cross-module tests. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";

export const SAMPLE = join(PACKAGE_ROOT, "samples", "000_b0e387f7a5bfc16d.txt");
/** The clean dev corpus, present on developer and CI machines, absent on a user's. */
export const DEV_CORPUS = join(PACKAGE_ROOT, "..", "shared", "corpus", "dev");
export const HAS_DEV_CORPUS = existsSync(DEV_CORPUS);
