/**
 * GitHub Actions workflow commands: one `::error|warning|notice` line per
 * finding, shown as annotations on the pull request's files.
 *
 *   ::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=8,title=jiaodui/stray-latin::message
 *
 * Paths are the report's (run jiaodui from the repository root). Columns count
 * characters (Unicode code points), as a reader of the annotation does, and are
 * given only for a single-line span whose source text is available; multi-line
 * spans are annotated by lines. Values are escaped as the Actions runner
 * expects: % \r \n in messages, and also : and , in properties.
 */
import type { Severity } from "../categories.js";
import type { SourceTexts } from "../sources.js";
import type { Finding, Report } from "../types.js";
import { columnIn } from "./positions.js";

const COMMAND: Record<Severity, "error" | "warning" | "notice"> = { error: "error", warning: "warning", info: "notice" };

/** Escape the message part of a workflow command. */
export function escapeData(value: string): string {
  return value.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

/** Escape a property value of a workflow command. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}

function annotation(path: string, f: Finding, text: string | undefined, locale: Report["locale"]): string {
  const properties: [string, string | number][] = [["file", path], ["line", f.range.start.line]];
  const singleLine = f.range.start.line === f.range.end.line;
  if (singleLine && text !== undefined) properties.push(["col", columnIn(text, f.range.start, "code-point")]);
  properties.push(["endLine", f.range.end.line]);
  if (singleLine && text !== undefined) properties.push(["endColumn", columnIn(text, f.range.end, "code-point")]);
  properties.push(["title", `jiaodui/${f.ruleId} (${f.category})`]);
  const fixable = f.fix?.safe ? (locale === "en" ? " (fixable: jiaodui lint --fix)" : "（可用 jiaodui lint --fix 自动修复）") : "";
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${COMMAND[f.severity]} ${props}::${escapeData(f.message + fixable)}`;
}

export function formatGithub(report: Report, sources: SourceTexts): string {
  const lines: string[] = [];
  for (const file of report.files) {
    const text = sources.get(file.path);
    for (const finding of file.findings) lines.push(annotation(file.path, finding, text, report.locale));
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
