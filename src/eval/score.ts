/**
 * Scoring: match findings to injected artefacts.
 *
 * A finding matches an artefact when both have the same category and their
 * ranges overlap or come within `TOLERANCE` (2) characters of each other.
 * Categories are matched strictly: line-wrap and paragraph-split are *not*
 * merged into one family (the issue asks for recall and precision per
 * category), so a line-wrap artefact reported as paragraph-split is a miss for
 * line-wrap and a false positive for paragraph-split.
 *
 * - recall(c)    = artefacts of c matched by ≥ 1 finding / artefacts of c
 * - precision(c) = findings of c (in corrupted documents only) matching ≥ 1
 *                  artefact of c / findings of c in corrupted documents
 *   (a false positive lying on another category's artefact is counted
 *   separately too, as "on other artefacts": a cross-category report)
 * - clean FP     = every finding on the untouched copy of a document (the
 *                  corpus is clean), per 100 000 characters.
 */
import type { Category } from "../report/categories.js";
import { poissonInterval, wilsonInterval } from "./intervals.js";

export const TOLERANCE = 2;

export interface Span {
  category: Category;
  start: number;
  end: number;
}

export function spansMatch(finding: Span, artefact: Span, tolerance = TOLERANCE): boolean {
  return finding.category === artefact.category && finding.start <= artefact.end + tolerance && artefact.start <= finding.end + tolerance;
}

export interface DocumentMatch {
  /** For each artefact: whether some finding matched it. */
  artefactFound: boolean[];
  /** For each finding: whether it matched some artefact. */
  findingMatched: boolean[];
  /** For each unmatched finding: whether it lies on an artefact of another category (a cross-category report). */
  findingOnOther: boolean[];
}

/** Artefact indices sorted by start, with the running maximum of their ends (for a binary search). */
interface SpanIndex {
  order: number[];
  maxEnd: number[];
}

function buildIndex(artefacts: readonly Span[], indices: number[]): SpanIndex {
  const order = [...indices].sort((x, y) => artefacts[x]!.start - artefacts[y]!.start);
  let max = -Infinity;
  return { order, maxEnd: order.map((i) => (max = Math.max(max, artefacts[i]!.end))) };
}

/** Indices of the artefacts in `index` within `tolerance` of `finding` (any category). */
function near(index: SpanIndex, artefacts: readonly Span[], finding: Span, tolerance: number): number[] {
  let low = 0;
  let high = index.order.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index.maxEnd[mid]! < finding.start - tolerance) low = mid + 1;
    else high = mid;
  }
  const out: number[] = [];
  for (let k = low; k < index.order.length; k++) {
    const ai = index.order[k]!;
    const a = artefacts[ai]!;
    if (a.start > finding.end + tolerance) break;
    if (finding.start <= a.end + tolerance) out.push(ai);
  }
  return out;
}

/** Match one corrupted document's findings against its artefacts. */
export function matchDocument(findings: readonly Span[], artefacts: readonly Span[], tolerance = TOLERANCE): DocumentMatch {
  const artefactFound = artefacts.map(() => false);
  const findingMatched = findings.map(() => false);
  const findingOnOther = findings.map(() => false);
  const byCategory = new Map<Category, number[]>();
  artefacts.forEach((a, i) => byCategory.set(a.category, [...(byCategory.get(a.category) ?? []), i]));
  const indices = new Map([...byCategory].map(([category, list]) => [category, buildIndex(artefacts, list)]));
  const all = buildIndex(
    artefacts,
    artefacts.map((_, i) => i),
  );
  findings.forEach((f, fi) => {
    const index = indices.get(f.category);
    for (const ai of index ? near(index, artefacts, f, tolerance) : []) {
      artefactFound[ai] = true;
      findingMatched[fi] = true;
    }
    if (!findingMatched[fi]) findingOnOther[fi] = near(all, artefacts, f, tolerance).length > 0;
  });
  return { artefactFound, findingMatched, findingOnOther };
}

export interface CategoryScore {
  category: Category;
  artefacts: number;
  found: number;
  recall: number | null;
  /** Findings of this category in corrupted documents. */
  findings: number;
  truePositives: number;
  precision: number | null;
  /** False positives that lie on an artefact of another category (a report in the wrong category). */
  onOtherArtefacts: number;
  /** Findings of this category on the untouched documents. */
  cleanFindings: number;
  cleanPer100k: number | null;
  /** 95 % intervals (src/eval/intervals.ts): Wilson for the shares, Poisson for the clean rate. */
  recallInterval: [number, number] | null;
  precisionInterval: [number, number] | null;
  cleanPer100kInterval: [number, number] | null;
}

export interface Scores {
  categories: CategoryScore[];
  cleanCharacters: number;
  cleanFindings: number;
  cleanPer100k: number | null;
  cleanPer100kInterval: [number, number] | null;
}

/** Accumulates matches over documents. */
export class Scorer {
  private readonly rows = new Map<Category, { artefacts: number; found: number; findings: number; tp: number; other: number; clean: number }>();
  private cleanCharacters = 0;

  private row(category: Category) {
    let row = this.rows.get(category);
    if (!row) this.rows.set(category, (row = { artefacts: 0, found: 0, findings: 0, tp: 0, other: 0, clean: 0 }));
    return row;
  }

  /** A corrupted document: its findings and the artefacts injected into it. */
  addCorrupted(findings: readonly Span[], artefacts: readonly Span[]): DocumentMatch {
    const match = matchDocument(findings, artefacts);
    artefacts.forEach((a, i) => {
      const row = this.row(a.category);
      row.artefacts++;
      if (match.artefactFound[i]) row.found++;
    });
    findings.forEach((f, i) => {
      const row = this.row(f.category);
      row.findings++;
      if (match.findingMatched[i]) row.tp++;
      else if (match.findingOnOther[i]) row.other++;
    });
    return match;
  }

  /** The untouched copy of a document: every finding is a false positive. */
  addClean(findings: readonly Span[], characters: number): void {
    this.cleanCharacters += characters;
    for (const f of findings) this.row(f.category).clean++;
  }

  result(categories: readonly Category[]): Scores {
    const per100k = (n: number) => (this.cleanCharacters > 0 ? (n / this.cleanCharacters) * 100_000 : null);
    const per100kInterval = (n: number): [number, number] | null => {
      if (this.cleanCharacters <= 0) return null;
      const [low, high] = poissonInterval(n);
      return [(low / this.cleanCharacters) * 100_000, (high / this.cleanCharacters) * 100_000];
    };
    const rows = categories.map((category): CategoryScore => {
      const r = this.rows.get(category) ?? { artefacts: 0, found: 0, findings: 0, tp: 0, other: 0, clean: 0 };
      return {
        category,
        artefacts: r.artefacts,
        found: r.found,
        recall: r.artefacts > 0 ? r.found / r.artefacts : null,
        findings: r.findings,
        truePositives: r.tp,
        precision: r.findings > 0 ? r.tp / r.findings : null,
        onOtherArtefacts: r.other,
        cleanFindings: r.clean,
        cleanPer100k: per100k(r.clean),
        recallInterval: wilsonInterval(r.found, r.artefacts),
        precisionInterval: wilsonInterval(r.tp, r.findings),
        cleanPer100kInterval: per100kInterval(r.clean),
      };
    });
    const cleanFindings = [...this.rows.values()].reduce((n, r) => n + r.clean, 0);
    return { categories: rows, cleanCharacters: this.cleanCharacters, cleanFindings, cleanPer100k: per100k(cleanFindings), cleanPer100kInterval: per100kInterval(cleanFindings) };
  }
}
