/**
 * Finding fingerprints, stable across unrelated edits: they hash the rule, the
 * message id and the text around the span (white space removed), never line
 * numbers or offsets. Identical artefacts in identical context get -1, -2….
 */
import { createHash } from "node:crypto";

const CONTEXT = 12;

export function fingerprintFor(ruleId: string, messageId: string, text: string, start: number, end: number): string {
  const around = text.slice(Math.max(0, start - CONTEXT), start) + "\u0000" + text.slice(start, end) + "\u0000" + text.slice(end, end + CONTEXT);
  return createHash("sha256").update(`${ruleId}\u0001${messageId}\u0001${around.replace(/\s+/gu, "")}`).digest("hex").slice(0, 16);
}

/** Give every finding a unique fingerprint within its file, in document order. */
export function assignFingerprints<T extends { fingerprint: string }>(findings: T[]): void {
  const seen = new Map<string, number>();
  for (const finding of findings) {
    const n = seen.get(finding.fingerprint) ?? 0;
    seen.set(finding.fingerprint, n + 1);
    if (n > 0) finding.fingerprint = `${finding.fingerprint}-${n}`;
  }
}
