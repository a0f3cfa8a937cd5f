/**
 * Numbering gaps: each enumeration sequence (per document, per parent section;
 * articles 第X条 through the whole document) must count 1, 2, 3… A sequence
 * that restarts at one is a new list; anything else that breaks the count is
 * reported at the marker where the count breaks, naming the missing numbers.
 */
import type { Block } from "../../src/doc/blocks.js";
import type { StructuredDocument } from "../../src/doc/documents.js";
import { formatMarker, isDivision, parseMarker } from "../../src/doc/enumeration.js";
import { lineStartAt } from "../../src/doc/lines.js";
import { hasChinese, hasNoClausePunctuation, isPageFurnitureLine } from "../../src/doc/paragraph-shape.js";
import { isClosingDate, isProseBlock, sequencesOf, type MarkerOccurrence } from "../../src/doc/structure.js";
import type { FindingInput } from "../../src/rule-kit.js";
import { continuesAfterLast, findMergedMarkers, type MergedMarker } from "./merged-markers.js";
import type { MessageId } from "./messages.js";
import { charAt, codePointPrefix, hasMoreCodePoints, isOneEditApart } from "../../src/cjk/codepoints.js";

/** Titles of excerpts, which legitimately start at a later number. */
const EXCERPT = /节选|摘录|摘编|摘要|选编|选登|（续）|\(续\)|续一|续二/u;
/** More missing numbers than this: likely another reading (a jump in an excerpt), not lost markers. */
const CLEAR_GAP = 3;
/** Characters after the marker that, repeated, mark a duplicated paragraph. */
const DUPLICATE_LENGTH = 8;
/** Longest line taken for a heading (code points). */
const HEADING_LENGTH = 40;
/** How many missing markers are named in a message. */
const NAMED = 6;

function missingList(like: MarkerOccurrence, from: number, to: number): string {
  const numbers: number[] = [];
  for (let n = from; n <= to && numbers.length < NAMED; n++) numbers.push(n);
  const named = numbers.map((n) => `“${formatMarker(like.marker, n)}”`).join("");
  const count = to - from + 1;
  return count > NAMED ? `${named}等${count}个编号` : named;
}

/** Text without a Markdown heading's hashes and the white space around it. */
function headingContent(text: string): string {
  return text.replace(/^#+\s*/u, "").trim();
}

/** A short line without clause punctuation: a heading in plain text. */
function headingLine(content: string): boolean {
  return !content.includes("\n") && !hasMoreCodePoints(content, HEADING_LENGTH) && hasNoClausePunctuation(content);
}

/** A heading, or a short line without clause punctuation (a heading in plain text). */
function headingLike(block: Block): boolean {
  return block.kind === "heading" || headingLine(headingContent(block.text));
}

/**
 * Whether the item before the first marked one runs in after the colon of the line above
 * (附件：1．…名单 / 2．…清单): the list starts there, on its lead-in line, where no marker is read.
 */
function firstItemRunsIn(text: string, occurrence: MarkerOccurrence): boolean {
  const lineStart = lineStartAt(text, occurrence.start);
  if (lineStart === 0) return false;
  // (Back over the line break and blank lines to the end of the line above.)
  let end = lineStart - 1;
  while (end > 0 && (text[end - 1] === "\n" || text[end - 1] === "\r")) end--;
  const line = text.slice(lineStartAt(text, end), end);
  const colon = Math.max(line.lastIndexOf("："), line.lastIndexOf(":"));
  if (colon < 0) return false;
  const runIn = parseMarker(line.slice(colon + 1));
  return runIn !== null && runIn.scheme === occurrence.marker.scheme && runIn.value === occurrence.marker.value - 1;
}

/** What a run-in item's marker follows on its line: the end of the item before (a sentence, a bracket) or a space. */
const RUN_IN_AFTER = /[ \t\u3000。；：！？）)”』」】]/u;

/**
 * Whether the numbers before `occurrence` stand run into the text since the scheme's last marker (`before`;
 * no further back than `from`: the document's start, or the body's after a table of contents), each after
 * the end of the item before it, down to that marker or to one: a list whose items were merged into one
 * paragraph per section (36．…37．…54．, then ## 第二节, then 55．) numbers on across the headings, and no
 * marker is missing before it. A number lost on the way (三、 run in, 二、 nowhere) breaks the chain.
 */
