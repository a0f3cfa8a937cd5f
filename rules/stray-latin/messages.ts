/** Message catalogue of the stray-latin rule (zh-CN and English). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  /** A conjunction whose Chinese equivalent is unambiguous (and/&/or): carries a safe fix. */
  strayConjunction: {
    category: "stray-latin",
    severity: "error",
    zh: "中文句子中夹有英文词“{word}”，应为“{replacement}”。",
    en: 'Stray English word "{word}" inside a Chinese sentence; expected "{replacement}".',
  },
  /** Another function word (the, of, with…): no safe fix, suggestions only. */
  strayFunctionWord: {
    category: "stray-latin",
    severity: "error",
    zh: "中文句子中夹有英文虚词“{word}”，疑为翻译或抽取残留。",
    en: 'Stray English function word "{word}" inside a Chinese sentence (translation or extraction leftover).',
  },
  /** A common English word (is, this, which…) between Chinese words: lower confidence. */
  strayCommonWord: {
    category: "stray-latin",
    severity: "warning",
    zh: "中文词语之间夹有英文单词“{word}”，可能是翻译残留。",
    en: 'English word "{word}" between Chinese words; possibly a translation leftover.',
  },
  suggestRemove: {
    category: "stray-latin",
    severity: "info",
    zh: "删除“{word}”",
    en: 'Remove "{word}"',
  },
  suggestReplace: {
    category: "stray-latin",
    severity: "info",
    zh: "将“{word}”改为“{replacement}”",
    en: 'Replace "{word}" with "{replacement}"',
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
