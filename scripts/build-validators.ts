/**
 * Compile the JSON Schema validators ahead of time (Ajv standalone code) into
 * data/generated/schema-validators/<name>.cjs (see src/schemas/validate.ts),
 * so that linting does not load Ajv or compile a schema at start-up. Run by
 * `npm run build`. Deterministic.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";
import { AJV_OPTIONS, readSchema, SCHEMA_NAMES, SCHEMA_VALIDATORS_DIR, schemasHash } from "../src/schemas/validate.js";

// CommonJS interop: module.exports is the function, and so is its `default`.
const standaloneCode = standalone.default;
const hash = schemasHash();
const dir = join(GENERATED_DATA_DIR, SCHEMA_VALIDATORS_DIR);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let bytes = 0;
for (const name of SCHEMA_NAMES) {
  // One Ajv per schema: each module holds only its own schema's code.
  const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true } });
  const source = `${standaloneCode(ajv, ajv.compile(readSchema(name)))}\nmodule.exports.schemasHash = ${JSON.stringify(hash)};\n`;
  writeFileSync(join(dir, `${name}.cjs`), source);
  bytes += source.length;
}
console.log(`schema validators: ${SCHEMA_NAMES.join(", ")}, ${(bytes / 1e3).toFixed(0)} kB → data/generated/${SCHEMA_VALIDATORS_DIR}/`);
