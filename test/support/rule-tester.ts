/**
 * textlint-tester wired to the jiaodui plugin, so rule tests parse `.txt` and
 * `.md` exactly as the CLI does. Cases default to `.txt` (plain or Markdown by
 * content); pass `ext: ".md"` for Markdown files. A case may carry `options`
 * (textlint-tester refuses them with a plugin config, so cases are grouped by
 * options and each group runs with its own rule configuration).
 */
import { moduleInterop } from "@textlint/module-interop";
import type { TextlintRuleModule } from "@textlint/types";
import { createRequire } from "node:module";
import TextLintTesterModule from "textlint-tester";
import type { TextLintTester as TesterClass } from "textlint-tester/lib/src/textlint-tester.js";
import { JiaoduiProcessor, plugin } from "../../src/plugin.js";

// textlint-tester is CommonJS: under ESM its default export arrives wrapped once more.
const TextLintTester = moduleInterop(TextLintTesterModule) as unknown as typeof TesterClass;
const tester = new TextLintTester();

// textlint-tester always puts textlint's own text and Markdown plugins before
// the plugins of a test config, and the kernel takes the first plugin that
// accepts an extension — so ours would never parse a test case. Point those
// built-in plugin objects (the very objects textlint-tester required) at the
// jiaodui processor, so every case is parsed exactly as the CLI parses it.
const requireFromTester = createRequire(createRequire(import.meta.url).resolve("textlint-tester"));
for (const builtIn of ["@textlint/textlint-plugin-text", "@textlint/textlint-plugin-markdown"]) {
  (moduleInterop(requireFromTester(builtIn)) as { Processor: unknown }).Processor = JiaoduiProcessor;
}

type Cases = Parameters<InstanceType<typeof TextLintTester>["run"]>[2];
export type ValidCase = NonNullable<Cases["valid"]>[number];
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
