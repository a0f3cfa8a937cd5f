/** The terminal format: findings grouped by file, then a one-line summary. */
import type { Locale, Severity } from "../categories.js";
import type { Report } from "../types.js";
import type { FormatOptions } from "./names.js";

const LABEL: Record<Locale, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};
const COLOUR: Record<Severity, string> = { error: "\u001b[31m", warning: "\u001b[33m", info: "\u001b[36m" };
const RESET = "\u001b[0m";
const DIM = "\u001b[2m";

export function formatStylish(report: Report, { locale, color }: FormatOptions): string {
  const paint = (code: string, text: string) => (color ? code + text + RESET : text);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.skipped) {
      out.push(`${file.path}: ${file.skipped}`);
      continue;
    }
    if (file.findings.length === 0) continue;
    out.push(paint("\u001b[4m", file.path));
    for (const f of file.findings) {
      const where = `${f.range.start.line}:${f.range.start.column}`.padEnd(8);
      const fixable = f.fix?.safe ? (locale === "en" ? " (fixable)" : "（可自动修复）") : "";
      out.push(`  ${paint(DIM, where)}${paint(COLOUR[f.severity], LABEL[locale][f.severity])}  ${f.message}${fixable}  ${paint(DIM, `${f.ruleId}/${f.category}`)}`);
    }
    out.push("");
  }
  const { bySeverity, findings, fixable, integrityScore, files } = report.summary;
  if (findings === 0) {
    out.push(locale === "en" ? `✔ no findings in ${files} file(s); integrity score ${integrityScore}` : `✔ ${files} 个文件未发现问题，完整度 ${integrityScore}`);
  } else if (locale === "en") {
    out.push(
      `✖ ${findings} finding(s) (${bySeverity.error} error, ${bySeverity.warning} warning, ${bySeverity.info} info), ${fixable} fixable with --fix; integrity score ${integrityScore}`,
    );
  } else {
    out.push(`✖ ${findings} 个问题（${bySeverity.error} 错误，${bySeverity.warning} 警告，${bySeverity.info} 提示），${fixable} 个可用 --fix 自动修复；完整度 ${integrityScore}`);
  }
  return out.join("\n") + "\n";
}
