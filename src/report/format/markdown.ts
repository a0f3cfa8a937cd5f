/**
 * The Markdown summary, for a pull-request comment or $GITHUB_STEP_SUMMARY: a
 * table by category and severity, one row per document with its integrity
 * score, and the top findings with their locations. Every piece of document
 * text is escaped so it cannot turn into markup, links or mentions.
 */
import { CATEGORIES, SEVERITIES, type Severity } from "../categories.js";
import type { Finding, Report } from "../types.js";
import type { FormatOptions } from "./names.js";
import { CATEGORY_LABEL, SEVERITY_LABEL, TEXT } from "./labels.js";

/** How many findings the summary lists. */
export const TOP_FINDINGS = 20;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Escape text for a Markdown table cell: no markup, no HTML, no mentions, one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/gu, " ")
    .replace(/[\\`*_{}[\]()#+\-.!|~:]/gu, "\\$&")
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/@/gu, "&#64;");
}

export function formatMarkdown(report: Report, options: Pick<FormatOptions, "top"> = {}): string {
  const locale = report.locale;
  const t = TEXT[locale];
  const sev = SEVERITY_LABEL[locale];
  const { summary } = report;
  const out: string[] = [];
  out.push(`## jiaodui ${t.title}`, "");
  const counts = SEVERITIES.map((s) => `${summary.bySeverity[s]} ${sev[s]}`).join(locale === "en" ? ", " : "，");
  out.push(
    locale === "en"
      ? `**${summary.findings}** finding(s) (${counts}), ${summary.fixable} fixable · ${summary.files} file(s), ${summary.documents} document(s), ${summary.characters} characters · integrity score **${summary.integrityScore}**`
      : `**${summary.findings}** 个问题（${counts}），${summary.fixable} 个可自动修复 · ${summary.files} 个文件，${summary.documents} 个文档，${summary.characters} 字符 · 完整度 **${summary.integrityScore}**`,
    "",
  );

  const categories = CATEGORIES.filter((c) => (summary.byCategory[c] ?? 0) > 0);
  if (categories.length > 0) {
    const all = report.files.flatMap((f) => f.findings);
    out.push(`| ${t.category} | ${SEVERITIES.map((s) => sev[s]).join(" | ")} | ${t.total} |`, `|---|${SEVERITIES.map(() => "--:").join("|")}|--:|`);
    for (const category of categories) {
      const cells = SEVERITIES.map((s) => all.filter((f) => f.category === category && f.severity === s).length);
      out.push(`| ${escapeMarkdown(CATEGORY_LABEL[locale][category])} \`${category}\` | ${cells.join(" | ")} | ${summary.byCategory[category]} |`);
    }
    out.push(`| **${t.total}** | ${SEVERITIES.map((s) => summary.bySeverity[s]).join(" | ")} | ${summary.findings} |`, "");
  }

  out.push(`| ${t.files} | ${t.document} | ${t.characters} | ${t.findings} | ${t.score} |`, "|---|---|--:|--:|--:|");
  for (const file of report.files) {
    if (file.skipped) {
      out.push(`| ${escapeMarkdown(file.path)} | ${t.skipped}: ${escapeMarkdown(file.skipped)} | 0 | 0 | — |`);
      continue;
    }
    for (const doc of file.documents) {
      const title = doc.title ?? `#${doc.index + 1}`;
      out.push(`| ${escapeMarkdown(file.path)} | ${escapeMarkdown(title)} | ${doc.characters} | ${doc.counts.findings} | ${doc.integrityScore} |`);
    }
  }
  out.push("");

  const ranked = report.files
    .flatMap((file) => file.findings.map((finding, order) => ({ file: file.path, finding, order })))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || b.finding.confidence - a.finding.confidence);
  const top = options.top ?? TOP_FINDINGS;
  if (ranked.length === 0) {
    out.push(t.none, "");
  } else {
    out.push(`### ${t.topFindings}`, "", `| ${t.location} | ${t.severity} | ${t.category} | ${t.message} |`, "|---|---|---|---|");
    for (const { file, finding } of ranked.slice(0, top)) out.push(row(file, finding, locale));
    if (ranked.length > top) out.push("", t.more(ranked.length - top));
    out.push("");
  }
  out.push(`<sub>jiaodui ${escapeMarkdown(report.tool.version)} · ${t.units}</sub>`, "");
  return out.join("\n");
}

function row(path: string, f: Finding, locale: Report["locale"]): string {
  const where = `${escapeMarkdown(path)}:${f.range.start.line}:${f.range.start.column}`;
  const fix = f.fix?.safe ? (locale === "en" ? " (fixable)" : "（可自动修复）") : "";
  return `| ${where} | ${SEVERITY_LABEL[locale][f.severity]} | ${escapeMarkdown(CATEGORY_LABEL[locale][f.category])} \`${f.ruleId}\` | ${escapeMarkdown(f.message)}${fix} |`;
}
