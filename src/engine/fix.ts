/**
 * The one fix pipeline every rule's safe fix goes through: collect the safe
 * fixes of all rules, apply those that do not overlap, lint again, and repeat
 * until nothing changes. Plain textlint applies one pass per rule and silently
 * drops overlapping fixes; here a fix that never gets applied is reported.
 */
import { codePointLabel } from "../cjk/codepoints.js";
import { isWhiteSpaceCode } from "../cjk/spaces.js";
import { FixSafetyError, UsageError } from "../errors.js";
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
 * The guard before anything is written, two independent checks:
 *
 * 1. walking both texts, everything outside the declared edits must be
 *    identical and each edit must have written exactly its declared text;
 * 2. a content balance that does not depend on the walk: for every
 *    non-white-space character, its count before, minus what the edits
 *    removed, plus what they inserted, must equal its count after — so no
 *    character outside the edits can have been lost or duplicated even if the
 *    edits were mis-ordered or overlapped.
 *
 * Throws FixSafetyError (nothing is written) otherwise.
 */
export function verifyOnlyDeclaredChanges(before: string, after: string, edits: readonly Edit[]): void {
  let b = 0;
  let a = 0;
  for (const edit of edits) {
    const [start, end] = edit.range;
    if (start < b || end < start || end > before.length) {
      throw new FixSafetyError(`fix edits overlap or are out of order at [${start}, ${end}); nothing was written`);
    }
    const kept = start - b;
    if (before.slice(b, start) !== after.slice(a, a + kept)) throw new FixSafetyError(changedOutside(before, b + firstDifference(before.slice(b, start), after.slice(a, a + kept))));
    a += kept;
    if (after.slice(a, a + edit.text.length) !== edit.text) throw new FixSafetyError(`a fix did not write its declared text at offset ${start}; nothing was written`);
    a += edit.text.length;
    b = end;
  }
  if (before.slice(b) !== after.slice(a)) throw new FixSafetyError(changedOutside(before, b + firstDifference(before.slice(b), after.slice(a))));
  verifyContentBalance(before, after, edits);
}

/** Check 2 of verifyOnlyDeclaredChanges: the multiset of non-white-space characters balances. */
export function verifyContentBalance(before: string, after: string, edits: readonly Edit[]): void {
  const balance = new Map<number, number>();
  const add = (text: string, sign: number) => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (!isWhiteSpaceCode(code)) balance.set(code, (balance.get(code) ?? 0) + sign);
    }
  };
  add(before, 1);
  for (const edit of edits) {
    add(before.slice(edit.range[0], edit.range[1]), -1);
    add(edit.text, 1);
  }
  add(after, -1);
  for (const [code, n] of balance) {
    if (n !== 0) {
      const name = codePointLabel(code);
      const char = code >= 0xd800 && code <= 0xdfff ? "" : `"${String.fromCharCode(code)}" `;
      throw new FixSafetyError(`a fix would ${n > 0 ? "lose" : "add"} ${char}(${name}) outside its declared edits; nothing was written`);
    }
  }
}

function firstDifference(x: string, y: string): number {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

function changedOutside(before: string, offset: number): string {
  const line = before.slice(0, offset).split(/\r\n|\r|\n/u).length;
  return `a fix changed text outside its declared edits (line ${line}, offset ${offset}); nothing was written`;
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

/**
 * Reviewed fixes: `jiaodui fix --apply <selector…>` applies exactly the
 * findings named by fingerprint. A selector is `fingerprint` (the finding's
 * safe fix, else its first suggestion), `fingerprint:N` (suggestion N, 1-based)
 * or `fingerprint:fix` (the safe fix only).
 */
export interface Selector {
  fingerprint: string;
  /** Suggestion number (1-based), "fix" for the safe fix, undefined for the default choice. */
  choice?: number | "fix";
  /** As typed, for messages. */
  raw: string;
}

export function parseSelector(raw: string): Selector {
  const match = /^([0-9a-f]{16}(?:-[0-9]+)?)(?::(fix|[1-9][0-9]*))?$/u.exec(raw.trim());
  if (!match) throw new UsageError(`--apply ${raw}: 不是指纹 / not a fingerprint; expected <fingerprint>, <fingerprint>:<suggestion number> or <fingerprint>:fix (fingerprints are in the JSON report)`);
  const choice = match[2] === undefined ? undefined : match[2] === "fix" ? "fix" : Number(match[2]);
  return { fingerprint: match[1]!, choice, raw };
}

export interface SelectedEdit {
  selector: Selector;
  finding: Finding;
  edit: Edit;
}

/**
 * The edits `selectors` pick from one file's findings. Selectors whose
 * fingerprint is not among `findings` are left for the caller (they may name
 * another file); a selector that names a finding but a repair it does not have
 * is an error.
 */
export function selectEdits(findings: readonly Finding[], selectors: readonly Selector[]): SelectedEdit[] {
  const selected: SelectedEdit[] = [];
  for (const selector of selectors) {
    const finding = findings.find((f) => f.fingerprint === selector.fingerprint);
    if (!finding) continue;
    let edit: Edit | undefined;
    if (selector.choice === "fix") edit = finding.fix;
    else if (typeof selector.choice === "number") edit = finding.suggestions[selector.choice - 1]?.fix;
    else edit = finding.fix ?? finding.suggestions[0]?.fix;
    if (!edit) {
      const available = [finding.fix ? "fix" : "", ...finding.suggestions.map((_, i) => String(i + 1))].filter(Boolean);
      throw new UsageError(
        `--apply ${selector.raw}: 该发现没有此修复 / finding ${selector.fingerprint} (${finding.ruleId}) has no such repair; available: ${available.length > 0 ? available.join(", ") : "none"}`,
      );
    }
    selected.push({ selector, finding, edit });
  }
  return selected;
}

/** Apply reviewed edits in one pass through the guard; overlapping selections are refused, not deferred. */
export function applySelected(text: string, selected: readonly SelectedEdit[]): string {
  const result = applyEdits(text, selected.map((s) => s.edit));
  if (result.deferred.length > 0) {
    const clash = selected.filter((s) => result.deferred.includes(s.edit)).map((s) => s.selector.raw);
    throw new FixSafetyError(`--apply: 所选修复相互重叠 / the selected repairs overlap (${clash.join(", ")}); apply them one at a time; nothing was written`);
  }
  return result.output;
}
