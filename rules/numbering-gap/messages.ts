/** Message catalogue of the numbering-gap rule. */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "missing-start": {
    category: "numbering-gap",
    severity: "error",
    zh: "编号从“{first}”开始，缺少{missing}：疑为提取时丢失了编号。",
    en: "Numbering starts at “{first}”; {missing} missing: the markers were probably lost in extraction.",
  },
  "merged-marker": {
    category: "numbering-gap",
    severity: "error",
    zh: "编号“{marker}”紧接在上一段的句末：疑为提取时丢失了分段，应另起一段。",
    en: "“{marker}” follows the previous paragraph's last sentence: the paragraph break was lost in extraction; start a new paragraph.",
  },
  gap: {
    category: "numbering-gap",
    severity: "error",
    zh: "编号“{previous}”之后是“{next}”，缺少{missing}。",
    en: "“{next}” follows “{previous}”: {missing} missing.",
  },
  repeat: {
    category: "numbering-gap",
    severity: "warning",
    zh: "编号“{marker}”重复出现（上一个也是“{previous}”）。",
    en: "Marker “{marker}” repeats the previous one (“{previous}”).",
  },
  "out-of-order": {
    category: "numbering-gap",
    severity: "warning",
    zh: "编号顺序错乱：“{previous}”之后出现“{marker}”。",
    en: "Numbering out of order: “{marker}” after “{previous}”.",
  },
  misnumbered: {
    category: "garbled",
    severity: "error",
    zh: "编号“{marker}”疑为“{expected}”：前后是“{previous}”和“{next}”，编号中错、漏、多或颠倒了一个字。",
    en: "“{marker}” is probably “{expected}”: it stands between “{previous}” and “{next}”, and one character of its number is wrong, missing, extra or swapped.",
  },
  "use-number": {
    category: "garbled",
    severity: "info",
    zh: "改为“{expected}”",
    en: "Replace with “{expected}”",
  },
  "missing-here": {
    category: "numbering-gap",
    severity: "info",
    zh: "缺少的编号{missing}可能原在此段落范围内。",
    en: "The missing markers {missing} probably belonged in this stretch.",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
