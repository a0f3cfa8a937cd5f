/**
 * Precompile the long names of garbled-text's long-word-drops route (dictionary names of five
 * characters or more, each less one character: rules/garbled-text/long-word-drops.ts) into
 * data/generated/long-names.json, so that the first lint reads one small file instead of walking
 * the whole lexicon. Run by `npm run build`, after build-lexicon. Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { longNamesFile } from "../rules/garbled-text/long-word-drops.js";
import { getLexicon } from "../src/cjk/lexicon.js";
import { LONG_NAMES_FILE } from "../src/data-files.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const lexicon = getLexicon();
const file = longNamesFile(lexicon);
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const json = JSON.stringify(file);
writeFileSync(join(GENERATED_DATA_DIR, LONG_NAMES_FILE), json);
console.log(`long names: ${file.names.length} names, ${file.entries.length} shortened, ${(Buffer.byteLength(json) / 1e3).toFixed(0)} kB → data/generated/${LONG_NAMES_FILE}`);
