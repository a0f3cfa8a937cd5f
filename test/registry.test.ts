/** Every rule is complete and named consistently across registry, folders, config and schema. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, RULE_IDS } from "../rules/index.js";
import { loadConfig } from "../src/engine/config.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import { CATEGORIES } from "../src/report/categories.js";
import reportSchema from "../src/schemas/report.schema.json" with { type: "json" };
import textlintrcSchema from "../src/schemas/textlintrc.schema.json" with { type: "json" };
import textlintModule from "../src/textlint.js";

const RULES_DIR = join(PACKAGE_ROOT, "rules");
const folders = readdirSync(RULES_DIR).filter((name) => statSync(join(RULES_DIR, name)).isDirectory());

describe("rule registry", () => {
  it("registers every rule folder, and only those", () => {
    expect([...RULE_IDS].sort()).toEqual(folders.sort());
  });

  it("uses the report schema's category vocabulary", () => {
    expect(reportSchema.definitions.category.enum).toEqual([...CATEGORIES]);
  });

  describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))("%s", (id, rule) => {
    const folder = join(RULES_DIR, id);

    it("has index, messages, README and tests in its folder", () => {
      for (const file of ["index.ts", "messages.ts", "README.md", `${id}.test.ts`]) expect(existsSync(join(folder, file)), file).toBe(true);
    });

    it("declares categories from the vocabulary and a description in both languages", () => {
      expect(rule.meta.categories.length).toBeGreaterThan(0);
      for (const category of rule.meta.categories) expect(CATEGORIES).toContain(category);
      expect(rule.meta.description.zh).toMatch(/\p{Unified_Ideograph}/u);
      expect(rule.meta.description.en).toMatch(/[a-z]{3}/);
    });

    it("has a README with examples", () => {
      const readme = readFileSync(join(folder, "README.md"), "utf8");
      expect(readme.startsWith(`# ${id}`)).toBe(true);
      // Before/after pairs (→) or an Examples section with its table or code.
      expect(readme).toMatch(/→|->|^## Examples\n/m);
    });

    it("has every message in zh-CN and English, in a category it declares", async () => {
      const catalogue = Object.values(await import(`../rules/${id}/messages.ts`)).find((value) => typeof value === "object") as Record<
        string,
        { category: string; zh: string; en: string }
      >;
      for (const [messageId, spec] of Object.entries(catalogue)) {
        expect(messageId).toMatch(/^[a-z][a-zA-Z0-9-]*$/);
        expect(rule.meta.categories, messageId).toContain(spec.category);
        expect(spec.zh, messageId).toMatch(/\p{Unified_Ideograph}/u);
        expect(spec.en, messageId).toMatch(/[A-Za-z]{3}/);
      }
    });

    it("is exposed to textlint users through the preset", () => {
      expect(textlintModule.rules[id]).toBe(rule.module);
      expect(textlintModule.rulesConfig[id]).toBe(true);
    });
  });

  it("lists each rule's options in the configuration schema, the same ones its README documents", () => {
    const perRule = textlintrcSchema.properties.rules.properties["preset-jiaodui"].properties as Record<string, { properties: Record<string, unknown> }>;
    expect(Object.keys(perRule).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const inSchema = Object.keys(perRule[id]!.properties).filter((key) => key !== "severity" && key !== "locale");
      const readme = readFileSync(join(RULES_DIR, id, "README.md"), "utf8");
      const section = /^## Options\n([^]*?)(?=^## |(?![^]))/mu.exec(readme)?.[1] ?? "";
      // The names an item opens with ("- `minLength` (default 6), `maxGap` (default 6): …").
      const documented = [...section.matchAll(/(?:^- |, )`([a-z][A-Za-z]*)`/gmu)].map((m) => m[1]!).filter((name) => name !== "locale");
      expect(new Set(documented), id).toEqual(new Set(inSchema));
    }
  });

  it("the project's .textlintrc.json loads with every rule enabled", () => {
    const config = loadConfig(undefined, PACKAGE_ROOT);
    expect(config.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
  });
});
