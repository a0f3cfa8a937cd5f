/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, VS Code SARIF
 * viewer…). Columns and character offsets count UTF-16 code units, stated as
 * `run.columnKind: "utf16CodeUnits"`; regions carry both line/column and
 * charOffset/charLength. Safe fixes and unsafe suggestions become SARIF fixes
 * (replacements with a deletedRegion and insertedContent).
 */
import type * as Sarif from "sarif";
import { pathToFileURL } from "node:url";
import { isAbsolute } from "node:path";
import { findRule } from "../../../rules/index.js";
import type { Severity } from "../categories.js";
import type { Edit, FileReport, Finding, Range, Report } from "../types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const LEVEL: Record<Severity, Sarif.Result.level> = { error: "error", warning: "warning", info: "note" };
const SRCROOT = "%SRCROOT%";

/** A report path as a SARIF artifact location: relative paths against %SRCROOT%, absolute ones as file: URLs. */
export function artifactLocation(path: string, index?: number): Sarif.ArtifactLocation {
  const location: Sarif.ArtifactLocation = isAbsolute(path)
    ? { uri: pathToFileURL(path).href }
    : { uri: path.split(/[\\/]/u).map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
  if (index !== undefined) location.index = index;
  return location;
}

function region(range: Range): Sarif.Region {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
    charOffset: range.start.offset,
    charLength: range.end.offset - range.start.offset,
  };
}

function fix(description: string, edit: Edit, location: Sarif.ArtifactLocation): Sarif.Fix {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: [{ deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] }, insertedContent: { text: edit.text } }],
      },
    ],
  };
}

function ruleDescriptor(id: string, locale: Report["locale"]): Sarif.ReportingDescriptor {
  const rule = findRule(id)?.meta;
  if (!rule) return { id, shortDescription: { text: id } };
  const readme = `rules/${id}/README.md`;
  const short = locale === "en" ? rule.description.en : rule.description.zh;
  return {
    id,
    shortDescription: { text: short },
    fullDescription: { text: `${rule.description.zh}\n${rule.description.en}` },
    help: {
      text: `${short}\nOptions, examples and deliberate exceptions: ${readme} in the jiaodui package.`,
      markdown: `${short}\n\nOptions, examples and deliberate exceptions: \`${readme}\` in the jiaodui package.`,
    },
    properties: { tags: [...rule.categories], categories: [...rule.categories], fixable: rule.fixable, readme },
  };
}

function result(finding: Finding, file: FileReport, fileIndex: number, ruleIndex: number, locale: Report["locale"]): Sarif.Result {
  const location = artifactLocation(file.path, fileIndex);
  const out: Sarif.Result = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: location, region: region(finding.range) } }],
    partialFingerprints: { "jiaodui/v1": finding.fingerprint },
    properties: { category: finding.category, messageId: finding.messageId, confidence: finding.confidence, document: finding.document },
  };
  if (finding.related.length > 0) {
    out.relatedLocations = finding.related.map((related, id) => ({
      id,
      message: { text: related.message },
      physicalLocation: { artifactLocation: location, region: region(related.range) },
    }));
  }
  const fixes: Sarif.Fix[] = [];
  if (finding.fix) {
    const kind = finding.fix.safe ? (locale === "en" ? "safe fix, applied by jiaodui lint --fix" : "安全修复，jiaodui lint --fix 会自动应用") : locale === "en" ? "needs review" : "需人工确认";
    fixes.push(fix(`${kind}: ${finding.message}`, finding.fix, location));
  }
  for (const suggestion of finding.suggestions) fixes.push(fix(`${locale === "en" ? "needs review" : "需人工确认"}: ${suggestion.message}`, suggestion.fix, location));
  if (fixes.length > 0) out.fixes = fixes;
  return out;
}

export function toSarif(report: Report): Sarif.Log {
  const ruleIds = [...new Set([...report.rules, ...report.files.flatMap((f) => f.findings.map((x) => x.ruleId))])];
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "jiaodui",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            language: report.locale,
            rules: ruleIds.map((id) => ruleDescriptor(id, report.locale)),
          },
        },
        language: report.locale,
        columnKind: "utf16CodeUnits",
        artifacts: report.files.map((file) => ({
          location: artifactLocation(file.path),
          encoding: "utf-8",
          properties: { integrityScore: file.integrityScore, characters: file.characters, ...(file.skipped ? { skipped: file.skipped } : {}) },
        })),
        results: report.files.flatMap((file, fileIndex) => file.findings.map((f) => result(f, file, fileIndex, ruleIndex.get(f.ruleId)!, report.locale))),
        properties: { reportSchemaVersion: report.schemaVersion, integrityScore: report.summary.integrityScore },
      },
    ],
  };
}

export function formatSarif(report: Report): string {
  return JSON.stringify(toSarif(report), null, 2) + "\n";
}
