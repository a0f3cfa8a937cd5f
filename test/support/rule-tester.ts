/**
 * textlint-tester wired to the jiaodui plugin, so rule tests parse `.txt` and
 * `.md` exactly as the CLI does. Cases default to `.txt` (plain or Markdown by
 * content); pass `ext: ".md"` for Markdown files. A case may carry `options`
 * (textlint-tester refuses them with a plugin config, so cases are grouped by
 * options and each group runs with its own rule configuration).
 */
import { moduleInterop } from "@textlint/module-interop";
import type { TextlintRuleModule } from "@textlint/types";
import TextLintTesterModule from "textlint-tester";
import { plugin } from "../../src/plugin.js";

const TextLintTester = moduleInterop(TextLintTesterModule);
const tester = new TextLintTester();

type Cases = Parameters<InstanceType<typeof TextLintTester>["run"]>[2];
export type ValidCase = Cases["valid"][number];
export type InvalidCase = NonNullable<Cases["invalid"]>[number];

export function testRule(
  ruleId: string,
  rule: TextlintRuleModule<any>,
  cases: { valid: ValidCase[]; invalid: InvalidCase[] },
  defaultOptions: Record<string, unknown> = {},
): void {
  const groups = new Map<string, { options: Record<string, unknown>; valid: ValidCase[]; invalid: InvalidCase[] }>();
  const add = (c: ValidCase | InvalidCase, list: "valid" | "invalid") => {
    const { options, ...rest } = typeof c === "string" ? { text: c, options: undefined } : (c as { options?: Record<string, unknown> });
    const merged = { ...defaultOptions, ...(options ?? {}) };
    const key = JSON.stringify(merged);
    if (!groups.has(key)) groups.set(key, { options: merged, valid: [], invalid: [] });
    (groups.get(key)![list] as unknown[]).push({ ext: ".txt", ...rest });
  };
  cases.valid.forEach((c) => add(c, "valid"));
  cases.invalid.forEach((c) => add(c, "invalid"));
  for (const [key, group] of groups) {
    tester.run(
      key === "{}" ? ruleId : `${ruleId} ${key}`,
      { plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId, rule, options: group.options }] },
      { valid: group.valid, invalid: group.invalid },
    );
  }
}
