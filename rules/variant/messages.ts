import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "traditional-in-simplified": {
    category: "variant",
    severity: "error",
    zh: "简体文本中混入繁体字：“{actual}”应为“{expected}”",
    en: "Traditional characters in Simplified text: “{actual}”, expected “{expected}”",
  },
  "simplified-in-traditional": {
    category: "variant",
    severity: "error",
    zh: "繁体文本中混入简体字：“{actual}”应为“{expected}”",
    en: "Simplified characters in Traditional text: “{actual}”, expected “{expected}”",
  },
  "quoted-variant": {
    category: "variant",
    severity: "warning",
    zh: "引号或书名号内的“{actual}”与全文字形不同（{expected}），若非专名或原题请改正",
    en: "“{actual}” inside quotes or a title differs from the document's script ({expected}); fix it unless it is a name or an original title",
  },
  "passage-in-other-script": {
    category: "variant",
    severity: "warning",
    zh: "本段使用{script}，与全文不同；若非引文请核对",
    en: "This paragraph is written in {script} script, unlike the rest of the document; check it unless it is a quotation",
  },
  "convert-suggestion": {
    category: "variant",
    severity: "info",
    zh: "改为“{expected}”",
    en: "Change to “{expected}”",
  },
} satisfies Catalogue;
