/**
 * SARIF validation for the tests, with what @microsoft/sarif-multitool ships:
 * its validator executable (semantic rules SARIF1xxx/2xxx) and the official
 * SARIF 2.1.0 JSON Schema beside it. Both are needed: the multitool (5.7.0)
 * skips a file that breaks the schema without saying anything, so the schema
 * is checked separately with ajv.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv";

/** The multitool executable for this platform, or null when it is not installed. */
export function multitoolPath(): string | null {
  try {
    const path = createRequire(import.meta.url)("@microsoft/sarif-multitool") as string;
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

let validate: ValidateFunction | undefined;

/** Problems of `log` against the SARIF 2.1.0 schema shipped with the multitool (empty when valid). */
export function sarifSchemaProblems(log: unknown): string[] {
  if (!validate) {
    const tool = multitoolPath();
    if (!tool) throw new Error("@microsoft/sarif-multitool is not installed");
    const schema = JSON.parse(readFileSync(join(dirname(tool), "sarif-2.1.0.json"), "utf8"));
    // Formats (uri, date-time) are the multitool's job (SARIF1002); the schema checks structure.
    validate = new Ajv2020({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
