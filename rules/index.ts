/**
 * The rule registry: the single list the CLI, the preset and the tests read.
 * Adding a rule = adding its folder and one line here.
 */
import type { RuleEntry } from "../src/rule-meta.js";
import strayLatin, { meta as strayLatinMeta } from "./stray-latin/index.js";

export const RULES: readonly RuleEntry[] = [{ meta: strayLatinMeta, module: strayLatin }];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): RuleEntry | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
