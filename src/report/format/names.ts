/** The output formats and their options, without loading any formatter (see index.ts and render.ts). */
import type { Locale } from "../categories.js";
import type { SourceTexts } from "../sources.js";

export const FORMATS = ["stylish", "json", "compact", "html", "md", "sarif", "rdjson", "github"] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  locale: Locale;
  /** ANSI colours (terminal output only). */
  color: boolean;
  /** Source texts by report path; read from disk (relative to `cwd`) when absent. */
  sources?: SourceTexts;
  /** Where relative report paths are resolved when reading sources (default: the process's working directory). */
  cwd?: string;
  /** md: how many findings to list. */
  top?: number;
}

/** Whether the format reads the source texts (context, column conversion). */
export function formatNeedsSources(format: FormatName): boolean {
  return format === "html" || format === "rdjson" || format === "github";
}
