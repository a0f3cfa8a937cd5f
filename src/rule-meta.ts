/** What the registry knows of a rule besides its textlint module. */
import type { TextlintRuleModule } from "@textlint/types";
import type { Category } from "./report/categories.js";

export interface RuleMeta {
  /** Rule id, also the folder name under rules/. */
  id: string;
  /** Report categories this rule can emit. */
  categories: readonly Category[];
  /** Whether some findings carry a safe fix. */
  fixable: boolean;
  description: { zh: string; en: string };
}

export interface RuleEntry {
  meta: RuleMeta;
  // Rules take options objects of their own shape; the registry stores them uniformly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  module: TextlintRuleModule<any>;
}
