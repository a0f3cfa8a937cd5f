/**
 * Repeated blocks: a paragraph, table row or run of blocks copied right after
 * itself; a second copy of a signature block inside one document; and, far
 * apart, only copies that cannot be legitimate repetition (an article 第…条
 * twice, a very long paragraph twice, a numbered paragraph that stands outside
 * its list's count where its other copy keeps it).
 *
 * Legal and official texts repeat a great deal legitimately: 单位犯前款罪的…
 * after many articles, list items （一）公司名称, 各位代表！, section titles
 * 第一节 一般规定 in each chapter, and each document of a multi-document file
 * has its own title sentence and signature block. So copies are compared only
 * within one document (and, in plain text, within the part before a signature
 * block), and far-apart copies need strong evidence.
 */
import { distance } from "fastest-levenshtein";
import { contentLength, foldForComparison } from "../../src/cjk/fold.js";
import type { Block } from "../../src/doc/blocks.js";
import { splitDocuments } from "../../src/doc/documents.js";
import { cellContent, hasDate, isSignatureBlockLine, isSignatureRow } from "../../src/doc/label-shape.js";
import { groupTables, type TableSpan } from "../../src/doc/tables.js";
import type { FindingInput } from "../../src/rule-kit.js";
import { snippetAfter } from "../../src/doc/paragraph-shape.js";
import { countKeeping } from "./out-of-count.js";
import type { MessageId } from "./messages.js";

export interface Options {
  /** Far-apart copies of a paragraph are reported from this many letters/ideographs. Default 120, 50 in a text with no numbered articles (第…条). */
  minFarLength?: number;
  /** Longest run of blocks compared as one copy. Default 6. */
  maxRun?: number;
}

interface Unit {
  block: Block;
  key: string;
  content: number;
  table?: TableSpan;
}

const UNIT_KINDS = new Set<Block["kind"]>(["paragraph", "list-item", "quote", "heading", "table-row"]);
/** Articles are numbered once per law: the same 第…条 paragraph twice is a copy. */
const ARTICLE = /^第[一二三四五六七八九十百千零〇两\d]+条/u;
/** Letters/ideographs a numbered paragraph needs for its far copy to count (short items such as （一）警告； recur). */
const MIN_ITEM_CONTENT = 8;
/** Adjacent copies shorter than this (letters/ideographs) get a suggestion, not a safe fix: short lines may repeat on purpose. */
const MIN_FIX_CONTENT = 10;

function keyOf(block: Block): string {
  if (block.kind !== "table-row") return foldForComparison(block.text);
  const cells = (block.cells ?? []).map((cell) => foldForComparison(cellContent(cell.text)));
  while (cells.length > 0 && cells.at(-1) === "") cells.pop();
  return cells.join("|");
}

/** A unit that reads as part of a signature block (offices and names, dates, notes). */
function isSignatureUnit(unit: Unit): boolean {
  if (unit.block.kind === "table-row") return isSignatureRow(unit.block.cells ?? []);
  return unit.block.kind === "paragraph" && unit.block.lines.every((line) => line.text.trim() === "" || isSignatureBlockLine(line.text));
}

function unitHasDate(unit: Unit): boolean {
  if (unit.block.kind === "table-row") return (unit.block.cells ?? []).some((cell) => cellContent(cell.text).split(/<br\s*\/?>/iu).some(hasDate));
  return unit.block.lines.some((line) => hasDate(line.text));
}

/**
 * Compare within documents; in a document, a signature block that ends
 * outside a table closes a part (plain-text files of several statements have
 * no headings between them, and each statement has its own signature).
 */
