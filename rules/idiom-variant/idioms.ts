/**
 * The idiom index of idiom-variant: the four-ideograph lexicon entries tagged
 * i (idiom) or l (fixed expression), listed under each of their four wildcard
 * patterns (并行不悖 under *行不悖, 并*不悖, 并行*悖, 并行不*).
 *
 * The index is an open-addressing hash table over numbers, not a
 * Map<string, string[]>: a document has hundreds of thousands of windows, and
 * a pattern string per window and position cost more than the rest of the
 * rule. A pattern is the wildcard position q and the three other code units,
 * packed into two 32-bit keys; slot s lists the idioms
 * members[listStart[s] .. listStart[s + 1]) (indices into `units`, in
 * lexicon order).
 *
 * Selecting the idioms walks all 349 000 lexicon entries and building the
 * table takes another 100 ms at the first lint, so `npm run build`
 * precompiles the index (scripts/build-idioms.ts) into
 * data/generated/idioms.bin and loading is one file read. The file records
 * the lexicon version; when it is missing or stale the index is computed
 * from the lexicon instead (same index, slower start).
 *
 * File layout (little endian):
 *   uint32 headerLength | header JSON | padding to 4 bytes
 *   uint32[size]       keyHigh: (q + 1) << 16 | first other unit (0: empty slot)
 *   uint32[size]       keyLow: second other unit << 16 | third other unit
 *   uint32[size + 1]   listStart
 *   uint32[4 × count]  members
 *   uint16[4 × count]  units: the idioms' code units, four per idiom
 */
import { join } from "node:path";
import { getLexicon, type Lexicon } from "../../src/cjk/lexicon.js";
import { IDIOMS_FILE, precompiledOr } from "../../src/data-files.js";
import { GENERATED_DATA_DIR } from "../../src/paths.js";

export { IDIOMS_FILE } from "../../src/data-files.js";

export interface IdiomIndex {
  /** The idioms' code units, four per idiom, in lexicon order. */
  units: Uint16Array;
  /** Slots − 1 (the slot count is a power of two). */
  mask: number;
  keyHigh: Uint32Array;
  keyLow: Uint32Array;
  listStart: Uint32Array;
  members: Uint32Array;
}

interface IdiomsHeader {
  format: 1;
  /** `Lexicon.version` of the lexicon the idioms were taken from. */
  lexicon: string;
  count: number;
  size: number;
}

const IDIOM = /^\p{Unified_Ideograph}{4}$/u;

/** High key of the pattern of the units c0 c1 c2 c3 with position q as the wildcard. */
export const keyHigh = (c0: number, c1: number, q: number): number => (((q + 1) << 16) | (q === 0 ? c1 : c0)) >>> 0;
/** Low key of the same pattern. */
export const keyLow = (c1: number, c2: number, c3: number, q: number): number => (q <= 1 ? (c2 << 16) | c3 : q === 2 ? (c1 << 16) | c3 : (c1 << 16) | c2) >>> 0;

/** The slot holding the pattern (high, low), or the empty slot where it would go. */
export function probe(index: Pick<IdiomIndex, "keyHigh" | "keyLow" | "mask">, high: number, low: number): number {
  const { keyHigh: highs, keyLow: lows, mask } = index;
  let slot = (Math.imul(high ^ Math.imul(low, 0x9e3779b1), 0x85ebca6b) >>> 11) & mask;
  for (;;) {
    const h = highs[slot]!;
    if (h === 0 || (h === high && lows[slot] === low)) return slot;
    slot = (slot + 1) & mask;
  }
}

