/**
 * Output formats of `jiaodui lint` and `jiaodui report`. Each turns the report
 * contract into text for one consumer, in the position unit that consumer
 * counts:
 *
 * | format  | for                                   | columns               |
 * |---------|---------------------------------------|-----------------------|
 * | stylish | terminal                              | UTF-16 code units     |
 * | json    | the report contract                   | UTF-16 code units     |
 * | compact | editors, grep                         | UTF-16 code units     |
 * | html    | reviewers (self-contained page)       | UTF-16 code units     |
 * | md      | PR comment, $GITHUB_STEP_SUMMARY      | UTF-16 code units     |
 * | sarif   | code scanning (SARIF 2.1.0)           | UTF-16 (columnKind)   |
 * | rdjson  | reviewdog -f=rdjson                   | UTF-8 bytes           |
 * | github  | GitHub Actions annotations            | code points           |
 *
 * html, rdjson and github need the source texts (context, column conversion);
 * when the caller does not pass them they are read from the report's paths.
 */
import type { Locale } from "../categories.js";
import { loadSources, type SourceTexts } from "../sources.js";
import type { Report } from "../types.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatMarkdown } from "./markdown.js";
import { formatRdjson } from "./rdjson.js";
import { formatSarif } from "./sarif.js";
import { formatStylish } from "./stylish.js";

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

export function formatReport(report: Report, format: FormatName, options: FormatOptions): string {
  const sources = () => options.sources ?? loadSources(report, options.cwd ?? process.cwd());
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "compact":
      return formatCompact(report);
    case "stylish":
      return formatStylish(report, options);
    case "html":
      return formatHtml(report, sources());
    case "md":
      return formatMarkdown(report, options);
    case "sarif":
      return formatSarif(report);
    case "rdjson":
      return formatRdjson(report, sources());
    case "github":
      return formatGithub(report, sources());
  }
}