function segments(blocks: Block[], text: string): Unit[][] {
  // The table of each block, by index (a lookup per block instead of a search: files have thousands of blocks).
  const tableAt: (TableSpan | undefined)[] = [];
  for (const table of groupTables(blocks, text)) for (let i = table.first; i < table.last; i++) tableAt[i] ??= table;
  const out: Unit[][] = [];
  // Documents are consecutive runs of `blocks`: a block's index is its document's first index plus its position.
  let firstIndex = 0;
  for (const document of splitDocuments(blocks, text.length)) {
    let current: Unit[] = [];
    const units: Unit[] = [];
    document.blocks.forEach((block, position) => {
      if (!UNIT_KINDS.has(block.kind)) return;
      const key = keyOf(block);
      units.push({ block, key, content: contentLength(key), table: tableAt[firstIndex + position] });
    });
    firstIndex += document.blocks.length;
    units.forEach((unit, i) => {
      current.push(unit);
      const next = units[i + 1];
      const closesSignature = isSignatureUnit(unit) && unitHasDate(unit) && next !== undefined && !isSignatureUnit(next) && (unit.table === undefined || next.table !== unit.table);
      if (closesSignature) {
        out.push(current);
        current = [];
      }
    });
    if (current.length > 0) out.push(current);
  }
  return out;
}

const sameKeys = (a: Unit[], b: Unit[]) => a.length === b.length && a.every((unit, i) => unit.key === b[i]!.key);
/** `sameKeys` of the runs of `k` units starting at `a` and `b`, without slicing them (tried for every unit and run length). */
function sameKeysAt(units: Unit[], a: number, b: number, k: number): boolean {
  for (let i = 0; i < k; i++) if (units[a + i]!.key !== units[b + i]!.key) return false;
  return true;
}
/**
 * Of two copies of a numbered paragraph (MIN_ITEM_CONTENT letters/ideographs or more), the one that
 * stands outside its list's count (countKeeping) where the other keeps it: pasted into another list.
 * Copies that both keep their counts are items two lists share (（三）其他缺乏显著特征的 in two
 * articles); the count cannot tell which of two that both stand outside it is the copy.
 */
function misplacedCopy(keeping: Map<Block, boolean>, a: Unit, b: Unit): Unit | undefined {
  if (b.content < MIN_ITEM_CONTENT) return undefined;
  const keepsA = keeping.get(a.block);
  const keepsB = keeping.get(b.block);
  if (keepsA === undefined || keepsB === undefined || keepsA === keepsB) return undefined;
  return keepsA ? b : a;
}

const span = (units: Unit[]) => [units[0]!.block.start, units.at(-1)!.block.end] as const;
const isProse = (unit: Unit) => unit.block.kind !== "heading" && unit.block.kind !== "table-row";

type Finding = FindingInput & { messageId: MessageId };

/**
 * Letters/ideographs from which a paragraph repeated far apart is reported in a text with no
 * numbered articles (news, statements, reports): only law text repeats paragraphs of this length
 * by right (a company law's clause for both kinds of company), and it numbers its articles.
 */
const MIN_FAR_WITHOUT_ARTICLES = 50;

