import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  replacementCharacter: {
    category: "encoding",
    severity: "error",
    zh: "替换字符 U+FFFD：原字符在转换中丢失，需对照原文补回",
    en: "Replacement character U+FFFD: the original character was lost in conversion; restore it from the source",
  },
  mojibake: {
    category: "encoding",
    severity: "error",
    zh: "乱码“{found}”：UTF-8 文本被误按 {codec} 解码，原文应为“{decoded}”",
    en: "Mojibake “{found}”: UTF-8 text decoded as {codec}; the original reads “{decoded}”",
  },
  mojibakeGuessed: {
    category: "encoding",
    severity: "error",
    zh: "乱码“{found}”：UTF-8 文本被误按 {codec} 解码，末字的字节已丢失；据词典推断原文为“{decoded}”",
    en: "Mojibake “{found}”: UTF-8 text decoded as {codec}, the last character's byte lost; by the lexicon the original reads “{decoded}”",
  },
  mojibakeLost: {
    category: "encoding",
    severity: "error",
    zh: "乱码“{found}”：UTF-8 文本被误按 {codec} 解码，部分字节已丢失；可辨认为“{decoded}”（� 为丢失的字）",
    en: "Mojibake “{found}”: UTF-8 text decoded as {codec} with bytes lost; it reads “{decoded}” (� marks lost characters)",
  },
  radical: {
    category: "encoding",
    severity: "error",
    zh: "部首字符“{found}”（{code}）代替了汉字“{expected}”",
    en: "Radical “{found}” ({code}) stands for the ideograph “{expected}”",
  },
  compatibilityIdeograph: {
    category: "encoding",
    severity: "error",
    zh: "兼容汉字“{found}”（{code}）应为统一汉字“{expected}”",
    en: "Compatibility ideograph “{found}” ({code}) stands for the unified ideograph “{expected}”",
  },
  traditionalEquivalent: {
    category: "encoding",
    severity: "error",
    zh: "“{found}”（{code}）对应繁体字“{unified}”，简体文本中应为“{simplified}”",
    en: "“{found}” ({code}) is the traditional “{unified}”; simplified text writes “{simplified}”",
  },
  privateUse: {
    category: "encoding",
    severity: "error",
    zh: "私用区字符 {code}：字体的私有编码，无法确定原字符",
    en: "Private-use character {code}: a font's private code; the original character cannot be determined",
  },
  invisible: {
    category: "encoding",
    severity: "error",
    zh: "不可见字符 {name}（{code}），应删除",
    en: "Invisible character {name} ({code}); remove it",
  },
  control: {
    category: "encoding",
    severity: "error",
    zh: "控制字符 {code}，应删除",
    en: "Control character {code}; remove it",
  },
  lineBreakControl: {
    category: "encoding",
    severity: "error",
    zh: "控制字符 {code} 用作换行，应改为普通换行",
    en: "Control character {code} used as a line break; use an ordinary line break",
  },
  decomposed: {
    category: "encoding",
    severity: "error",
    zh: "分解形式“{found}”（{codes}）应合成为“{expected}”",
    en: "Decomposed “{found}” ({codes}) should be composed as “{expected}”",
  },
  fullwidthDigits: {
    category: "encoding",
    severity: "warning",
    zh: "全角数字“{found}”：本文多用半角数字",
    en: "Full-width digits “{found}”: this document mostly uses half-width digits",
  },
  halfwidthDigits: {
    category: "encoding",
    severity: "warning",
    zh: "半角数字“{found}”：本文多用全角数字",
    en: "Half-width digits “{found}”: this document mostly uses full-width digits",
  },
  fullwidthLetters: {
    category: "encoding",
    severity: "warning",
    zh: "全角字母“{found}”：本文多用半角字母",
    en: "Full-width letters “{found}”: this document mostly uses half-width letters",
  },
  halfwidthLetters: {
    category: "encoding",
    severity: "warning",
    zh: "半角字母“{found}”：本文多用全角字母",
    en: "Half-width letters “{found}”: this document mostly uses full-width letters",
  },
  // Suggestions.
  useDecoded: {
    category: "encoding",
    severity: "info",
    zh: "改为解码后的“{text}”",
    en: "Replace with the decoded “{text}”",
  },
  useSimplified: {
    category: "encoding",
    severity: "info",
    zh: "改为简体字“{text}”",
    en: "Replace with the simplified “{text}”",
  },
  useUnified: {
    category: "encoding",
    severity: "info",
    zh: "改为 Unicode 等价字“{text}”",
    en: "Replace with Unicode's equivalent “{text}”",
  },
  useWidth: {
    category: "encoding",
    severity: "info",
    zh: "改为“{text}”",
    en: "Replace with “{text}”",
  },
  numeralZero: {
    category: "encoding",
    severity: "error",
    zh: "中文数字中的“{found}”（{code}）是形近字符，应为“〇”",
    en: "“{found}” ({code}) among Chinese numerals is a look-alike; the numeral zero is “〇”",
  },
  digitLookAlike: {
    category: "encoding",
    severity: "error",
    zh: "数字“{found}”中夹有形近字母，应为“{expected}”",
    en: "The number “{found}” holds look-alike letters; it reads “{expected}”",
  },
  dashForOne: {
    category: "encoding",
    severity: "warning",
    zh: "汉字之间的“{found}”疑为“一”的形近误识（应为“{word}”）",
    en: "“{found}” between ideographs looks like a misread “一” (“{word}”)",
  },
  symbolForIdeograph: {
    category: "encoding",
    severity: "warning",
    zh: "汉字之间的“{found}”疑为形近汉字“{expected}”的误识（应为“{word}”）",
    en: "“{found}” between ideographs looks like a misread “{expected}” (“{word}”)",
  },
  kanaForIdeograph: {
    category: "encoding",
    severity: "error",
    zh: "中文里的片假名“{found}”疑为形近汉字“{expected}”（“{word}”）",
    en: "The katakana “{found}” in Chinese text stands for the look-alike ideograph “{expected}” (“{word}”)",
  },
  kanaAlone: {
    category: "encoding",
    severity: "warning",
    zh: "中文里的片假名“{found}”疑为形近汉字“{expected}”",
    en: "The katakana “{found}” in Chinese text may stand for the look-alike ideograph “{expected}”",
  },
  mixedScriptWord: {
    category: "encoding",
    severity: "error",
    zh: "拉丁字母词“{found}”中混入了形近的西里尔或希腊字母（{codes}），应为“{expected}”",
    en: "The Latin word “{found}” holds look-alike Cyrillic or Greek letters ({codes}); it reads “{expected}”",
  },
  unmappedGlyph: {
    category: "encoding",
    severity: "error",
    zh: "“{found}”是 PDF 提取时无法映射为字符的字形编号：原字符已丢失，需对照原文补回",
    en: "“{found}” is a glyph number that PDF extraction could not map to a character: the original character was lost; restore it from the source",
  },
  lostAsQuestionMark: {
    category: "encoding",
    severity: "error",
    zh: "汉字之间的“{found}”疑为转码时目标字符集无法表示而丢失的 {count} 个字符（常见于生僻字、人名用字），需对照原文补回",
    en: "“{found}” between ideographs looks like {count} character(s) lost in a charset conversion (rare characters, names); restore from the source",
  },
  symbolFontBullet: {
    category: "encoding",
    severity: "warning",
    zh: "行首的“{found}”疑为符号字体（Wingdings）的项目符号“{bullet}”被提取成了字母",
    en: "“{found}” at the line's start looks like a symbol-font (Wingdings) bullet “{bullet}” extracted as a letter",
  },
  useBullet: {
    category: "encoding",
    severity: "info",
    zh: "改为“{text}”",
    en: "Replace with “{text}”",
  },
  useIdeograph: {
    category: "encoding",
    severity: "info",
    zh: "改为“{text}”",
    en: "Replace with “{text}”",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
