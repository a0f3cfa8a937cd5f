/** Message catalogue of the garbled-text rule (category garbled). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "garbled-passage": {
    category: "garbled",
    severity: "warning",
    zh: "“{actual}”不成词，与上下文搭配极不常见（语言模型得分 {score}）：疑为错字、漏字、多字或乱码，请核对原文",
    en: "“{actual}” does not form words and its junctions are very unusual (language-model score {score}): likely a wrong, missing or extra character; check the source",
  },
  "garbled-with-reading": {
    category: "garbled",
    severity: "warning",
    zh: "“{actual}”不成词（语言模型得分 {score}）：疑为“{expected}”（{edit}）",
    en: "“{actual}” does not form words (language-model score {score}): probably “{expected}” ({edit})",
  },
  "garbled-character": {
    category: "garbled",
    severity: "warning",
    zh: "“{actual}”在此处与上下文不搭配（语言模型得分 {score}）：疑为“{expected}”（{edit}）",
    en: "“{actual}” does not fit its context here (language-model score {score}): probably “{expected}” ({edit})",
  },
  "number-unit": {
    category: "garbled",
    severity: "warning",
    zh: "数字后的“{actual}”疑为“{expected}”（形近错字，日期）",
    en: "“{actual}” after a number is probably “{expected}” (look-alike character in a date)",
  },
  "before-number": {
    category: "garbled",
    severity: "warning",
    zh: "数字前的“{actual}”疑为“{expected}”（音近错字）",
    en: "“{actual}” before a number is probably “{expected}” (sound-alike character)",
  },
  "doubled-character": {
    category: "garbled",
    severity: "warning",
    zh: "“{actual}”疑为“{expected}”重复了一遍（提取或录入时多出），应只保留一处",
    en: "“{actual}” looks like “{expected}” written twice (doubled in extraction or typing): keep one",
  },
  "name-variant": {
    category: "garbled",
    severity: "warning",
    zh: "“{actual}”与文中别处的“{expected}”只差一字：同一名称疑有一处写错，请核对",
    en: "“{actual}” differs by one character from “{expected}” elsewhere in the text: one of the two spellings of the name is probably wrong; check",
  },
  "use-reading": {
    category: "garbled",
    severity: "info",
    zh: "改为“{expected}”",
    en: "Replace with “{expected}”",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
