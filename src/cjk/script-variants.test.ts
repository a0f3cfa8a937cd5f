/**
 * The precompiled Simplified/Traditional tables (data/generated, from
 * scripts/build-script-variants.ts) answer as tables computed from opencc-js
 * now, and the lazy trie matches OpenCC's own trie.
 */
import * as OpenCC from "opencc-js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SAMPLE } from "../../test/support/paths.js";
import { computeScriptVariantData } from "./script-variants-data.js";
import { getScriptVariants, ScriptVariants } from "./script-variants.js";

describe("script variants tables", () => {
  const generated = getScriptVariants();
  const fresh = new ScriptVariants(computeScriptVariantData("test"));
  const simplified = readFileSync(SAMPLE, "utf8");
  const traditional = OpenCC.Converter({ from: "cn", to: "tw" })(simplified);

  it("the generated files match tables computed from opencc-js", () => {
    for (const text of [simplified, traditional]) {
      for (const script of ["simplified", "traditional"] as const) {
        expect(generated.changes(text, script)).toEqual(fresh.changes(text, script));
        expect(generated.scriptCounts(text)).toEqual(fresh.scriptCounts(text));
      }
    }
  });

  it("converts as OpenCC's tries do (phrase-aware)", () => {
    const toSimplified = new OpenCC.Trie();
    for (const group of OpenCC.Locale.to.cn) toSimplified.loadDictGroup(group);
    expect(generated.toSimplified(traditional)).toBe(toSimplified.convert(traditional));
    expect(generated.toSimplified("乾隆皇帝很乾淨")).toBe("乾隆皇帝很干净");
  });
});
