/**
 * Precompile the idiom index of idiom-variant (four-ideograph lexicon entries
 * tagged i or l, by wildcard pattern) into data/generated/idioms.bin (see
 * rules/idiom-variant/idioms.ts), so that the first lint reads one small file
 * instead of walking the whole lexicon. Run by `npm run build`, after
 * build-lexicon. Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { computeIdiomIndex, encodeIdiomIndex, IDIOMS_FILE } from "../rules/idiom-variant/idioms.js";
import { getLexicon } from "../src/cjk/lexicon.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const lexicon = getLexicon();
const index = computeIdiomIndex(lexicon);
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const bytes = encodeIdiomIndex(lexicon, index);
writeFileSync(join(GENERATED_DATA_DIR, IDIOMS_FILE), bytes);
console.log(`idioms: ${index.units.length / 4} four-character idioms and set phrases, ${(bytes.length / 1e3).toFixed(0)} kB → data/generated/${IDIOMS_FILE}`);
