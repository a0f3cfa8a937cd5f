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
 *
 * This module loads every formatter; the CLI uses render.ts, which loads only
 * the one asked for.
 */
import { loadSources } from "../sources.js";
import type { Report } from "../types.js";
import { formatCompact } from "./compact.js";
import { formatGithub } from "./github.js";
import { formatHtml } from "./html.js";
import { formatMarkdown } from "./markdown.js";
import { formatRdjson } from "./rdjson.js";
import { formatSarif } from "./sarif.js";
import type { FormatName, FormatOptions } from "./names.js";
import { formatStylish } from "./stylish.js";

export { FORMATS, formatNeedsSources, type FormatName, type FormatOptions } from "./names.js";

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
