/** Builds the report contract (src/schemas/report.schema.json) from linted files. */
import { lexiconInfo } from "../cjk/lexicon.js";
import { LineIndex } from "../doc/lines.js";
import type { LintedText } from "../engine/engine.js";
import { PACKAGE_VERSION } from "../paths.js";
import type { Locale } from "./categories.js";
import { countCharacters, integrityScore } from "./score.js";
import type { Counts, FileReport, Finding, Report } from "./types.js";

export const SCHEMA_VERSION = "1.0.0";

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { findings: findings.length, bySeverity: { error: 0, warning: 0, info: 0 }, byCategory: {}, fixable: 0 };
  for (const f of findings) {
    counts.bySeverity[f.severity]++;
    counts.byCategory[f.category] = (counts.byCategory[f.category] ?? 0) + 1;
    if (f.fix?.safe) counts.fixable++;
  }
  return counts;
}

export function fileReport(linted: LintedText, displayPath = linted.source.path): FileReport {
  const { source, findings } = linted;
  const lines = new LineIndex(source.text);
  const characters = countCharacters(source.text);
  const documents = linted.documents.map((doc) => {
    const docFindings = findings.filter((f) => f.document === doc.index);
    const docCharacters = countCharacters(source.text.slice(doc.start, doc.end));
    return {
      index: doc.index,
      title: doc.title,
      range: { start: lines.position(doc.start), end: lines.position(doc.end) },
      characters: docCharacters,
      integrityScore: integrityScore(docFindings, docCharacters),
      counts: countFindings(docFindings),
    };
  });
  const report: FileReport = {
    path: displayPath,
    parser: linted.syntax,
    encoding: source.encoding,
    bom: source.bom,
    eol: source.eol,
    characters,
    integrityScore: integrityScore(findings, characters),
    counts: countFindings(findings),
    documents,
    findings,
  };
  if (source.skipped) report.skipped = source.skipped;
  return report;
}

export function buildReport(files: FileReport[], rules: readonly string[], locale: Locale): Report {
  const all = files.flatMap((f) => f.findings);
  const characters = files.reduce((sum, f) => sum + f.characters, 0);
  const lexicon = lexiconInfo();
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: "jiaodui", version: PACKAGE_VERSION },
    lexicon: lexicon ?? null,
    model: null,
    locale,
    positionEncoding: "utf-16",
    rules: [...rules],
    summary: {
      files: files.length,
      documents: files.reduce((sum, f) => sum + f.documents.length, 0),
      characters,
      integrityScore: integrityScore(all, characters),
      ...countFindings(all),
    },
    files,
  };
}
