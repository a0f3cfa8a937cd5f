/**
 * The rule registry: the single list the CLI, the preset and the tests read.
 * Adding a rule = adding its folder and one line here.
 */
import type { RuleEntry } from "../src/rule-meta.js";
import encoding, { meta as encodingMeta } from "./encoding/index.js";
import markup, { meta as markupMeta } from "./markup/index.js";
import pageFurniture, { meta as pageFurnitureMeta } from "./page-furniture/index.js";
import paragraphSplit, { meta as paragraphSplitMeta } from "./paragraph-split/index.js";
import punctuation, { meta as punctuationMeta } from "./punctuation/index.js";
import spacing, { meta as spacingMeta } from "./spacing/index.js";
import strayLatin, { meta as strayLatinMeta } from "./stray-latin/index.js";
import variant, { meta as variantMeta } from "./variant/index.js";

export const RULES: readonly RuleEntry[] = [
  { meta: strayLatinMeta, module: strayLatin },
  { meta: paragraphSplitMeta, module: paragraphSplit },
  { meta: punctuationMeta, module: punctuation },
  { meta: variantMeta, module: variant },
  { meta: spacingMeta, module: spacing },
  { meta: markupMeta, module: markup },
  { meta: pageFurnitureMeta, module: pageFurniture },
  { meta: encodingMeta, module: encoding },
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): RuleEntry | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
