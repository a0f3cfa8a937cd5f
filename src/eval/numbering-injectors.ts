/**
 * Sites for the numbering and truncation kinds of the evaluation harness
 * (injectors.ts wraps them as local kinds, like structure-injectors.ts):
 *
 * - numbering-gap: an enumeration marker deleted (三、双方… → 双方…). The
 *   artefact spans from the deletion to the end of the next marker of the same
 *   sequence — where the count visibly breaks and a finding points.
 * - orphan-marker: a marker detached into its own paragraph (五、⏎⏎双方…).
 * - truncation: a document's last paragraph cut mid-sentence (the rest deleted).
 *
 * Markers are found with the same document model the rules use
 * (src/doc/structure.ts), on blocks built from the blank-line paragraphs.
 */
import { isIdeograph } from "../cjk/chars.js";
import type { Block } from "../doc/blocks.js";
import { structureOf } from "../doc/documents.js";
import { splitLines } from "../doc/lines.js";
import { sequenceKey, type MarkerOccurrence } from "../doc/structure.js";
import { paragraphs } from "./corpus.js";
import type { Rng } from "./random.js";
import type { StructureSite } from "./structure-injectors.js";

export type NumberingKind = "numbering-gap" | "orphan-marker" | "truncation";


/** Farthest the next marker of a sequence may be for a deletion site (the artefact reaches it). */
const MAX_SECTION = 800;

function blocksOf(text: string): Block[] {
  return paragraphs(text).map((p) => {
    const heading = /^(#{1,6})\s/u.exec(p.text);
    const kind: Block["kind"] = heading ? "heading" : p.text.startsWith("|") ? "table-row" : "paragraph";
    return { kind, start: p.start, end: p.end, text: p.text, lines: splitLines(text, p.start, p.end), ...(heading ? { depth: heading[1]!.length } : {}) };
  });
}

function markers(text: string): MarkerOccurrence[] {
  const blocks = blocksOf(text);
  return structureOf(blocks, text.length).flatMap((doc) => doc.markers);
}

/** Candidate sites of `kind` in a clean document. */
export function numberingSites(kind: NumberingKind, text: string, rng: Rng): StructureSite[] {
  switch (kind) {
    case "numbering-gap":
      return gapSites(text);
    case "orphan-marker":
      return orphanSites(text, rng);
    default:
      return truncationSites(text, rng);
  }
}

function gapSites(text: string): StructureSite[] {
  const all = markers(text);
  const sites: StructureSite[] = [];
  const next = new Map<MarkerOccurrence, MarkerOccurrence>();
  const last = new Map<string, MarkerOccurrence>();
  for (const o of all) {
    if (o.marker.sub) continue;
    const key = sequenceKey(o);
    const previous = last.get(key);
    if (previous && o.marker.value === previous.marker.value + 1) next.set(previous, o);
    last.set(key, o);
  }
  for (const [o, following] of next) {
    if (o.lone || following.start - o.end > MAX_SECTION) continue;
    const end = o.end + o.marker.separator.length;
    const form = o.marker.scheme === "tiao" ? "article" : o.block.kind === "heading" ? "heading" : o.marker.value === 1 ? "first" : "item";
    sites.push({ form, make: () => ({ start: o.start, end, text: "", from: 0, to: following.end - end }) });
  }
  return sites;
}

function orphanSites(text: string, rng: Rng): StructureSite[] {
  const sites: StructureSite[] = [];
  for (const o of markers(text)) {
    if (o.lone || o.block.kind !== "paragraph" || o.lineStart !== o.block.start) continue;
    const end = o.end + o.marker.separator.length;
    if (!isIdeograph(text[end] ?? "") && !/[“《（(]/u.test(text[end] ?? "")) continue;
    const form = rng.chance(0.75) ? "blank-line" : "line-break";
    const glue = form === "blank-line" ? "\n\n" : "\n";
    sites.push({ form, make: () => ({ start: o.end, end, text: glue, from: -(o.end - o.start), to: glue.length + 1 }) });
  }
  return sites;
}

/**
 * Prose paragraphs nothing can continue — the document's last one (or the last
 * before a closing table) and any right before a heading — cut inside a sentence.
 */
function truncationSites(text: string, rng: Rng): StructureSite[] {
  const paras = paragraphs(text);
  const isProse = (p: (typeof paras)[number] | undefined) => p !== undefined && !p.text.startsWith("#") && !p.text.startsWith("|") && [...p.text].length >= 20;
  const targets = new Set<(typeof paras)[number]>();
  let k = paras.length - 1;
  while (k >= 0 && paras[k]!.text.startsWith("|")) k--;
  if (isProse(paras[k])) targets.add(paras[k]!);
  paras.forEach((p, j) => {
    if (isProse(p) && paras[j + 1]?.text.startsWith("#")) targets.add(p);
  });
  const sites: StructureSite[] = [];
  for (const p of targets) {
    const place = p === paras[k] ? "end" : "before-heading";
    for (const form of ["mid-sentence", "after-comma"]) {
      const cuts: number[] = [];
      // Within the last sentence: the text lost is that sentence's end (and little else is in the way).
      const body = text.slice(p.start, p.end - 1);
      const lastStop = Math.max(body.lastIndexOf("。"), body.lastIndexOf("；"), body.lastIndexOf("！"), body.lastIndexOf("？"));
      for (let i = Math.max(p.start + 10, p.start + lastStop + 4); i < p.end - 3; i++) {
        const before = text[i - 1]!;
        if (form === "mid-sentence" ? isIdeograph(before) && isIdeograph(text[i]!) : before === "，" || before === "、") cuts.push(i);
      }
      if (cuts.length === 0) continue;
      sites.push({
        form: `${place}:${form}`,
        make: () => ({ start: rng.pick(cuts), end: p.end, text: "", from: -1, to: 0 }),
      });
    }
  }
  return sites;
}
