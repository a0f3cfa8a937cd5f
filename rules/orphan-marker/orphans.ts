/**
 * Orphan markers: an enumeration marker alone on its line or paragraph (五、
 * then the section's text in the next paragraph), as converters leave a
 * marker set in its own text box or cell. Safe fix when the text follows: join
 * the marker to it — remove the line break and blank lines between and insert
 * nothing after 、 ） or a dot; after 第X条/章/节 put the separator the
 * document's other markers of that kind use (U+3000 in laws).
 */
import type { Block } from "../../src/doc/blocks.js";
import type { StructuredDocument } from "../../src/doc/documents.js";
import { isDivision } from "../../src/doc/enumeration.js";
import { lineStartAt } from "../../src/doc/lines.js";
import { snippetAfter } from "../../src/doc/paragraph-shape.js";
import type { MarkerOccurrence } from "../../src/doc/structure.js";
import type { FindingInput } from "../../src/rule-kit.js";
import type { MessageId } from "./messages.js";

/** The separator after a division marker (第五条　…): the document's most common one, U+3000 by default. */
function divisionSeparator(doc: StructuredDocument, like: MarkerOccurrence): string {
  const counts = new Map<string, number>();
  for (const o of doc.markers) {
    if (o.marker.scheme !== like.marker.scheme || o.lone) continue;
    counts.set(o.marker.separator, (counts.get(o.marker.separator) ?? 0) + 1);
  }
  let best = "\u3000";
  let most = 0;
  for (const [separator, n] of counts) if (n > most) [best, most] = [separator, n];
  return best;
}

/** Where the text after `offset` continues: the next non-blank line of the same document. */
function nextContent(text: string, offset: number, end: number): number | null {
  const match = /\S/u.exec(text.slice(offset, end).replace(/[\u3000\f]/gu, " "));
  return match ? offset + match.index : null;
}

export function findOrphanMarkers(doc: StructuredDocument, blocks: readonly Block[], text: string): FindingInput[] {
  const findings: FindingInput[] = [];
  const markerStarts = new Set(doc.markers.map((o) => o.lineStart));
  for (const occurrence of doc.markers) {
    if (!occurrence.lone) continue;
    const marker = occurrence.marker.raw;
    const range = [occurrence.start, occurrence.end] as const;
    const contentStart = nextContent(text, occurrence.end, doc.end);
    const next = contentStart === null ? undefined : blocks.find((b) => b.start <= contentStart && contentStart < Math.max(b.end, b.start + 1));
    let obstacle: MessageId | null = null;
    if (contentStart === null || next === undefined) obstacle = "orphan-at-end";
    else if (markerStarts.has(lineStartAt(text, contentStart))) obstacle = "orphan-before-marker";
    else if (next.kind === "heading") obstacle = "orphan-before-heading";
    else if (next.kind === "table-row") obstacle = "orphan-before-table";
    // A heading marker (## 五、) cannot take a paragraph into the heading: report without a fix.
    else if (occurrence.block.kind === "heading") obstacle = "orphan-heading";
    if (obstacle !== null || contentStart === null) {
      const after = contentStart === null ? "" : snippetAfter(text, contentStart, 8);
      findings.push({ messageId: obstacle ?? "orphan-at-end", params: { marker, after }, range, confidence: 0.7, severity: "error" });
      continue;
    }
    const separator = isDivision(occurrence.marker.scheme) ? divisionSeparator(doc, occurrence) : "";
    findings.push({
      messageId: "orphan",
      params: { marker, after: snippetAfter(text, contentStart, 8) },
      range: [occurrence.start, Math.min(text.length, contentStart + 1)],
      confidence: 0.95,
      severity: "error",
      fix: { range: [occurrence.end, contentStart], text: separator },
    });
  }
  return findings;
}

