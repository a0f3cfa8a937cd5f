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
import { validateAgainst } from "../schemas/validate.js";

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
    throw new ConfigError(`${where}: ${first.path}: ${first.message}`);
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
