/**
 * `formatReport` (index.ts) for the CLI: the same output, but only the
 * formatter asked for is loaded — the HTML formatter alone pulls in hast, a
 * noticeable share of a cold `jiaodui lint` that prints to a terminal.
 */
import { loadSources } from "../sources.js";
import type { Report } from "../types.js";
import type { FormatName, FormatOptions } from "./names.js";

export async function renderReport(report: Report, format: FormatName, options: FormatOptions): Promise<string> {
  const sources = () => options.sources ?? loadSources(report, options.cwd ?? process.cwd());
  switch (format) {
    case "json":
      return JSON.stringify(report, null, 2) + "\n";
    case "compact":
      return (await import("./compact.js")).formatCompact(report);
    case "stylish":
      return (await import("./stylish.js")).formatStylish(report, options);
    case "html":
      return (await import("./html.js")).formatHtml(report, sources());
    case "md":
      return (await import("./markdown.js")).formatMarkdown(report, options);
    case "sarif":
      return (await import("./sarif.js")).formatSarif(report);
    case "rdjson":
      return (await import("./rdjson.js")).formatRdjson(report, sources());
    case "github":
      return (await import("./github.js")).formatGithub(report, sources());
  }
}
