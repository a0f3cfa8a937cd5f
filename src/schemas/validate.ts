/**
 * The schema validators: every schema (report, configuration, baseline) is
 * compiled by Ajv, once.
 *
 * `npm run build` compiles them ahead of time (scripts/build-validators.ts,
 * Ajv's standalone code) into data/generated/schema-validators/<name>.cjs, one
 * module per schema, so that a lint does not load Ajv and compile the
 * configuration schema at start-up (≈ 80 ms of a cold run), nor the large
 * report validator it does not use. Each module records a hash of the schemas
 * it was compiled from; when it is missing or stale, Ajv compiles the schema
 * here on first use instead (the same validator).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Ajv as AjvClass, ErrorObject, Options, ValidateFunction } from "ajv";
import { GENERATED_DATA_DIR, PACKAGE_ROOT } from "../paths.js";

const SCHEMA_FILES = {
  report: "report.schema.json",
  textlintrc: "textlintrc.schema.json",
  jiaoduiConfig: "jiaodui-config.schema.json",
  baseline: "baseline.schema.json",
} as const;
export type SchemaName = keyof typeof SCHEMA_FILES;
export const SCHEMA_NAMES = Object.keys(SCHEMA_FILES) as SchemaName[];

/** The options every validator is compiled with (here and by the build script). */
export const AJV_OPTIONS: Options = { allErrors: true, strict: true, allowUnionTypes: true };
export const SCHEMA_VALIDATORS_DIR = "schema-validators";

const require = createRequire(import.meta.url);

/** The schema files: src/schemas in the package (read from there by the compiled and the bundled code alike). */
const SCHEMA_DIR = join(PACKAGE_ROOT, "src", "schemas");

/** The schema's JSON. */
export function readSchema(name: SchemaName): object {
  return JSON.parse(readFileSync(join(SCHEMA_DIR, SCHEMA_FILES[name]), "utf8")) as object;
}

/** Identifies the schemas (and Ajv options) the precompiled validators must have been made from. */
export function schemasHash(): string {
  const hash = createHash("sha256").update(JSON.stringify(AJV_OPTIONS));
  for (const name of SCHEMA_NAMES) hash.update(readFileSync(join(SCHEMA_DIR, SCHEMA_FILES[name])));
  return hash.digest("hex").slice(0, 16);
}

let currentHash: string | undefined;

/** The precompiled validator of `name`, unless missing or made from other schemas. */
function loadPrecompiled(name: SchemaName): ValidateFunction | undefined {
  const path = join(GENERATED_DATA_DIR, SCHEMA_VALIDATORS_DIR, `${name}.cjs`);
  if (!existsSync(path)) return undefined;
  const validate = require(path) as ValidateFunction & { schemasHash?: string };
  return validate.schemasHash === (currentHash ??= schemasHash()) ? validate : undefined;
}

let ajv: AjvClass | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = loadPrecompiled(name);
    if (!validate) {
      ajv ??= new (require("ajv") as { Ajv: typeof AjvClass }).Ajv(AJV_OPTIONS);
      validate = ajv.compile(readSchema(name));
    }
    compiled.set(name, validate);
  }
  return validate;
}

export interface SchemaProblem {
  /** JSON pointer of the offending value, e.g. /rules/preset-jiaodui/stray-latin. */
  path: string;
  message: string;
}

/** Validate `value`; returns the problems, empty when valid. */
export function validateAgainst(name: SchemaName, value: unknown): SchemaProblem[] {
  const validate = validator(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => ({
    path: error.instancePath || "/",
    message: describe(error),
  }));
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === "enum") return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  if (error.keyword === "additionalProperties") return `unknown key "${String(params.additionalProperty)}"`;
  return error.message ?? error.keyword;
}
