/** The finding vocabulary of the report contract (see src/report/report.schema.json). */
export const CATEGORIES = [
  "stray-latin",
  "paragraph-split",
  "line-wrap",
  "orphan-marker",
  "numbering-gap",
  "misplaced-fragment",
  "duplicate",
  "truncation",
  "garbled",
  "encoding",
  "page-furniture",
  "punctuation",
  "spacing",
  "markup",
  "variant",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** error: a confident artefact; warning: a probable one; info: worth a look. */
export const SEVERITIES = ["error", "warning", "info"] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
