/** Message catalogue of the truncation rule. */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  truncated: {
    category: "truncation",
    severity: "error",
    zh: "段落在句中结束（…{tail}），其后是{where}：正文疑被截断。",
    en: "The paragraph stops mid-sentence (…{tail}) before {where}: the text was probably cut off.",
  },
  "truncated-continuation": {
    category: "truncation",
    severity: "error",
    zh: "段落在句中结束（…{tail}），其后是{where}：正文疑被截断；续文可能是第{line}行的“{head}…”（接成“{word}”）。",
    en: "The paragraph stops mid-sentence (…{tail}) before {where}; its continuation is probably “{head}…” on line {line} (forming “{word}”).",
  },
  continuation: {
    category: "truncation",
    severity: "info",
    zh: "截断段落（…{tail}）的续文可能在此（接成“{word}”）。",
    en: "The continuation of the cut-off paragraph (…{tail}) is probably here (forming “{word}”).",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
