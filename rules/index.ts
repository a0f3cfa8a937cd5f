/**
 * The rule registry: the single list the CLI, the preset and the tests read.
 * Adding a rule = adding its folder and one line here.
 */
import type { RuleEntry } from "../src/rule-meta.js";
import duplicate, { meta as duplicateMeta } from "./duplicate/index.js";
import encoding, { meta as encodingMeta } from "./encoding/index.js";
import garbledText, { meta as garbledTextMeta } from "./garbled-text/index.js";
import idiomVariant, { meta as idiomVariantMeta } from "./idiom-variant/index.js";
import markup, { meta as markupMeta } from "./markup/index.js";
import misplacedFragment, { meta as misplacedFragmentMeta } from "./misplaced-fragment/index.js";
import numberingGap, { meta as numberingGapMeta } from "./numbering-gap/index.js";
import orphanMarker, { meta as orphanMarkerMeta } from "./orphan-marker/index.js";
import pageFurniture, { meta as pageFurnitureMeta } from "./page-furniture/index.js";
import paragraphSplit, { meta as paragraphSplitMeta } from "./paragraph-split/index.js";
import punctuation, { meta as punctuationMeta } from "./punctuation/index.js";
import repeatedPhrase, { meta as repeatedPhraseMeta } from "./repeated-phrase/index.js";
import spacing, { meta as spacingMeta } from "./spacing/index.js";
import strayLatin, { meta as strayLatinMeta } from "./stray-latin/index.js";
import truncation, { meta as truncationMeta } from "./truncation/index.js";
import variant, { meta as variantMeta } from "./variant/index.js";

/** In report order: text-level artefacts, structure, garbled passages, then characters. */
export const RULES: readonly RuleEntry[] = [
  { meta: strayLatinMeta, module: strayLatin },
  { meta: paragraphSplitMeta, module: paragraphSplit },
  { meta: orphanMarkerMeta, module: orphanMarker },
  { meta: numberingGapMeta, module: numberingGap },
  { meta: misplacedFragmentMeta, module: misplacedFragment },
  { meta: duplicateMeta, module: duplicate },
  { meta: truncationMeta, module: truncation },
  { meta: garbledTextMeta, module: garbledText },
  { meta: idiomVariantMeta, module: idiomVariant },
  { meta: repeatedPhraseMeta, module: repeatedPhrase },
  { meta: pageFurnitureMeta, module: pageFurniture },
  { meta: encodingMeta, module: encoding },
  { meta: spacingMeta, module: spacing },
  { meta: markupMeta, module: markup },
  { meta: punctuationMeta, module: punctuation },
  { meta: variantMeta, module: variant },
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);

export function findRule(id: string): RuleEntry | undefined {
  return RULES.find((rule) => rule.meta.id === id);
}
