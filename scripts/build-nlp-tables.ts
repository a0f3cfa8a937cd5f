/**
 * Precompile the lexicon-derived tables of src/nlp/ (segmentation index, word
 * classes) into data/generated/nlp-tables.bin (see src/nlp/tables.ts), so
 * that start-up reads one file instead of walking the whole lexicon.
 * Run by `npm run build`, after build-lexicon. Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { getLexicon } from "../src/cjk/lexicon.js";
import { computeNlpTables, encodeNlpTables, NLP_TABLES_FILE } from "../src/nlp/tables.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const tables = computeNlpTables(getLexicon());
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const bytes = encodeNlpTables(tables);
writeFileSync(join(GENERATED_DATA_DIR, NLP_TABLES_FILE), bytes);
console.log(`nlp tables: ${tables.header.singles} one-character words, ${tables.header.prefixes} word prefixes, ${(bytes.length / 1e3).toFixed(0)} kB → data/generated/${NLP_TABLES_FILE}`);
