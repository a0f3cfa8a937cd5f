/** Message catalogue of the idiom-variant rule (category garbled). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "idiom-variant": {
    category: "garbled",
    severity: "warning",
    zh: "“{actual}”疑为成语或固定搭配“{expected}”之误（“{wrong}”应为“{right}”）",
    en: "“{actual}” looks like a slip for the idiom or set phrase “{expected}” (“{wrong}” for “{right}”)",
  },
  "use-idiom": {
    category: "garbled",
    severity: "info",
    zh: "改为“{expected}”",
    en: "Replace with “{expected}”",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