function previousNumbersRunIn(text: string, occurrence: MarkerOccurrence, before: MarkerOccurrence | undefined, from: number): boolean {
  const floor = Math.max(from, before?.start ?? -1);
  let end = occurrence.start;
  for (let value = occurrence.marker.value - 1; value >= 1; value--) {
    const at = text.lastIndexOf(formatMarker(occurrence.marker, value), end - 1);
    if (before !== undefined && at === before.start) return true;
    // Inside a line after an item's end (…（第114条）35．, …罪。三、): not a marker of its own elsewhere, not
    // inside a longer number (135． holds 35．), a word or a list of numbers (第二、三项 holds 三、).
    if (at <= floor || !RUN_IN_AFTER.test(text[at - 1]!)) return false;
    end = at;
  }
  return true;
}

/**
 * Blocks between `from` and `to` (exclusive) that could have carried a lost
 * marker like `like`: unnumbered blocks of the same shape — headings when the
 * marker heads a heading (## 三、…), prose paragraphs when it opens one.
 */
function carriers(doc: StructuredDocument, blocks: readonly Block[], from: number, to: number, like: MarkerOccurrence): Block[] {
  const asHeading = headingLike(like.block);
  const out: Block[] = [];
  for (let i = Math.max(from, doc.firstBlock); i < to; i++) {
    const block = blocks[i]!;
    if (block === doc.titleBlock) continue;
    if (block.kind !== "paragraph" && block.kind !== "heading" && block.kind !== "list-item") continue;
    const content = headingContent(block.text);
    // Dates and datelines are never numbered; a short name-like line may be an unnumbered heading (## 总则).
    if (!hasChinese(content) || isClosingDate(content) || isPageFurnitureLine(content) || parseMarker(content) !== null) continue;
    if (headingLike(block) !== asHeading || (!asHeading && !isProseBlock(block))) continue;
    out.push(block);
  }
  return out;
}

/**
 * The numbering findings of one document of the file. `eol` gives the file's line break for the
 * fixes, asked only when a run-in marker is found: a file of many documents is read once for it,
 * not once per document (a big-corpus file of 300 regulations: a second of its lint).
 */
