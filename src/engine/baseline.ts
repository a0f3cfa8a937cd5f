/**
 * Baselines: the findings a project has accepted, recorded by content
 * fingerprint (src/report/fingerprint.ts: rule, message id and the text around
 * the finding, never line numbers), so adding or removing unrelated lines
 * elsewhere keeps them matched. `lint --baseline` reports and fails only on the
 * findings that are not in it, and counts the entries that are gone (fixed).
 * The file format is src/schemas/baseline.schema.json.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { ConfigError } from "../errors.js";
import { PACKAGE_VERSION } from "../paths.js";
import type { Severity } from "../report/categories.js";
import type { Finding } from "../report/types.js";
import { validateAgainst } from "../schemas/validate.js";

export const BASELINE_SCHEMA_VERSION = "1.0.0";
export const DEFAULT_BASELINE_FILE = ".jiaodui-baseline.json";

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  messageId?: string;
  severity?: Severity;
  text?: string;
}

export interface BaselineFile {
  schemaVersion: string;
  tool: { name: "jiaodui"; version: string };
  rules?: string[];
  files: Record<string, BaselineEntry[]>;
}

/** The key of a file in a baseline stored at `baselinePath`: relative to its folder, forward slashes. */
export function baselineKey(baselinePath: string, filePath: string): string {
  return relative(dirname(baselinePath), filePath).split(sep).join("/");
}

/** Record `files` (absolute path → its text and findings) into a baseline to be stored at `baselinePath`. */
export function createBaseline(
  baselinePath: string,
  files: readonly { path: string; text: string; findings: readonly Finding[] }[],
  rules: readonly string[],
): BaselineFile {
  const out: Record<string, BaselineEntry[]> = {};
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (file.findings.length === 0) continue;
    out[baselineKey(baselinePath, file.path)] = file.findings.map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      messageId: f.messageId,
      severity: f.severity,
      text: file.text.slice(f.range.start.offset, f.range.end.offset).slice(0, 80),
    }));
  }
  return { schemaVersion: BASELINE_SCHEMA_VERSION, tool: { name: "jiaodui", version: PACKAGE_VERSION }, rules: [...rules], files: out };
}

/** A loaded baseline, matched against the findings of each linted file. */
export class Baseline {
  /** Entries matched so far, and entries of linted files no longer found. */
  suppressed = 0;
  fixed = 0;
  private readonly entries: Map<string, Set<string>>;

  constructor(
    readonly path: string,
    data: BaselineFile,
  ) {
    this.entries = new Map(Object.entries(data.files).map(([key, list]) => [key, new Set(list.map((e) => e.fingerprint))]));
  }

  get size(): number {
    let n = 0;
    for (const set of this.entries.values()) n += set.size;
    return n;
  }

  /** The findings of the file at `filePath` (absolute) that are not in the baseline. */
  filter(filePath: string, findings: Finding[]): Finding[] {
    const accepted = this.entries.get(baselineKey(this.path, filePath));
    if (!accepted) return findings;
    const present = new Set(findings.map((f) => f.fingerprint));
    for (const fingerprint of accepted) if (!present.has(fingerprint)) this.fixed++;
    const fresh = findings.filter((f) => !accepted.has(f.fingerprint));
    this.suppressed += findings.length - fresh.length;
    return fresh;
  }
}

/** Read and validate a baseline file; every problem is a ConfigError naming the file. */
export function loadBaseline(path: string, cwd = process.cwd()): Baseline {
  const absolute = resolve(cwd, path);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(absolute, "utf8").replace(/^\uFEFF/u, ""));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ConfigError(`${path}: 基线文件不存在 / baseline file not found (create it with: jiaodui baseline <paths> -o ${path})`);
    if (code) throw new ConfigError(`${path}: 无法读取基线文件 / cannot read the baseline file: ${(error as Error).message}`);
    throw new ConfigError(`${path}: 基线文件不是合法的 JSON / baseline is not valid JSON: ${(error as Error).message}`);
  }
  const problems = validateAgainst("baseline", raw);
  if (problems.length > 0) {
    throw new ConfigError(`${path}: 不是 jiaodui 基线文件 / not a jiaodui baseline file: ${problems[0]!.path}: ${problems[0]!.message} (see src/schemas/baseline.schema.json)`);
  }
  return new Baseline(absolute, raw as BaselineFile);
}
