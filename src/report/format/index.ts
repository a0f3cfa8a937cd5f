/** Output formats of `jiaodui lint`. Each turns the report contract into text. */
import type { Locale } from "../categories.js";
import type { Report } from "../types.js";
import { formatCompact } from "./compact.js";
import { formatStylish } from "./stylish.js";

export const FORMATS = ["stylish", "json", "compact"] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  locale: Locale;
  /** ANSI colours (terminal output only). */
  color: boolean;
}

export function formatReport(report: Report, format: FormatName, options: FormatOptions): string {
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "compact":
      return formatCompact(report);
    case "stylish":
      return formatStylish(report, options);
  }
}
