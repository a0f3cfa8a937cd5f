/** One line per finding: `path:line:column: severity message [rule/category]`, for editors and grep. */
import type { Report } from "../types.js";

export function formatCompact(report: Report): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const f of file.findings) {
      lines.push(`${file.path}:${f.range.start.line}:${f.range.start.column}: ${f.severity} ${f.message} [${f.ruleId}/${f.category}]`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
}
