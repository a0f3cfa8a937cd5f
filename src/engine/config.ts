/**
 * Reads `.textlintrc.json` into the rule set the engine runs.
 *
 * jiaodui builds its textlint kernel from its own registry instead of textlint's
 * config loader, which silently lints with zero rules when a rule id does not
 * resolve. Here an unknown id is an error that names the allowed ones.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { RULES, RULE_IDS } from "../../rules/index.js";
import { ConfigError } from "../errors.js";
import type { ParserChoice } from "../plugin.js";
import type { Severity } from "../report/categories.js";
import projectSchema from "../schemas/jiaodui-config.schema.json" with { type: "json" };
import { readSchema, validateAgainst } from "../schemas/validate.js";

export const PRESET_KEY = "preset-jiaodui";
export const DEFAULT_CONFIG_FILE = ".textlintrc.json";

export interface RuleSetting {
  id: string;
  options: Record<string, unknown>;
  /** Overrides the severity of every finding of this rule. */
  severity?: Severity;
}

export interface JiaoduiConfig {
  /** The file read, or null when running with defaults. */
  path: string | null;
  parser: ParserChoice;
  rules: RuleSetting[];
}

/** All registered rules with their default options. */
export function defaultConfig(): JiaoduiConfig {
  return { path: null, parser: "auto", rules: RULE_IDS.map((id) => ({ id, options: {} })) };
}

/**
 * Load the configuration: `explicitPath` when given (must exist), else
 * `.textlintrc.json` in `cwd` when present, else defaults.
 */
export function loadConfig(explicitPath: string | undefined, cwd = process.cwd()): JiaoduiConfig {
  const path = explicitPath ? resolve(cwd, explicitPath) : resolve(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(path)) {
    if (explicitPath) throw new ConfigError(`配置文件不存在 / config file not found: ${explicitPath}`);
    return defaultConfig();
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`配置文件不是合法的 JSON / config is not valid JSON: ${path}: ${(error as Error).message}`);
  }
  return parseConfig(raw, path);
}

export function parseConfig(raw: unknown, path: string | null): JiaoduiConfig {
  const where = path ?? "config";
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new ConfigError(`${where}: the configuration must be a JSON object`);
  const problems = validateAgainst("textlintrc", raw);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new ConfigError(`${where}: ${first.path}: ${first.message}${ruleOptionsHint(first.path)}`);
  }
  const config = raw as { plugins?: Record<string, unknown>; rules?: Record<string, unknown> };
  const plugin = config.plugins?.jiaodui;
  const parser = typeof plugin === "object" && plugin !== null ? ((plugin as { parser?: ParserChoice }).parser ?? "auto") : "auto";

  const ruleKeys = Object.keys(config.rules ?? {});
  const foreign = ruleKeys.filter((key) => key !== PRESET_KEY);
  if (foreign.length > 0) {
    throw new ConfigError(
      `${where}: rules.${foreign[0]} is not a jiaodui rule; jiaodui runs only "${PRESET_KEY}" (rules: ${RULE_IDS.join(", ")}). Run other textlint rules with textlint itself.`,
    );
  }
  const preset = config.rules?.[PRESET_KEY];
  if (preset === false) return { path, parser, rules: [] };
  const settings = typeof preset === "object" && preset !== null ? (preset as Record<string, boolean | Record<string, unknown>>) : {};
  for (const id of Object.keys(settings)) {
    if (!RULE_IDS.includes(id)) {
      throw new ConfigError(`${where}: rules.${PRESET_KEY}.${id}: unknown rule "${id}"; known rules: ${RULE_IDS.join(", ")}`);
    }
  }
  const rules: RuleSetting[] = [];
  for (const { meta } of RULES) {
    const setting = settings[meta.id];
    if (setting === false) continue;
    const { severity, ...options } = typeof setting === "object" ? setting : ({} as Record<string, unknown>);
    rules.push({ id: meta.id, options, severity: severity as Severity | undefined });
  }
  return { path, parser, rules };
}

/** For a problem in one rule's settings, the options that rule has (from the schema, read only on error). */
function ruleOptionsHint(path: string): string {
  const prefix = `/rules/${PRESET_KEY}/`;
  const id = path.startsWith(prefix) ? path.slice(prefix.length) : "";
  if (id === "" || id.includes("/")) return "";
  const schema = readSchema("textlintrc") as { properties: { rules: { properties: Record<string, { properties: Record<string, { properties?: object }> }> } } };
  const options = schema.properties.rules.properties[PRESET_KEY]?.properties[id]?.properties;
  return options ? `; options of ${id}: ${Object.keys(options).join(", ")}` : "";
}

