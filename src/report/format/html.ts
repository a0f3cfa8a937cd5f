/**
 * The HTML report: one self-contained file (inline style sheet and script, no
 * network) to review the findings before publication. At the top the totals,
 * the integrity score of every document (with its formula), a table and an
 * SVG chart by category; then every finding with its location, category,
 * rule, severity, message, the span in its context, the fix as before/after
 * with a safe/unsafe badge, and related locations. Filters by category and
 * severity; prints cleanly.
 *
 * The documents are untrusted: their text only ever enters text nodes and
 * attribute values, which hast-util-to-html escapes, and the embedded JSON
 * report cannot close its <script> element. A Content-Security-Policy allows
 * the inline style sheet and script by hash and nothing else.
 */
import type { Element, ElementContent, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { CATEGORIES, SEVERITIES, type Locale } from "../categories.js";
import type { SourceTexts } from "../sources.js";
import type { FileReport, Finding, Report } from "../types.js";
import { CONTENT_SECURITY_POLICY, inlineJson, SCRIPT, STYLE } from "./html-assets.js";
import { categoryChart } from "./html-chart.js";
import { bareEditRows, contextSnippet, editRows } from "./html-snippets.js";
import { CATEGORY_LABEL, SEVERITY_LABEL, TEXT, scoreFormula } from "./labels.js";

type Labels = (typeof TEXT)[Locale];

function scoreClass(score: number): string {
  return score >= 90 ? "score-good" : score >= 60 ? "score-fair" : "score-poor";
}

/** Anchor id of a finding: file index and finding index. */
export function findingId(fileIndex: number, findingIndex: number): string {
  return `f${fileIndex}-${findingIndex}`;
}

function totals(report: Report, t: Labels, locale: Locale): Element {
  const { summary } = report;
  const sev = SEVERITY_LABEL[locale];
  const items: [string, string, string | number, string?][] = [
    ["files", t.files, summary.files],
    ["documents", t.documents, summary.documents],
    ["characters", t.characters, summary.characters],
    ["findings", t.findings, summary.findings],
    ["error", sev.error, summary.bySeverity.error],
    ["warning", sev.warning, summary.bySeverity.warning],
    ["info", sev.info, summary.bySeverity.info],
    ["fixable", t.fixable, summary.fixable],
    ["score", t.score, summary.integrityScore, scoreClass(summary.integrityScore)],
  ];
  return h(
    "dl.totals",
    items.map(([key, label, value, cls]) => h("div", [h("dt", label), h("dd", { "data-stat": key, className: cls ? [cls] : undefined }, String(value))])),
  );
}

function documentTable(report: Report, t: Labels, locale: Locale): Element {
  const sev = SEVERITY_LABEL[locale];
  const num = (value: number | string, attrs: Record<string, string> = {}) => h("td.num", attrs, String(value));
  return h("table.documents", [
    h("thead", h("tr", [h("th", t.files), h("th", t.document), h("th.num", t.characters), h("th.num", t.findings), ...SEVERITIES.map((s) => h("th.num", sev[s])), h("th.num", t.score)])),
    h(
      "tbody",
      report.files.flatMap((file, fileIndex) =>
        file.skipped
          ? [h("tr", [h("td", file.path), h("td", { colSpan: 7 }, `${t.skipped}: ${file.skipped}`)])]
          : file.documents.map((doc) =>
              h("tr", { "data-file": String(fileIndex), "data-document": String(doc.index) }, [
                h("td", h("a", { href: `#file-${fileIndex}` }, file.path)),
                h("td", doc.title ?? `#${doc.index + 1}`),
                num(doc.characters),
                num(doc.counts.findings),
                ...SEVERITIES.map((s) => num(doc.counts.bySeverity[s])),
                h("td.num", { "data-doc-score": "", className: [scoreClass(doc.integrityScore)] }, String(doc.integrityScore)),
              ]),
            ),
      ),
    ),
  ]);
}

function categoryTable(report: Report, t: Labels, locale: Locale): Element | null {
  const all = report.files.flatMap((f) => f.findings);
  const categories = CATEGORIES.filter((c) => (report.summary.byCategory[c] ?? 0) > 0);
  if (categories.length === 0) return null;
  const sev = SEVERITY_LABEL[locale];
  return h("table.categories", [
    h("thead", h("tr", [h("th", t.category), ...SEVERITIES.map((s) => h("th.num", sev[s])), h("th.num", t.total)])),
    h(
      "tbody",
      categories.map((c) =>
        h("tr", { "data-category": c }, [
          h("td", [CATEGORY_LABEL[locale][c], " ", h("code", c)]),
          ...SEVERITIES.map((s) => h("td.num", String(all.filter((f) => f.category === c && f.severity === s).length))),
          h("td.num", { "data-count": "" }, String(report.summary.byCategory[c])),
        ]),
      ),
    ),
  ]);
}

function filters(report: Report, t: Labels, locale: Locale): Element {
  const button = (group: string, value: string, label: string, count: number) =>
    h("button", { type: "button", "data-filter": group, "data-value": value, ariaPressed: value === "" ? "true" : "false" }, `${label} (${count})`);
  const { summary } = report;
  return h("nav#filters", { hidden: true, ariaLabel: locale === "en" ? "Filters" : "筛选" }, [
    h("div.group", [
      h("span.label", t.category),
      button("category", "", t.all, summary.findings),
      ...CATEGORIES.filter((c) => (summary.byCategory[c] ?? 0) > 0).map((c) => button("category", c, CATEGORY_LABEL[locale][c], summary.byCategory[c]!)),
    ]),
    h("div.group", [
      h("span.label", t.severity),
      button("severity", "", t.all, summary.findings),
      ...SEVERITIES.filter((s) => summary.bySeverity[s] > 0).map((s) => button("severity", s, SEVERITY_LABEL[locale][s], summary.bySeverity[s])),
    ]),
    h("output#shown", { "data-template": `${t.shown} {n} / {total}` }, `${t.shown} ${summary.findings} / ${summary.findings}`),
  ]);
}

function findingArticle(file: FileReport, fileIndex: number, f: Finding, index: number, text: string | undefined, t: Labels, locale: Locale): Element {
  const id = findingId(fileIndex, index);
  const badge = f.fix ? (f.fix.safe ? h("span.badge.safe", t.safe) : h("span.badge.unsafe", t.unsafe)) : f.suggestions.length > 0 ? h("span.badge.unsafe", t.unsafe) : h("span.badge.none", t.noFix);
  const body: ElementContent[] = [
    h("header", [
      h("a.loc", { href: `#${id}`, title: `${file.path}:${f.range.start.line}:${f.range.start.column}` }, `${f.range.start.line}:${f.range.start.column}`),
      h(`span.badge.${f.severity}`, SEVERITY_LABEL[locale][f.severity]),
      h("span.cat", [CATEGORY_LABEL[locale][f.category], " ", h("code", f.category)]),
      h("span.rule", [`${t.rule} `, h("code", `${f.ruleId}/${f.messageId}`)]),
      badge,
    ]),
    h("p.msg", f.message),
  ];
  if (text !== undefined) body.push(contextSnippet(text, f.range.start.offset, f.range.end.offset));
  const edits: { edit: NonNullable<Finding["fix"]>; message?: string }[] = [];
  if (f.fix) edits.push({ edit: f.fix });
  for (const suggestion of f.suggestions) edits.push({ edit: suggestion.fix, message: suggestion.message });
  for (const { edit, message } of edits) {
    const label = message ? t.suggestion : t.fix;
    const head: (ElementContent | string)[] = [edit.safe ? h("span.badge.safe", t.safe) : h("span.badge.unsafe", t.unsafe)];
    if (message) head.push(" ", message);
    body.push(h("div.fix", { "data-safe": String(edit.safe) }, [h("span.lbl", label), h("span", head), ...(text !== undefined ? editRows(text, edit, t) : bareEditRows(edit, t))]));
  }
  if (f.related.length > 0) {
    body.push(
      h("div.lbl", t.related),
      h(
        "ul.related",
        f.related.map((related, r) =>
          h("li", { id: `${id}-r${r}` }, [
            h("a.loc", { href: `#${id}-r${r}` }, `${related.range.start.line}:${related.range.start.column}`),
            " ",
            related.message,
            ...(text !== undefined ? [contextSnippet(text, related.range.start.offset, related.range.end.offset, 15)] : []),
          ]),
        ),
      ),
    );
  }
  return h(`article.finding.${f.severity}`, { id, "data-category": f.category, "data-severity": f.severity, "data-rule": f.ruleId }, body);
}

function fileSection(file: FileReport, fileIndex: number, text: string | undefined, t: Labels, locale: Locale): Element {
  const head: ElementContent[] = [
    h("h3", file.path),
    h("p.meta", `${t.characters} ${file.characters} · ${t.findings} ${file.counts.findings} · ${t.score} ${file.integrityScore} · ${file.parser} · ${file.encoding}${file.bom ? " BOM" : ""} · ${file.eol}`),
  ];
  if (file.skipped) head.push(h("p.note", `${t.skipped}: ${file.skipped}`));
  else if (file.findings.length === 0) head.push(h("p.note", t.none));
  else if (text === undefined) head.push(h("p.note", t.noContext));
  return h("section.file", { id: `file-${fileIndex}` }, [...head, ...file.findings.map((f, i) => findingArticle(file, fileIndex, f, i, text, t, locale))]);
}

export function htmlTree(report: Report, sources: SourceTexts): Root {
  const locale = report.locale;
  const t = TEXT[locale];
  const chart = categoryChart(
    report.files.flatMap((f) => f.findings),
    locale,
  );
  const table = categoryTable(report, t, locale);
  const lexicon = report.lexicon ? ` · lexicon ${report.lexicon.source} (${report.lexicon.words})` : "";
  return {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: "zh-CN" }, [
        h("head", [
          h("meta", { charSet: "utf-8" }),
          h("meta", { httpEquiv: "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("meta", { name: "generator", content: `jiaodui ${report.tool.version}` }),
          h("title", `jiaodui ${t.title}`),
          h("style", STYLE),
        ]),
        h("body", [
          h("header", [
            h("h1", `jiaodui ${t.title}`),
            h("p.meta", `jiaodui ${report.tool.version} · report schema ${report.schemaVersion}${lexicon} · ${t.rule}: ${report.rules.join(", ")}`),
            h("p.meta", t.units),
          ]),
          h("section#summary", [
            totals(report, t, locale),
            documentTable(report, t, locale),
            h("section#score-formula", [h("h3", t.scoreHelp), h("ul.note", scoreFormula(locale).map((line) => h("li", line)))]),
            ...(table ? [h("h3", t.byCategory), table] : []),
            ...(chart ? [chart] : []),
          ]),
          h("h2", t.findings),
          filters(report, t, locale),
          h(
            "div#findings",
            report.files.map((file, i) => fileSection(file, i, sources.get(file.path), t, locale)),
          ),
          h("footer", `jiaodui ${report.tool.version}`),
          h("script#jiaodui-report", { type: "application/json" }, inlineJson(report)),
          h("script", SCRIPT),
        ]),
      ]),
    ],
  };
}

export function formatHtml(report: Report, sources: SourceTexts): string {
  return toHtml(htmlTree(report, sources)) + "\n";
}
