/**
 * `jiaodui repair`: the structural relocations (displaced fragments back to
 * the dangling tail they continue, the signature block displaced with them to
 * the document it closes, or deleted when that document already has the same
 * one), then every safe fix to a fixed point on the relocated text — so the
 * paragraph splits a relocation exposes are joined too.
 *
 * Relocations are never safe fixes (`lint --fix` does not run them): they
 * move whole paragraphs on the strength of a lexicon match. What makes them
 * acceptable here is the guard: the repaired text must hold exactly the
 * original's non-white-space characters, except for what was declared —
 * the safe fixes' replacements (and → 和), the deleted duplicate copies, and
 * table syntax (the pipes of rows that became paragraphs, the header of a
 * moved signature table). Anything else stops the repair (FixSafetyError,
 * nothing written).
 *
 * Text in, text and plan out; nothing here touches the file system.
 */
import { codePointLabel } from "../cjk/codepoints.js";
import { LineIndex } from "../doc/lines.js";
import { planRepairRelocation, type RepairPlan } from "../doc/signature-relocation.js";
import { FixSafetyError } from "../errors.js";
import type { Finding } from "../report/types.js";
import type { Engine } from "./engine.js";
import { applyEdits, fixToFixedPoint, type FixOutcome } from "./fix.js";
import type { SourceFile } from "./source.js";

/** A safe fix that was applied, as text removed and text inserted. */
export interface AppliedFix {
  ruleId: string;
  removed: string;
  inserted: string;
}

export interface RepairResult {
  /** The text repaired (the plan's offsets index it). */
  original: string;
  /** The repaired text. */
  output: string;
  /** The text after the relocations, before the safe fixes. */
  relocated: string;
  /** The relocation plan, computed on the original text (offsets index it). */
  plan: RepairPlan;
  fix: FixOutcome;
  fixes: AppliedFix[];
  /** Findings on the repaired text. */
  findings: Finding[];
  changed: boolean;
}

/** Repair one decoded document. Throws FixSafetyError when the result would lose or add a character. */
export async function repairSource(engine: Engine, source: SourceFile): Promise<RepairResult> {
  const original = source.text;
  const linted = await engine.lintSource(source);
  if (source.skipped) {
    const plan = planRepairRelocation([], "");
    return { original, output: original, relocated: original, plan, fix: { output: original, applied: [], unapplied: [], passes: 0 }, fixes: [], findings: [], changed: false };
  }
  // The engine's own parse: the documents hold every block, in order.
  const blocks = linted.documents.flatMap((document) => document.blocks);
  const plan = planRepairRelocation(blocks, original);

  // 1. Relocations, through the same edit guard as fixes (text outside the edits must not change).
  const moved = applyEdits(original, plan.edits.map((edit) => ({ ...edit, safe: false })));
  if (moved.deferred.length > 0) throw new FixSafetyError("the relocation plan has overlapping edits; nothing was written");
  const relocated = moved.output;
  verifyRepair(original, relocated, plan, []);

  // 2. Safe fixes to a fixed point on the relocated text; each pass's text is kept to name what a fix removed.
  const passText = new Map<Finding, string>();
  const fix = await fixToFixedPoint(relocated, async (text) => {
    const findings = (await engine.lintSource({ ...source, text })).findings;
    for (const finding of findings) if (finding.fix) passText.set(finding, text);
    return findings;
  });
  const fixes = fix.applied.map((finding) => ({
    ruleId: finding.ruleId,
    removed: passText.get(finding)!.slice(finding.fix!.range[0], finding.fix!.range[1]),
    inserted: finding.fix!.text,
  }));
  const output = fix.output;

  // 3. The guard on the whole repair, independent of how the edits were applied.
  verifyRepair(original, output, plan, fixes);
  const findings = output === original ? linted.findings : (await engine.lintSource({ ...source, text: output })).findings;
  return { original, output, relocated, plan, fix, fixes, findings, changed: output !== original };
}

/**
 * The repair's content check: for every non-white-space character, its count
 * in `before`, minus the table syntax removed, plus the table syntax written,
 * minus the deleted duplicate copies, minus what the fixes removed, plus what
 * they inserted, must equal its count in `after`. A deleted copy must also
 * hold the same characters as the original it duplicates.
 */
export function verifyRepair(before: string, after: string, plan: Pick<RepairPlan, "markup" | "duplicates">, fixes: readonly Pick<AppliedFix, "removed" | "inserted">[]): void {
  for (const duplicate of plan.duplicates) {
    const difference = firstImbalance(count(duplicate.removed, 1, count(duplicate.original, -1)));
    if (difference) throw new FixSafetyError(`repair: a deleted signature block is not a copy of the one kept (${describe(difference)}); nothing was written`);
  }
  const balance = count(before, 1);
  count(plan.markup.removed, -1, balance);
  count(plan.markup.inserted, 1, balance);
  for (const duplicate of plan.duplicates) count(duplicate.removed, -1, balance);
  for (const fix of fixes) {
    count(fix.removed, -1, balance);
    count(fix.inserted, 1, balance);
  }
  count(after, -1, balance);
  const difference = firstImbalance(balance);
  if (difference) {
    const [, n] = difference;
    throw new FixSafetyError(
      `修复会${n > 0 ? "丢失" : "增加"}字符 / the repair would ${n > 0 ? "lose" : "add"} ${describe(difference)} beyond its declared edits; nothing was written`,
    );
  }
}

function count(text: string, sign: number, into = new Map<number, number>()): Map<number, number> {
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    const code = char.codePointAt(0)!;
    into.set(code, (into.get(code) ?? 0) + sign);
  }
  return into;
}

function firstImbalance(balance: Map<number, number>): [number, number] | undefined {
  for (const entry of balance) if (entry[1] !== 0) return entry;
  return undefined;
}

function describe([code, n]: [number, number]): string {
  return `"${String.fromCodePoint(code)}" (${codePointLabel(code)}) ×${Math.abs(n)}`;
}

/** One relocation, for summaries: lines in the original text. */
export interface RelocationSummary {
  kind: "fragment" | "signature-move" | "signature-delete" | "signature-kept";
  /** First and last line of what moved (1-based, original text). */
  from: [number, number];
  /** Line of the destination (the dangling tail's end, or the original signature block). */
  to?: number;
  /** The last characters of the dangling tail. */
  tail?: string;
  word?: string;
  parts?: number;
}

export function summarizePlan(text: string, plan: RepairPlan): RelocationSummary[] {
  const lines = new LineIndex(text);
  const line = (offset: number) => lines.position(offset).line;
  const out: RelocationSummary[] = [];
  plan.fragments.forEach((fragment, f) => {
    const destination = fragment.destination;
    if (!destination) return;
    const tail = [...text.slice(destination.tail[0], destination.offset)].slice(-6).join("");
    out.push({
      kind: "fragment",
      from: [line(fragment.parts[0]!.range[0]), line(fragment.parts.at(-1)!.range[1])],
      to: line(destination.offset),
      tail,
      word: destination.word,
      parts: fragment.parts.length,
    });
    for (const signature of plan.signatures.filter((s) => s.fragment === f)) {
      out.push({
        kind: signature.action === "move" ? "signature-move" : "signature-delete",
        from: [line(signature.range[0]), line(signature.range[1])],
        to: signature.action === "move" ? line(signature.destination!) : line(signature.original![0]),
        tail,
      });
    }
    for (const kept of plan.keptSignatures.filter((s) => s.fragment === f)) out.push({ kind: "signature-kept", from: [line(kept.range[0]), line(kept.range[1])] });
  });
  return out;
}