export function findDuplicates(blocks: Block[], text: string, options: Options = {}): Finding[] {
  const hasArticles = blocks.some((block) => ARTICLE.test(block.text.trim()));
  const minFar = options.minFarLength ?? (hasArticles ? 120 : MIN_FAR_WITHOUT_ARTICLES);
  const maxRun = options.maxRun ?? 6;
  const findings: Finding[] = [];
  // Which numbered paragraphs keep their list's count (made at the first short far copy: most files have none).
  let keeping: Map<Block, boolean> | undefined;
  for (const units of segments(blocks, text)) {
    const reported = new Set<Unit>();
    // A copy's finding: the copy (one unit), its deletion with the break before it offered, the other copy related.
    const deletion = (unit: Unit) => ({ messageId: "delete-copy" as const, range: [units[units.indexOf(unit) - 1]?.block.end ?? unit.block.start, unit.block.end] as const, text: "" });
    const unitCopy = (messageId: MessageId, unit: Unit, other: Unit[], confidence: number, severity: "error" | "warning" = "error"): Finding => ({
      messageId,
      params: { head: snippetAfter(unit.block.text.trim(), 0, 10) },
      range: [unit.block.start, unit.block.end],
      confidence,
      severity,
      suggestions: [deletion(unit)],
      related: [{ messageId: messageId === "misplaced-item" ? "counted-copy" : "first-occurrence", range: span(other) }],
    });
    const counts = new Map<string, number>();
    for (const unit of units) counts.set(unit.key, (counts.get(unit.key) ?? 0) + 1);

    // 1. Copies right after the original: one block or a run of blocks.
    for (let j = 1; j < units.length; j++) {
      for (let k = Math.min(maxRun, j, units.length - j); k >= 1; k--) {
        if (!sameKeysAt(units, j - k, j, k)) continue;
        const original = units.slice(j - k, j);
        const copy = units.slice(j, j + k);
        const content = copy.reduce((n, unit) => n + unit.content, 0);
        if (content < 4) continue;
        // A short line said three times is a refrain or a label, not a copy.
        if (k === 1 && content < 20 && (counts.get(copy[0]!.key) ?? 0) >= 3) continue;
        // Identical short rows in a table are data (同上, the same office twice).
        if (copy.every((unit) => unit.block.kind === "table-row") && content < 8) continue;
        const between = text.slice(original.at(-1)!.block.end, copy[0]!.block.start);
        const exact = original.every((unit, i) => unit.block.text === copy[i]!.block.text) && between.trim() === "";
        const deletion = { range: [original.at(-1)!.block.end, copy.at(-1)!.block.end] as const, text: "" };
        const safe = exact && content >= MIN_FIX_CONTENT;
        findings.push({
          messageId: k === 1 ? "adjacent-copy" : "adjacent-run",
          params: { head: snippetAfter(copy[0]!.block.text.trim(), 0, 10), count: k },
          range: span(copy),
          confidence: exact ? 0.95 : 0.85,
          severity: "error",
          fix: safe ? deletion : undefined,
          suggestions: safe ? undefined : [{ messageId: "delete-copy", ...deletion }],
          related: [{ messageId: "first-occurrence", range: span(original) }],
        });
        copy.forEach((unit) => reported.add(unit));
        j += k - 1;
        break;
      }
      // A copy damaged differently from its original, or after an original that a break split in two.
      if (!reported.has(units[j]!)) {
        const near = nearCopyBefore(units, j);
        if (near) {
          findings.push(unitCopy("adjacent-near-copy", units[j]!, near, 0.8));
          reported.add(units[j]!);
        }
      }
    }

    // 2. A second copy of a signature block in the same document (or table).
    const groups: Unit[][] = [];
    units.forEach((unit, i) => {
      if (!isSignatureUnit(unit) || unit.content === 0) return;
      const last = groups.at(-1);
      const previous = units[i - 1];
      if (last && previous === last.at(-1) && previous.table === unit.table) last.push(unit);
      else groups.push([unit]);
    });
    const anchored = groups.filter((group) => group.some(unitHasDate));
    for (let b = 1; b < anchored.length; b++) {
      const copy = anchored[b]!;
      if (copy.some((unit) => reported.has(unit))) continue;
      const original = anchored.slice(0, b).find((group) => sameKeys(group, copy));
      if (!original) continue;
      // Between two signatures of separate documents lies a document's prose; a copy has at most stray fragments.
      const from = units.indexOf(original.at(-1)!);
      const to = units.indexOf(copy[0]!);
      const proseBetween = units.slice(from + 1, to).filter((unit) => isProse(unit) && unit.table === undefined).length;
      if (!(copy[0]!.table !== undefined && copy[0]!.table === original[0]!.table) && proseBetween >= 2) continue;
      const removal = [units[units.indexOf(copy[0]!) - 1]!.block.end, copy.at(-1)!.block.end] as const;
      findings.push({
        messageId: "signature-copy",
        params: { head: snippetAfter(cellContent(copy[0]!.block.text).replace(/<br\s*\/?>/giu, " "), 0, 10) },
        range: span(copy),
        confidence: 0.9,
        severity: "error",
        suggestions: [{ messageId: "delete-copy", range: removal, text: "" }],
        related: [{ messageId: "first-occurrence", range: span(original) }],
      });
      copy.forEach((unit) => reported.add(unit));
    }

    // 3. Far-apart copies: only what legal and official texts never repeat.
    const first = new Map<string, Unit>();
    for (const unit of units) {
      const earlier = first.get(unit.key);
      if (!earlier) {
        first.set(unit.key, unit);
        continue;
      }
      if (reported.has(unit) || !isProse(unit) || counts.get(unit.key) !== 2) continue;
      const article = ARTICLE.test(unit.block.text.trim()) && unit.content >= 10;
      if (!article && unit.content < minFar) {
        // A numbered paragraph copied into another list: the copy that stands outside its list's count, whichever comes first.
        const pasted = misplacedCopy((keeping ??= countKeeping(blocks, text.length)), earlier, unit);
        if (pasted && !reported.has(pasted)) {
          findings.push(unitCopy("misplaced-item", pasted, [pasted === unit ? earlier : unit], 0.8));
          reported.add(pasted);
        }
        continue;
      }
      findings.push(article ? unitCopy("repeated-article", unit, [earlier], 0.85) : unitCopy("repeated-paragraph", unit, [earlier], 0.6, "warning"));
    }
  }
  return findings.sort((a, b) => a.range[0] - b.range[0]);
}

