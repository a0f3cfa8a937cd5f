/**
 * Merge gating: whether a report fails the run. The CLI maps a failed gate to
 * exit code 1 (see README, "CI and gating").
 */
import { SEVERITIES, type Severity } from "../report/categories.js";
import type { Report } from "../report/types.js";

export interface GateOptions {
  /** Lowest severity that fails (default "error"). */
  failOn?: Severity;
  /** Fail when there are more warnings than this. */
  maxWarnings?: number;
  /** Fail when any file's integrity score is below this. */
  minScore?: number;
}

export interface GateResult {
  failed: boolean;
  /** One line per breached condition, for stderr. */
  reasons: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function evaluateGate(report: Report, options: GateOptions = {}): GateResult {
  const failOn = options.failOn ?? "error";
  const reasons: string[] = [];
  const failing = SEVERITIES.filter((s) => RANK[s] >= RANK[failOn]).filter((s) => report.summary.bySeverity[s] > 0);
  if (failing.length > 0) {
    reasons.push(`${failing.map((s) => `${report.summary.bySeverity[s]} ${s}`).join(", ")} finding(s) at or above --fail-on ${failOn}`);
  }
  if (options.maxWarnings !== undefined && report.summary.bySeverity.warning > options.maxWarnings) {
    reasons.push(`${report.summary.bySeverity.warning} warning(s), more than --max-warnings ${options.maxWarnings}`);
  }
  if (options.minScore !== undefined) {
    for (const file of report.files) {
      if (!file.skipped && file.integrityScore < options.minScore) {
        reasons.push(`${file.path}: integrity score ${file.integrityScore} below --min-score ${options.minScore}`);
      }
    }
  }
  return { failed: reasons.length > 0, reasons };
}
