/**
 * Numbered paragraphs that stand outside their list's count on both sides: the marker follows
 * neither from the marker before it in the same sequence (the same scheme under the same parent
 * section, sequenceKey; a list restarting at one does) nor leads to the marker after it. A
 * numbered paragraph pasted into another place (（二）制作、传播… after another article's item
 * （五）, or into an article with no list) stands alone there, while its original keeps its count;
 * a list that lost a marker still counts on from its items (（二）（三）… after a lost （一）).
 */
import type { Block } from "../../src/doc/blocks.js";
import { structureOf } from "../../src/doc/documents.js";
import { sequencesOf } from "../../src/doc/structure.js";

/** The blocks opened by a marker, each with whether it keeps its sequence's count on at least one side. */
export function countKeeping(blocks: Block[], textLength: number): Map<Block, boolean> {
  const out = new Map<Block, boolean>();
  for (const doc of structureOf(blocks, textLength)) {
    for (const sequence of sequencesOf(doc.markers).values()) {
      sequence.forEach((occurrence, i) => {
        const value = occurrence.marker.value;
        const previous = sequence[i - 1]?.marker.value;
        const next = sequence[i + 1]?.marker.value;
        out.set(occurrence.block, value === 1 || previous === value - 1 || next === value + 1);
      });
    }
  }
  return out;
}