/**
 * Letters/ideographs a paragraph needs for a near copy of it to count. Session 32, eval with every
 * kind injected: 12 found 1 more on the tuning half and the validation split each, no clean change;
 * left at 20, since short items of a list differ by little by right.
 */
const MIN_NEAR_CONTENT = 20;
/**
 * Share of a paragraph's characters a near copy may differ in (edits), at least 2. Session 32, eval
 * with every kind injected: 0.05 found 7 more copies on the tuning half (118 → 125 of 168) and 11
 * on the validation split (206 → 217 of 303), precision 100 %, no clean finding; 0.1 found as many
 * for 2 clean findings (parallel paragraphs of the tuning half); 0.03 found 5 and 11.
 */
const NEAR_SHARE = 0.05;

/** Edits a near copy of a key of `length` may differ by. */
const nearLimit = (length: number) => Math.max(2, Math.floor(NEAR_SHARE * length));

const NUMERALS = /[\p{Nd}〇零一二三四五六七八九十百千万亿两]/gu;

/**
 * Whether `a` and `b` are near copies: they differ by a few edits (NEAR_SHARE of their length, at
 * least 2) and write the same numerals in the same order — list items and articles differ in their
 * numbers ((一)… and (二)…, 一万元 and 二万元), a copy damaged elsewhere keeps them.
 */
function nearKeys(a: string, b: string): boolean {
  const limit = nearLimit(Math.min(a.length, b.length));
  if (Math.abs(a.length - b.length) > limit) return false;
  if ((a.match(NUMERALS) ?? []).join("") !== (b.match(NUMERALS) ?? []).join("")) return false;
  return distance(a, b) <= limit;
}

/**
 * The units a paragraph at `j` nearly copies right before it: the paragraph before it, damaged
 * differently in one copy (a character changed, a mark or space lost), or the two paragraphs
 * before it that a break split (the original cut in two, the copy whole). Prose paragraphs only,
 * of MIN_NEAR_CONTENT letters/ideographs or more.
 */
function nearCopyBefore(units: Unit[], j: number): Unit[] | undefined {
  const copy = units[j]!;
  if (!isProse(copy) || copy.content < MIN_NEAR_CONTENT) return undefined;
  const previous = units[j - 1];
  if (previous && isProse(previous) && nearKeys(previous.key, copy.key)) return [previous];
  const first = units[j - 2];
  // (Lengths first: most paragraphs are no copy, and joining two keys costs an allocation.)
  if (!previous || !first || !isProse(previous) || !isProse(first) || Math.abs(first.key.length + previous.key.length - copy.key.length) > nearLimit(copy.key.length)) return undefined;
  return nearKeys(first.key + previous.key, copy.key) ? [first, previous] : undefined;
}