export function findNumberingGaps(doc: StructuredDocument, blocks: readonly Block[], text: string, eol: () => string): FindingInput[] {
  const findings: FindingInput[] = [];
  const lastBlock = blocks[doc.firstBlock + doc.blocks.length - 1];
  const documentEnd = lastBlock?.end ?? text.length;
  const sequences = sequencesOf(doc.markers);
  const excerpt = EXCERPT.test(doc.title ?? "");
  const region = (list: Block[], missing: string) =>
    list.length === 0 ? [] : [{ messageId: "missing-here" as MessageId, params: { missing }, range: [list[0]!.start, list.at(-1)!.end] as const }];

  // A paragraph repeated (the same marker and the same opening words) is the duplicate rule's finding: a
  // copy that breaks the count is passed over. Other edits may have touched one copy, so only the opening counts.
  const copies = new Set<Block>();
  const firstOf = new Map<string, Block>();
  for (const occurrence of doc.markers) {
    const content = text.slice(occurrence.end, occurrence.lineEnd).trim();
    // Short items repeat legitimately from article to article (（一）警告；).
    if (!hasMoreCodePoints(content, DUPLICATE_LENGTH - 1)) continue;
    const key = occurrence.marker.raw + codePointPrefix(content, DUPLICATE_LENGTH);
    const first = firstOf.get(key);
    if (first === undefined) firstOf.set(key, occurrence.block);
    else if (first !== occurrence.block) copies.add(occurrence.block);
  }
  // The marker of the same scheme just before each one, in any section: a list may number on across
  // headings (罪名 1–451 through the chapters of a criminal law, 79. in 十四、附则 after 78.).
  const before = new Map<MarkerOccurrence, MarkerOccurrence>();
  const lastOfScheme = new Map<string, MarkerOccurrence>();
  for (const occurrence of doc.markers) {
    if (occurrence.marker.sub) continue;
    const last = lastOfScheme.get(occurrence.marker.scheme);
    if (last) before.set(occurrence, last);
    lastOfScheme.set(occurrence.marker.scheme, occurrence);
  }
  for (const sequence of sequences.values()) {
    let previous: MarkerOccurrence | undefined;
    /** The number `previous` stands for: its value, or the one it should have had when misnumbered. */
    let count = 0;
    for (const [k, occurrence] of sequence.entries()) {
      const value = occurrence.marker.value;
      const range = [occurrence.start, occurrence.end] as const;
      const marker = occurrence.marker.raw;
      // The body after a table of contents (## 第一章　总则 ## 第二章　… one under another) counts
      // anew, as a sequence of its own: a body that opens at 第四章 is reported once, not at every chapter.
      const afterContents = previous !== undefined && value <= count && endsContents(text, sequence, k - 1);
      if (previous === undefined || afterContents) {
        const last = before.get(occurrence);
        // The first block of the document's body (after the table of contents, when there is one).
        const bodyStart = afterContents ? previous!.blockIndex + 1 : doc.firstBlock;
        if (value > 1 && last?.marker.value !== value - 1 && !firstItemRunsIn(text, occurrence) && !previousNumbersRunIn(text, occurrence, last, blocks[bodyStart]!.start)) {
          // Where the missing markers could have stood: from the parent section (or the document, or the
          // table of contents) up to here.
          const scopeStart = afterContents
            ? bodyStart
            : occurrence.marker.scheme === "tiao" || occurrence.parent === null
              ? doc.firstBlock
              : occurrence.parent.blockIndex + 1;
          const list = carriers(doc, blocks, scopeStart, occurrence.blockIndex, occurrence);
          const missing = missingList(occurrence, 1, value - 1);
          // Nothing before it that could have been numbered: an excerpt (民法典·物权编 starts at 第二百零五条).
          if (list.length === 0 && isDivision(occurrence.marker.scheme)) {
            previous = occurrence;
            count = value;
            continue;
          }
          const clear = !excerpt && list.length >= value - 1 && value - 1 <= CLEAR_GAP;
          findings.push({
            messageId: "missing-start",
            params: { first: marker, missing },
            range,
            confidence: clear ? 0.85 : 0.4,
            severity: clear ? "error" : "warning",
            related: region(list, missing),
          });
        }
      } else {
        const last = count;
        const previousRaw = previous.marker.raw;
        const misnumbered = misnumbering(text, occurrence, last, sequence[k + 1]);
        if (misnumbered !== undefined && !copies.has(occurrence.block)) {
          const slip = { start: occurrence.start, end: misnumbered.end, text: text.slice(occurrence.start, misnumbered.end) };
          findings.push(misnumberedFinding(slip, misnumbered.expected, previousRaw, sequence[k + 1]!.marker.raw));
          previous = occurrence;
          count = last + 1;
          continue;
        }
        if (value === last + 1 || value === 1) {
          // In sequence, or a new list restarting at one.
        } else if (copies.has(occurrence.block)) {
          // Out of count and a verbatim copy of an earlier paragraph: the duplicate rule's finding.
          continue;
        } else if (value > last + 1) {
          // The missing markers may stand inside the prose before, run into it (…全市。第二章　管理).
          const merged = findMergedMarkers(text, previous, previous.end, occurrence.start, value);
          for (const m of merged) findings.push(mergedFinding(text, m, eol()));
          const counted = merged.at(-1)?.marker.value ?? last;
          const before = merged.at(-1)?.marker.raw ?? previousRaw;
          if (value > counted + 1) {
            const list = carriers(doc, blocks, previous.blockIndex + 1, occurrence.blockIndex, occurrence);
            // The one missing article, chapter or section may be there, its marker garbled past reading (第十壶条).
            const expected = value === counted + 2 && isDivision(occurrence.marker.scheme) ? formatMarker(occurrence.marker, counted + 1) : undefined;
            const garbled = expected === undefined ? undefined : garbledMarkerIn(text, list, expected);
            if (garbled) {
              findings.push(misnumberedFinding(garbled, expected!, before, marker));
              previous = occurrence;
              count = value;
              continue;
            }
            const missing = missingList(occurrence, counted + 1, value - 1);
            const clear = value - counted - 1 <= CLEAR_GAP && list.length > 0;
            findings.push({
              messageId: "gap",
              params: { previous: before, next: marker, missing },
              range,
              confidence: clear ? 0.85 : 0.5,
              severity: clear ? "error" : "warning",
              related: region(list, missing),
            });
          }
        } else {
          // A marker that does not advance the count: reported once, and the count goes on from the previous
          // marker (a stray 第五条 after 第十条 must not make 第十一条 a gap too).
          const messageId: MessageId = value === last ? "repeat" : "out-of-order";
          findings.push({ messageId, params: { marker, previous: previousRaw }, range, confidence: 0.5, severity: "warning" });
          continue;
        }
      }
      previous = occurrence;
      count = value;
    }
    // After the last article, chapter or section, the next ones may have run into its text.
    if (previous && continuesAfterLast(previous)) {
      for (const m of findMergedMarkers(text, previous, previous.end, documentEnd, previous.marker.value + MAX_MERGED_AFTER_LAST + 1)) findings.push(mergedFinding(text, m, eol()));
    }
  }
  return findings.sort((a, b) => a.range[0] - b.range[0]);
}

