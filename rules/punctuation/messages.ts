import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "unclosed-mark": {
    category: "punctuation",
    severity: "error",
    zh: "成对标点“{mark}”在本段内没有对应的“{expected}”",
    en: "Unclosed “{mark}”: no matching “{expected}” in this paragraph",
  },
  "unopened-mark": {
    category: "punctuation",
    severity: "error",
    zh: "成对标点“{mark}”在本段内没有对应的“{expected}”",
    en: "Unexpected “{mark}”: no matching “{expected}” before it in this paragraph",
  },
  "half-width": {
    category: "punctuation",
    severity: "error",
    zh: "中文之间使用了半角标点“{actual}”，应为全角“{expected}”",
    en: "Half-width “{actual}” between Chinese characters, expected full-width “{expected}”",
  },
  "straight-quotes": {
    category: "punctuation",
    severity: "error",
    zh: "中文引文“{quoted}”两侧使用了半角直引号 \"，应为全角引号“”",
    en: "Straight quotes \" around the Chinese quotation “{quoted}”; expected “ ”",
  },
  "repeated-mark": {
    category: "punctuation",
    severity: "error",
    zh: "标点“{marks}”重复，应只保留一个“{expected}”",
    en: "Punctuation “{marks}” repeated: keep one “{expected}”",
  },
  "conflicting-marks": {
    category: "punctuation",
    severity: "error",
    zh: "标点“{marks}”连用，请只保留一个（多为提取或编辑时残留）",
    en: "Punctuation “{marks}” run together: keep one (usually left by extraction or editing)",
  },
  "keep-mark": {
    category: "punctuation",
    severity: "info",
    zh: "只保留“{expected}”",
    en: "Keep “{expected}” only",
  },
} satisfies Catalogue;
