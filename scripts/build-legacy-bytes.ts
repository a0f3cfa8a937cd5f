/**
 * Precompile iconv-lite's GB18030 and Windows-1252 bytes of every BMP
 * character into data/generated/legacy-bytes.bin (see
 * src/cjk/legacy-bytes.ts), so that mojibake detection does not build
 * iconv-lite's encoding tables at the first lint. Run by `npm run build`.
 * Deterministic.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { computeLegacyBytes, encodeLegacyBytes, LEGACY_BYTES_FILE } from "../src/cjk/legacy-bytes.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const tables = computeLegacyBytes();
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
const bytes = encodeLegacyBytes(tables);
writeFileSync(join(GENERATED_DATA_DIR, LEGACY_BYTES_FILE), bytes);
const count = (a: ArrayLike<number>) => Array.from(a).filter((v) => v !== 0).length;
console.log(`legacy bytes: ${count(tables.gbk)} GB18030 two-byte and ${count(tables.cp1252)} Windows-1252 characters, ${(bytes.length / 1e3).toFixed(0)} kB → data/generated/${LEGACY_BYTES_FILE}`);