/** Fewest entries of a table of contents. */
const CONTENTS_ENTRIES = 3;

/**
 * Whether `sequence[k]` ends a table of contents: it and the entries before it, from the first
 * (numbered one), are heading lines one under another — consecutive blocks, or consecutive lines of
 * one block in plain text —, with no text between them.
 */
function endsContents(text: string, sequence: readonly MarkerOccurrence[], k: number): boolean {
  const last = sequence[k];
  if (last === undefined || !isDivision(last.marker.scheme) || last.marker.value < CONTENTS_ENTRIES) return false;
  const first = k - last.marker.value + 1;
  if (first < 0) return false;
  for (let i = first; i <= k; i++) {
    const entry = sequence[i]!;
    if (entry.marker.value !== i - first + 1 || !headingLine(headingContent(text.slice(entry.lineStart, entry.lineEnd)))) return false;
    const prior = sequence[i - 1];
    if (i === first || prior === undefined) continue;
    const nextBlock = entry.blockIndex === prior.blockIndex + 1;
    const nextLine = entry.blockIndex === prior.blockIndex && text.slice(prior.lineEnd, entry.lineStart).trim() === "";
    if (!nextBlock && !nextLine) return false;
  }
  return true;
}

/**
 * The marker `occurrence` should have been, when it breaks the count between two markers that keep it
 * (第十条, 第一条, 第十二条) and is one slip away from it (a character dropped, added, changed or two
 * swapped): its number was garbled, no marker was lost. With the slip's range, which takes in the
 * character after the marker when the slip moved a digit past it (第三十条六 for 第三十六条).
 */
function misnumbering(text: string, occurrence: MarkerOccurrence, last: number, next: MarkerOccurrence | undefined): { expected: string; end: number } | undefined {
  // Equal to the next one, it is as likely that marker written twice after a lost one.
  const value = occurrence.marker.value;
  if (value === last + 1 || next?.marker.value !== last + 2 || value === next.marker.value) return undefined;
  const expected = formatMarker(occurrence.marker, last + 1);
  const raw = occurrence.marker.raw;
  const after = charAt(text, occurrence.end);
  if (after !== undefined && expected.includes(after) && isOneEditApart(raw + after, expected)) return { expected, end: occurrence.end + after.length };
  return isOneEditApart(raw, expected) ? { expected, end: occurrence.end } : undefined;
}

interface Slip {
  start: number;
  end: number;
  text: string;
}

/** A marker garbled by one slip between `previous` and `next`, and the marker it should be. */
function misnumberedFinding(slip: Slip, expected: string, previous: string, next: string): FindingInput {
  const range = [slip.start, slip.end] as const;
  return {
    messageId: "misnumbered",
    params: { marker: slip.text, expected, previous, next },
    range,
    confidence: 0.8,
    severity: "error",
    suggestions: [{ messageId: "use-number", params: { expected }, range, text: expected }],
  };
}

/** Characters an opening taken for a garbled marker may have beyond the marker (one inserted). */
const MARKER_SLACK = 1;

/**
 * The opening of one of `blocks` that is one slip away from `expected` (第十壶条, 弟十条) and set off
 * from the text after it like a marker (第十条　…): a paragraph that starts 第十条规定… cites.
 */
function garbledMarkerIn(text: string, blocks: readonly Block[], expected: string): Slip | undefined {
  for (const block of blocks) {
    const start = block.start + (/^#+[ \t]*/u.exec(block.text)?.[0].length ?? 0);
    const opening = /^[^\s，。；：、]+(?=[ \t\u3000])/u.exec(text.slice(start, start + expected.length + MARKER_SLACK + 1))?.[0];
    if (opening !== undefined && isOneEditApart(opening, expected)) return { start, end: start + opening.length, text: opening };
  }
  return undefined;
}

/** Markers read after a sequence's last one. */
const MAX_MERGED_AFTER_LAST = 20;

/** A merged marker's finding: the range runs to its line's end (the run-in text), the fix puts a paragraph break before it. */
function mergedFinding(text: string, merged: MergedMarker, eol: string): FindingInput {
  const lineEnd = text.indexOf("\n", merged.end);
  const end = lineEnd === -1 ? text.length : text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
  return {
    messageId: "merged-marker",
    params: { marker: merged.marker.raw },
    range: [merged.start, end],
    confidence: 0.85,
    severity: "error",
    fix: { range: [merged.start, merged.start], text: eol + eol },
  };
}