// ---------------------------------------------------------------------------
// Project configuration: jiaodui.config.json or the "jiaodui" key of package.json.

export const PROJECT_CONFIG_FILE = "jiaodui.config.json";

/** Command-line defaults, allowed terms and ignored files (src/schemas/jiaodui-config.schema.json). */
export interface ProjectConfig {
  /** The file read (jiaodui.config.json or package.json), or null. */
  path: string | null;
  allow: string[];
  /** Globs relative to `root`. */
  ignore: string[];
  /** The folder the ignore globs and relative paths are resolved against. */
  root: string;
  config?: string;
  format?: string;
  locale?: "zh-CN" | "en";
  parser?: "auto" | "markdown" | "text";
  quiet?: boolean;
  failOn?: Severity;
  maxWarnings?: number;
  minScore?: number;
  baseline?: string;
  encoding?: "utf-8" | "gb18030" | "gbk" | "big5";
  maxFileSize?: number | string;
}

function readJson(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`${label}: 无法读取配置 / cannot read the configuration: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch (error) {
    throw new ConfigError(`${label}: 配置文件不是合法的 JSON / config is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Load the project configuration from `cwd`: jiaodui.config.json, else the
 * "jiaodui" key of package.json, else nothing (every field at its default).
 */
export function loadProjectConfig(cwd = process.cwd()): ProjectConfig {
  const own = resolve(cwd, PROJECT_CONFIG_FILE);
  if (existsSync(own)) return parseProjectConfig(readJson(own, PROJECT_CONFIG_FILE), PROJECT_CONFIG_FILE, cwd);
  const pkg = resolve(cwd, "package.json");
  if (existsSync(pkg)) {
    const manifest = readJson(pkg, "package.json") as Record<string, unknown> | null;
    if (manifest && typeof manifest === "object" && "jiaodui" in manifest) return parseProjectConfig(manifest.jiaodui, `package.json ("jiaodui" key)`, cwd);
  }
  return { path: null, allow: [], ignore: [], root: cwd };
}

/** Validate with the schema; an error names the key, the bad value and what is allowed. */
export function parseProjectConfig(raw: unknown, where: string, root: string): ProjectConfig {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${where}: 配置必须是 JSON 对象 / the configuration must be a JSON object, got ${JSON.stringify(raw)}`);
  }
  const problems = validateAgainst("jiaoduiConfig", raw);
  if (problems.length > 0) throw new ConfigError(`${where}: ${describeProblem(raw as Record<string, unknown>, problems[0]!)}`);
  const config = raw as Omit<ProjectConfig, "path" | "root">;
  return { ...config, path: where, root, allow: config.allow ?? [], ignore: config.ignore ?? [] };
}

const PROJECT_KEYS = Object.keys(projectSchema.properties).filter((key) => key !== "$schema");

function describeProblem(raw: Record<string, unknown>, problem: { path: string; message: string }): string {
  const unknownKey = /^unknown key "(.*)"$/u.exec(problem.message);
  if (unknownKey) return `unknown key "${unknownKey[1]}"; allowed keys: ${PROJECT_KEYS.join(", ")}`;
  const segments = problem.path.split("/").filter(Boolean);
  let value: unknown = raw;
  for (const segment of segments) value = (value as Record<string, unknown> | undefined)?.[segment];
  const key = segments.map((s, i) => (/^\d+$/u.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join("");
  const property = (projectSchema.properties as Record<string, { type?: unknown; enum?: unknown[]; description?: string; minimum?: number; maximum?: number }>)[segments[0]!];
  let allowed = "";
  if (property?.enum) allowed = `allowed: ${property.enum.map((v) => JSON.stringify(v)).join(", ")}`;
  else if (segments.length > 1) allowed = "allowed: a non-empty string";
  else if (property?.type === "array") allowed = "allowed: an array of non-empty strings";
  else if (property?.type === "integer") allowed = `allowed: an integer ≥ ${property.minimum ?? 0}`;
  else if (property?.type === "number") allowed = `allowed: a number from ${property.minimum} to ${property.maximum}`;
  else if (property?.type) allowed = `allowed: ${[property.type].flat().join(" or ")}`;
  return `${key || "(top level)"}: ${JSON.stringify(value)} is not allowed; ${allowed || problem.message}`;
}
