/**
 * The one fix pipeline every rule's safe fix goes through: collect the safe
 * fixes of all rules, apply those that do not overlap, lint again, and repeat
 * until nothing changes. Plain textlint applies one pass per rule and silently
 * drops overlapping fixes; here a fix that never gets applied is reported.
 */
import { FixSafetyError } from "../errors.js";
import type { Edit, Finding } from "../report/types.js";

export interface AppliedEdits {
  output: string;
  applied: Edit[];
  /** Edits skipped because they overlap an earlier one (retried on the next pass). */
  deferred: Edit[];
}

/** Apply non-overlapping edits (earliest first; on overlap the later one waits). */
export function applyEdits(text: string, edits: readonly Edit[]): AppliedEdits {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const applied: Edit[] = [];
  const deferred: Edit[] = [];
  let cursor = 0;
  let output = "";
  for (const edit of sorted) {
    const [start, end] = edit.range;
    if (start < 0 || end > text.length || start > end) throw new FixSafetyError(`fix range [${start}, ${end}) lies outside the text`);
    const last = applied[applied.length - 1];
    // Two insertions at the same point, or any intersection, conflict.
    if (start < cursor || (last && start === cursor && start === end && last.range[0] === last.range[1] && last.range[0] === start)) {
      deferred.push(edit);
      continue;
    }
    output += text.slice(cursor, start) + edit.text;
    cursor = end;
    applied.push(edit);
  }
  output += text.slice(cursor);
  verifyOnlyDeclaredChanges(text, output, applied);
  return { output, applied, deferred };
}

/**
 * The guard before anything is written: walking both texts, everything outside
 * the declared edits must be identical. Throws FixSafetyError otherwise.
 */
export function verifyOnlyDeclaredChanges(before: string, after: string, edits: readonly Edit[]): void {
  let b = 0;
  let a = 0;
  for (const edit of edits) {
    const kept = edit.range[0] - b;
    if (before.slice(b, edit.range[0]) !== after.slice(a, a + kept)) throw new FixSafetyError("a fix changed text outside its declared range; nothing was written");
    a += kept;
    if (after.slice(a, a + edit.text.length) !== edit.text) throw new FixSafetyError("a fix did not write its declared text; nothing was written");
    a += edit.text.length;
    b = edit.range[1];
  }
  if (before.slice(b) !== after.slice(a)) throw new FixSafetyError("a fix changed text outside its declared range; nothing was written");
}

export interface FixOutcome {
  output: string;
  /** Findings whose fix was applied, in the pass they were applied. */
  applied: Finding[];
  /** Safe fixes still pending after the last pass (conflicting or oscillating). */
  unapplied: Finding[];
  passes: number;
}

export const MAX_FIX_PASSES = 10;

/** Lint, apply safe fixes, re-lint until a fixed point. */
export async function fixToFixedPoint(text: string, lint: (text: string) => Promise<Finding[]>): Promise<FixOutcome> {
  const applied: Finding[] = [];
  let current = text;
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    const fixable = (await lint(current)).filter((f) => f.fix?.safe);
    if (fixable.length === 0) return { output: current, applied, unapplied: [], passes: pass - 1 };
    const byEdit = new Map(fixable.map((f) => [f.fix!, f]));
    const result = applyEdits(current, [...byEdit.keys()]);
    if (result.output === current) return { output: current, applied, unapplied: fixable, passes: pass };
    applied.push(...result.applied.map((edit) => byEdit.get(edit)!));
    current = result.output;
  }
  const unapplied = (await lint(current)).filter((f) => f.fix?.safe);
  return { output: current, applied, unapplied, passes: MAX_FIX_PASSES };
}
