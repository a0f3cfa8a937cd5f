/**
 * What plain textlint loads from the `jiaodui` package: one object that is both
 * the rule preset (`"rules": { "preset-jiaodui": true }`) and the plugin
 * (`"plugins": { "jiaodui": true }`). textlint resolves both names to this
 * package's main entry.
 */
import { RULES } from "../rules/index.js";
import { JiaoduiProcessor } from "./plugin.js";

const rules = Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.module]));
const rulesConfig = Object.fromEntries(RULES.map((rule) => [rule.meta.id, true]));

export default { rules, rulesConfig, Processor: JiaoduiProcessor };
