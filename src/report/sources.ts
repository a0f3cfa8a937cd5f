/**
 * The source texts behind a report. The JSON report does not carry the text,
 * but some formats need it: the HTML report shows each finding in context,
 * rdjson and GitHub annotations convert UTF-16 columns into the unit their
 * consumer counts. A text is used only when it is provably the text the
 * report was made from: every finding's fingerprint is recomputed on it.
 */
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { decodeSource, ENCODINGS, type Encoding } from "../engine/source.js";
import { fingerprintFor } from "./fingerprint.js";
import type { FileReport, Report } from "./types.js";

/** Report path → decoded text (BOM removed, as the offsets expect). */
export type SourceTexts = ReadonlyMap<string, string>;

/** Whether `text` is the text `file` was linted from (all fingerprints agree). */
export function matchesReport(file: FileReport, text: string): boolean {
  return file.findings.every((f) => {
    const [start, end] = [f.range.start.offset, f.range.end.offset];
    if (end > text.length) return false;
    return f.fingerprint.replace(/-\d+$/u, "") === fingerprintFor(f.ruleId, f.messageId, text, start, end);
  });
}

/**
 * Read the files named in `report` (relative paths against `cwd`). Files that
 * are missing, unreadable, skipped or changed since the report are left out:
 * formats then show no context.
 */
export function loadSources(report: Report, cwd: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of report.files) {
    if (file.skipped) continue;
    const path = isAbsolute(file.path) ? file.path : resolve(cwd, file.path);
    if (!existsSync(path)) continue;
    const encoding = ENCODINGS.find((e) => e === file.encoding) as Encoding | undefined;
    if (!encoding) continue;
    try {
      const source = decodeSource(readFileSync(path), path, { encoding });
      if (!source.skipped && matchesReport(file, source.text)) texts.set(file.path, source.text);
    } catch {
      // Unreadable or no longer UTF-8: no context for this file.
    }
  }
  return texts;
}