/** Build the index from the lexicon (the build script, and the fallback). */
export function computeIdiomIndex(lexicon: Lexicon): IdiomIndex {
  const list: number[] = [];
  for (const { word, tag } of lexicon.entries()) {
    if ((tag !== "i" && tag !== "l") || word.length !== 4 || !IDIOM.test(word)) continue;
    for (let q = 0; q < 4; q++) list.push(word.charCodeAt(q));
  }
  const units = Uint16Array.from(list);
  const count = units.length / 4;
  // Load factor ≤ ⅔: short probe sequences for the many windows that match nothing.
  let size = 1;
  while (size < count * 6) size <<= 1;
  const table = { keyHigh: new Uint32Array(size), keyLow: new Uint32Array(size), mask: size - 1 };
  const sizes = new Uint32Array(size);
  const slotOf = new Uint32Array(count * 4);
  for (let i = 0; i < count; i++) {
    const [c0, c1, c2, c3] = [units[4 * i]!, units[4 * i + 1]!, units[4 * i + 2]!, units[4 * i + 3]!];
    for (let q = 0; q < 4; q++) {
      const high = keyHigh(c0, c1, q);
      const low = keyLow(c1, c2, c3, q);
      const slot = probe(table, high, low);
      table.keyHigh[slot] = high;
      table.keyLow[slot] = low;
      sizes[slot]!++;
      slotOf[4 * i + q] = slot;
    }
  }
  // Counting sort by slot: within a slot the idioms stay in lexicon order.
  const listStart = new Uint32Array(size + 1);
  for (let s = 0; s < size; s++) listStart[s + 1] = listStart[s]! + sizes[s]!;
  const next = listStart.slice(0, size);
  const members = new Uint32Array(count * 4);
  for (let i = 0; i < count; i++) for (let q = 0; q < 4; q++) members[next[slotOf[4 * i + q]!]!++] = i;
  return { units, ...table, listStart, members };
}

export function encodeIdiomIndex(lexicon: Lexicon, index: IdiomIndex): Buffer {
  const header: IdiomsHeader = { format: 1, lexicon: lexicon.version, count: index.units.length / 4, size: index.mask + 1 };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const head = Buffer.alloc(Math.ceil((4 + headerBytes.length) / 4) * 4);
  head.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(head, 4);
  const parts = [index.keyHigh, index.keyLow, index.listStart, index.members, index.units];
  return Buffer.concat([head, ...parts.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]);
}

function decodeIdiomIndex(bytes: Buffer): { header: IdiomsHeader; index: IdiomIndex } {
  const header = JSON.parse(bytes.toString("utf8", 4, 4 + bytes.readUInt32LE(0))) as IdiomsHeader;
  const { count, size } = header;
  // Views over the bytes read (every section starts on a 4-byte boundary); a copy when they are not aligned in memory.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : Buffer.from(bytes);
  const { buffer, byteOffset } = aligned;
  let at = byteOffset + Math.ceil((4 + bytes.readUInt32LE(0)) / 4) * 4;
  const take = (n: number) => (at += n) - n;
  const keyHigh = new Uint32Array(buffer, take(size * 4), size);
  const keyLow = new Uint32Array(buffer, take(size * 4), size);
  const listStart = new Uint32Array(buffer, take((size + 1) * 4), size + 1);
  const members = new Uint32Array(buffer, take(count * 16), count * 4);
  const units = new Uint16Array(buffer, take(count * 8), count * 4);
  return { header, index: { units, mask: size - 1, keyHigh, keyLow, listStart, members } };
}

const loaded = new WeakMap<Lexicon, IdiomIndex>();

/** The idiom index for `lexicon`: the precompiled file when it matches the lexicon, else computed. */
export function getIdiomIndex(lexicon: Lexicon = getLexicon()): IdiomIndex {
  let index = loaded.get(lexicon);
  if (!index) {
    index = precompiledOr(
      join(GENERATED_DATA_DIR, IDIOMS_FILE),
      (bytes) => {
        const decoded = decodeIdiomIndex(bytes);
        return decoded.header.format === 1 && decoded.header.lexicon === lexicon.version ? decoded.index : undefined;
      },
      () => computeIdiomIndex(lexicon),
    );
    loaded.set(lexicon, index);
  }
  return index;
}
