/**
 * Reviewdog Diagnostic Format (rdjson, the `DiagnosticResult` message of
 * reviewdog's proto/rdf/reviewdog.proto), for `reviewdog -f=rdjson`.
 *
 * Positions: lines from 1; **columns count UTF-8 bytes from 1**, as reviewdog's
 * Position message defines (in 'a𐐀b' the column of b is 6); ranges are
 * end-exclusive. Columns are converted from the report's UTF-16 units with the
 * source text; when the text is not available (a `--from` report whose files
 * are gone or changed) the ranges are line-wise and the suggestions, which
 * need exact columns, are left out.
 *
 * Every finding is one diagnostic with its real message, its rule code, its
 * severity, its exact range and, from the safe fix and the unsafe suggestions,
 * its suggested edits.
 */
import type { Severity } from "../categories.js";
import type { SourceTexts } from "../sources.js";
import type { Edit, Finding, Range, Report } from "../types.js";
import { columnIn, PositionMap } from "./positions.js";

const SEVERITY: Record<Severity, "ERROR" | "WARNING" | "INFO"> = { error: "ERROR", warning: "WARNING", info: "INFO" };

interface RdPosition {
  line: number;
  column?: number;
}
interface RdRange {
  start: RdPosition;
  end?: RdPosition;
}
interface RdDiagnostic {
  message: string;
  location: { path: string; range: RdRange };
  severity: "ERROR" | "WARNING" | "INFO";
  source: { name: string };
  code: { value: string };
  suggestions?: { range: RdRange; text: string }[];
}
export interface RdjsonResult {
  source: { name: string };
  severity?: "ERROR" | "WARNING" | "INFO";
  diagnostics: RdDiagnostic[];
}

function rangeOf(range: Range, text: string | undefined): RdRange {
  if (text === undefined) return { start: { line: range.start.line }, end: { line: range.end.line } };
  return {
    start: { line: range.start.line, column: columnIn(text, range.start, "utf-8") },
    end: { line: range.end.line, column: columnIn(text, range.end, "utf-8") },
  };
}

function suggestion(edit: Edit, positions: PositionMap): { range: RdRange; text: string } {
  return { range: { start: positions.at(edit.range[0], "utf-8"), end: positions.at(edit.range[1], "utf-8") }, text: edit.text };
}

function diagnostic(path: string, finding: Finding, text: string | undefined, positions: PositionMap | undefined): RdDiagnostic {
  const out: RdDiagnostic = {
    message: finding.message,
    location: { path, range: rangeOf(finding.range, text) },
    severity: SEVERITY[finding.severity],
    source: { name: "jiaodui" },
    code: { value: `${finding.ruleId}/${finding.messageId}` },
  };
  if (positions) {
    const edits = [...(finding.fix ? [finding.fix] : []), ...finding.suggestions.map((s) => s.fix)];
    if (edits.length > 0) out.suggestions = edits.map((edit) => suggestion(edit, positions));
  }
  return out;
}

export function toRdjson(report: Report, sources: SourceTexts): RdjsonResult {
  const diagnostics: RdDiagnostic[] = [];
  for (const file of report.files) {
    const text = sources.get(file.path);
    const positions = text === undefined ? undefined : new PositionMap(text);
    for (const finding of file.findings) diagnostics.push(diagnostic(file.path, finding, text, positions));
  }
  const { bySeverity } = report.summary;
  const result: RdjsonResult = { source: { name: "jiaodui" }, diagnostics };
  if (diagnostics.length > 0) result.severity = bySeverity.error > 0 ? "ERROR" : bySeverity.warning > 0 ? "WARNING" : "INFO";
  return result;
}

export function formatRdjson(report: Report, sources: SourceTexts): string {
  return JSON.stringify(toRdjson(report, sources), null, 2) + "\n";
}
