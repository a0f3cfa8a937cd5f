/** TypeScript view of the report contract; src/report/report.schema.json is the source of truth. */
import type { Category, Locale, Severity } from "./categories.js";

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
  /** 0-based offset in UTF-16 code units into the decoded text (after any BOM). */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface Edit {
  /** [start, end) offsets in UTF-16 code units. */
  range: [number, number];
  text: string;
  /** Safe edits are applied by `--fix`; unsafe ones only after review. */
  safe: boolean;
}

export interface Suggestion {
  message: string;
  fix: Edit;
}

export interface RelatedLocation {
  message: string;
  range: Range;
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  message: string;
  messageId: string;
  range: Range;
  fix?: Edit;
  suggestions: Suggestion[];
  related: RelatedLocation[];
  /** Stable across unrelated edits: rule, message id and the text around the span. */
  fingerprint: string;
  /** Index into the file's `documents`. */
  document: number;
}

export type CategoryCounts = Partial<Record<Category, number>>;
export type SeverityCounts = Record<Severity, number>;

export interface Counts {
  findings: number;
  bySeverity: SeverityCounts;
  byCategory: CategoryCounts;
  fixable: number;
}

export interface DocumentSummary {
  index: number;
  title: string | null;
  range: Range;
  characters: number;
  integrityScore: number;
  counts: Counts;
}

export interface FileReport {
  path: string;
  parser: "markdown" | "text";
  encoding: string;
  bom: boolean;
  eol: "lf" | "crlf" | "cr" | "mixed" | "none";
  characters: number;
  integrityScore: number;
  counts: Counts;
  documents: DocumentSummary[];
  findings: Finding[];
  /** Why a file was not linted (binary, empty…); findings are then empty. */
  skipped?: string;
}

export interface Report {
  schemaVersion: string;
  tool: { name: "jiaodui"; version: string };
  lexicon: { source: string; version: string; words: number } | null;
  model: { name: string; version: string } | null;
  locale: Locale;
  positionEncoding: "utf-16";
  rules: string[];
  summary: Counts & { files: number; documents: number; characters: number; integrityScore: number };
  files: FileReport[];
}
