/** Message catalogue of the repeated-phrase rule (category garbled). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "repeated-phrase": {
    category: "garbled",
    severity: "error",
    zh: "“{phrase}”紧接着重复出现：疑为复制粘贴或提取时重复，请删去多余的一处",
    en: "“{phrase}” is repeated right after itself: likely pasted twice or duplicated by the extraction; remove the extra copy",
  },
  "repeated-after-gap": {
    category: "garbled",
    severity: "warning",
    zh: "“{phrase}”前面几个字刚出现过，此处又重复一遍：疑为复制粘贴或提取时重复，请删去多余的一处",
    en: "“{phrase}” repeats a copy a few characters before it: likely pasted twice or duplicated by the extraction; remove the extra copy",
  },
  "pasted-into-words": {
    category: "garbled",
    severity: "warning",
    zh: "“{phrase}”在前文出现过，此处又夹在词语中间（前后都不成词）：疑为复制粘贴时多出的一段，请删去",
    en: "“{phrase}” appears earlier and is set into the middle of words here (neither edge makes a word): likely a stray pasted copy; remove it",
  },
  "first-copy": {
    category: "garbled",
    severity: "info",
    zh: "第一次出现于此",
    en: "First occurrence here",
  },
  "remove-copy": {
    category: "garbled",
    severity: "info",
    zh: "删去重复的“{phrase}”",
    en: "Remove the repeated “{phrase}”",
  },
  "slash-alternative": {
    category: "garbled",
    severity: "warning",
    zh: "中文行文中的斜杠“{left}/{right}”：疑为编辑时保留的两种说法，请确定其一",
    en: "A slash between Chinese alternatives “{left}/{right}”: likely two wordings left in by an editor; keep one",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
