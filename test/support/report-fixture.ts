/**
 * A hand-made report over hostile text, for the format tests: astral
 * ideographs before a span (UTF-16, UTF-8 and code-point columns differ),
 * markup and `</script>` inside the document and the messages, Markdown and
 * workflow-command metacharacters, a safe fix, an unsafe fix with
 * suggestions, and a related location. Fingerprints are real, so the text is
 * recognised as the report's source.
 */
import { countFindings, SCHEMA_VERSION } from "../../src/report/build.js";
import type { Category, Severity } from "../../src/report/categories.js";
import { assignFingerprints, fingerprintFor } from "../../src/report/fingerprint.js";
import { countCharacters, integrityScore } from "../../src/report/score.js";
import type { Edit, FileReport, Finding, Report } from "../../src/report/types.js";
import { LineIndex } from "../../src/doc/lines.js";

export const HOSTILE_PATH = "docs/恶意 文档.txt";

export const HOSTILE_TEXT = [
  "# 标题</script><script>alert(1)</script>",
  "𠀀𠀁破坏国际地区安全 and 全球战略稳定。<img src=x onerror=alert(2)>",
  "第一段结束于不断拓",
  "",
  "展海外公民。| * _ @octocat [link](http://evil.example) 100%",
  "",
].join("\n");

interface Spec {
  ruleId: string;
  messageId: string;
  category: Category;
  severity: Severity;
  message: string;
  span: string;
  occurrence?: number;
  fix?: { span: string; text: string; safe: boolean };
  suggestions?: { message: string; span: string; text: string }[];
  related?: { message: string; span: string }[];
}

function locate(text: string, span: string): [number, number] {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`fixture: ${span} not in text`);
  return [start, start + span.length];
}

export function findingsFor(text: string, specs: Spec[]): Finding[] {
  const lines = new LineIndex(text);
  const range = ([start, end]: [number, number]) => ({ start: lines.position(start), end: lines.position(end) });
  const edit = (span: string, replacement: string, safe: boolean): Edit => ({ range: locate(text, span), text: replacement, safe });
  const findings = specs.map((spec): Finding => {
    const [start, end] = locate(text, spec.span);
    const finding: Finding = {
      ruleId: spec.ruleId,
      category: spec.category,
      severity: spec.severity,
      confidence: 0.9,
      message: spec.message,
      messageId: spec.messageId,
      range: range([start, end]),
      suggestions: (spec.suggestions ?? []).map((s) => ({ message: s.message, fix: edit(s.span, s.text, false) })),
      related: (spec.related ?? []).map((r) => ({ message: r.message, range: range(locate(text, r.span)) })),
      fingerprint: fingerprintFor(spec.ruleId, spec.messageId, text, start, end),
      document: 0,
    };
    if (spec.fix) finding.fix = edit(spec.fix.span, spec.fix.text, spec.fix.safe);
    return finding;
  });
  assignFingerprints(findings);
  return findings;
}

export function fileReportFor(path: string, text: string, findings: Finding[]): FileReport {
  const characters = countCharacters(text);
  const lines = new LineIndex(text);
  return {
    path,
    parser: "text",
    encoding: "utf-8",
    bom: false,
    eol: "lf",
    characters,
    integrityScore: integrityScore(findings, characters),
    counts: countFindings(findings),
    documents: [
      {
        index: 0,
        title: "标题</script><script>alert(1)</script>",
        range: { start: lines.position(0), end: lines.position(text.length) },
        characters,
        integrityScore: integrityScore(findings, characters),
        counts: countFindings(findings),
      },
    ],
    findings,
  };
}

export function reportOf(files: FileReport[], locale: Report["locale"] = "zh-CN"): Report {
  const all = files.flatMap((f) => f.findings);
  const characters = files.reduce((n, f) => n + f.characters, 0);
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "jiaodui", version: "0.0.0-test" },
    lexicon: null,
    model: null,
    locale,
    positionEncoding: "utf-16",
    rules: ["stray-latin", "markup", "misplaced-fragment"],
    summary: { files: files.length, documents: files.reduce((n, f) => n + f.documents.length, 0), characters, integrityScore: integrityScore(all, characters), ...countFindings(all) },
    files,
  };
}

export const HOSTILE_FINDINGS: Spec[] = [
  {
    ruleId: "stray-latin",
    messageId: "strayConjunction",
    category: "stray-latin",
    severity: "error",
    message: "中文句子中夹有英文词“and”，应为“和”。",
    span: " and ",
    fix: { span: " and ", text: "和", safe: true },
  },
  {
    ruleId: "markup",
    messageId: "htmlTag",
    category: "markup",
    severity: "warning",
    message: "残留 HTML 标签 <img src=x onerror=alert(2)></script><script>alert(3)</script> | *强调* @octocat 100%: a, b\nline",
    span: "<img src=x onerror=alert(2)>",
    fix: { span: "<img src=x onerror=alert(2)>", text: "", safe: false },
    suggestions: [{ message: "保留为文字 <b>x</b>", span: "<img src=x onerror=alert(2)>", text: "&lt;img&gt;" }],
  },
  {
    ruleId: "misplaced-fragment",
    messageId: "displaced",
    category: "misplaced-fragment",
    severity: "info",
    message: "片段“展海外公民”疑似错位",
    span: "不断拓",
    related: [{ message: "片段应接在这里 <i>", span: "展海外公民" }],
  },
];

/** The hostile report and its source text. */
export function hostileReport(locale: Report["locale"] = "zh-CN"): { report: Report; sources: Map<string, string> } {
  const findings = findingsFor(HOSTILE_TEXT, HOSTILE_FINDINGS);
  return { report: reportOf([fileReportFor(HOSTILE_PATH, HOSTILE_TEXT, findings)], locale), sources: new Map([[HOSTILE_PATH, HOSTILE_TEXT]]) };
}
