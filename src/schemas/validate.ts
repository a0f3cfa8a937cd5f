/**
 * The one Ajv instance: every schema (report, configuration) is compiled here,
 * once, on first use.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import reportSchema from "./report.schema.json" with { type: "json" };
import textlintrcSchema from "./textlintrc.schema.json" with { type: "json" };
import jiaoduiConfigSchema from "./jiaodui-config.schema.json" with { type: "json" };
import baselineSchema from "./baseline.schema.json" with { type: "json" };

const SCHEMAS = { report: reportSchema, textlintrc: textlintrcSchema, jiaoduiConfig: jiaoduiConfigSchema, baseline: baselineSchema } as const;
export type SchemaName = keyof typeof SCHEMAS;

let ajv: Ajv | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function validator(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    ajv ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    validate = ajv.compile(SCHEMAS[name]);
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
