/**
 * Which strings of four characters the language model's training text
 * contains, for evidence beyond the trigram model's reach: a slip makes
 * four-character strings formal Chinese does not write, and its reading
 * restores ones it does. Written by scripts/build-model.ts with the model,
 * from the same text; data/model/char-4grams.bin is committed and loaded
 * lazily, once per process.
 *
 * A string is kept by a 32-bit hash (FNV-1a of its UTF-16 code units: hashUnits, the
 * lexicon's): with ≈ 2 million strings an unseen one passes for seen about once in
 * 2 000 lookups, noise well below the evidence's own.
 *
 * File layout (little endian; arrays aligned to their element size): uint32
 * headerLength | header JSON | padding to 4 bytes | uint32[65 537] where each
 * bucket of hashes (by their high 16 bits) starts | uint16[count] the low 16
 * bits, sorted within each bucket. Read as it lies: no decoding at load, and
 * half the size of the plain hashes.
 */
import { existsSync } from "node:fs";
import { hashUnits } from "../cjk/lexicon-format.js";
import { attestedNgramsPath, readDataFile } from "../data-files.js";

export { ATTESTED_NGRAMS_FILE, attestedNgramsPath } from "../data-files.js";
/** Characters in each attested string. */
export const ATTESTED_LENGTH = 4;

export interface AttestedHeader {
  format: 1;
  /** The training text, as the model's header gives it. */
  source: string;
  count: number;
}

const BUCKETS = 0x10000;

/**
 * The hashes of every string of four ideographs of the texts, sorted, each once: what the table
 * holds (the build script's, and the small tables of tests). A string with a surrogate is skipped:
 * lookups hash code units, and runs with characters outside the BMP are not searched.
 */
export function hashStringsOfFour(texts: Iterable<string>): Uint32Array {
  const hashes = new Set<number>();
  for (const text of texts) {
    for (const run of text.matchAll(/\p{Unified_Ideograph}+/gu)) {
      const s = run[0];
      for (let i = 0; i + ATTESTED_LENGTH <= s.length; i++) {
        if (!/[\uD800-\uDFFF]/.test(s.slice(i, i + ATTESTED_LENGTH))) hashes.add(hashUnits(s, i, i + ATTESTED_LENGTH));
      }
    }
  }
  return Uint32Array.from(hashes).sort();
}

export function encodeAttested(header: AttestedHeader, sortedHashes: Uint32Array): Buffer {
  const json = Buffer.from(JSON.stringify(header), "utf8");
  const start = Math.ceil((4 + json.length) / 4) * 4;
  const out = Buffer.alloc(start + 4 * (BUCKETS + 1) + 2 * sortedHashes.length);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  const starts = new Uint32Array(out.buffer, out.byteOffset + start, BUCKETS + 1);
  const lows = new Uint16Array(out.buffer, out.byteOffset + start + 4 * (BUCKETS + 1), sortedHashes.length);
  for (let i = 0; i < sortedHashes.length; i++) {
    starts[(sortedHashes[i]! >>> 16) + 1]!++;
    lows[i] = sortedHashes[i]! & 0xffff;
  }
  for (let b = 1; b <= BUCKETS; b++) starts[b]! += starts[b - 1]!;
  return out;
}

export class AttestedNgrams {
  constructor(
    readonly header: AttestedHeader,
    private readonly starts: Uint32Array,
    private readonly lows: Uint16Array,
  ) {}

  static decode(bytes: Buffer): AttestedNgrams {
    const length = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.toString("utf8", 4, 4 + length)) as AttestedHeader;
    if (header.format !== 1) throw new Error(`unsupported attested n-gram format ${String(header.format)}`);
    const start = Math.ceil((4 + length) / 4) * 4;
    // (A prefetched buffer may sit at any offset of its pool: copied when unaligned.)
    const aligned = (bytes.byteOffset + start) % 4 === 0 ? bytes : Buffer.from(bytes);
    const starts = new Uint32Array(aligned.buffer, aligned.byteOffset + start, BUCKETS + 1);
    return new AttestedNgrams(header, starts, new Uint16Array(aligned.buffer, aligned.byteOffset + start + 4 * (BUCKETS + 1), header.count));
  }

  /** Whether the training text contains s[from, from + ATTESTED_LENGTH). */
  has(s: string, from: number): boolean {
    const key = hashUnits(s, from, from + ATTESTED_LENGTH);
    const low = key & 0xffff;
    const { lows } = this;
    let lo = this.starts[key >>> 16]!;
    let hi = this.starts[(key >>> 16) + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = lows[mid]!;
      if (k === low) return true;
      if (k < low) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /**
   * How the strings of four of s that touch [start, end) (touchingWindows) stand: "few" when
   * there are fewer than two (too little to tell), else "seen" when the table has them all,
   * "unseen" when it has none, "mixed" when it has some.
   */
  around(s: string, start: number, end: number): "seen" | "unseen" | "mixed" | "few" {
    const [first, last] = touchingWindows(start, end, s.length);
    if (last - first < 1) return "few";
    const firstSeen = this.has(s, first);
    for (let i = first + 1; i <= last; i++) if (this.has(s, i) !== firstSeen) return "mixed";
    return firstSeen ? "seen" : "unseen";
  }

  /** How many of the strings of four of s that touch [start, end) (touchingWindows) the table has, of how many. */
  seenCount(s: string, start: number, end: number): { seen: number; strings: number } {
    const [first, last] = touchingWindows(start, end, s.length);
    let seen = 0;
    for (let i = first; i <= last; i++) if (this.has(s, i)) seen++;
    return { seen, strings: Math.max(0, last - first + 1) };
  }

  /** Whether around(s, start, end) is "seen" (stops at the first unseen string: the common answer). */
  seenAround(s: string, start: number, end: number): boolean {
    const [first, last] = touchingWindows(start, end, s.length);
    if (last - first < 1) return false;
    for (let i = first; i <= last; i++) if (!this.has(s, i)) return false;
    return true;
  }
}

/**
 * The first and last start of the strings of four characters, in a text of `length`, that
 * touch [start, end) — or, when it is empty, that span the junction before start (where a
 * character was dropped or a removal joins two).
 */
export function touchingWindows(start: number, end: number, length: number): [number, number] {
  return [Math.max(0, start - ATTESTED_LENGTH + 1), Math.min(end > start ? end - 1 : start - 1, length - ATTESTED_LENGTH)];
}

/**
 * Share of the strings of four an edit touches that the training text must have written after it
 * (restoresAttested). Not all: the table holds 16 M characters of law text, and a correct reading
 * often makes one string it never met (票上的签 of 被背书人在汇票上的签章). Tuning half and validation
 * split: three in four found 1 more at the default seed and 8 more in four dense seeds (random
 * garbles, `npm run eval:random`, 6 more in five runs), no clean false positive; two in three made 4.
 */
export const RESTORED_SHARE = 0.75;

/**
 * Whether an edit of s — its characters [start, end) replaced, giving `edited`, whose new
 * characters end at `editedEnd` — turns strings the training text never wrote into ones it
 * did: every string of four it touches (two or more) is unseen before, and after it two or more,
 * and at least RESTORED_SHARE of them, are seen.
 */
export function restoresAttested(table: AttestedNgrams, s: string, start: number, end: number, edited: string, editedEnd: number): boolean {
  if (table.around(s, start, end) !== "unseen") return false;
  const { seen, strings } = table.seenCount(edited, start, editedEnd);
  return seen >= 2 && seen >= RESTORED_SHARE * strings;
}

/**
 * Whether changing the character at `at`, the first or the last of s (`edited` is s changed),
 * turns the one string of four that touches it from unseen into seen: restoresAttested where
 * there is a single string to read (、驹备优良 → 具备优良).
 */
export function restoresEdgeString(table: AttestedNgrams, s: string, at: number, edited: string): boolean {
  if (s.length < ATTESTED_LENGTH || edited.length !== s.length) return false;
  const from = at === 0 ? 0 : at === s.length - 1 ? s.length - ATTESTED_LENGTH : -1;
  return from >= 0 && !table.has(s, from) && table.has(edited, from);
}

let loaded: AttestedNgrams | null | undefined;
/** The committed table, loaded on first use; undefined when the file is missing (the evidence is then not used). */
export function getAttestedNgrams(): AttestedNgrams | undefined {
  if (loaded === undefined) {
    const path = attestedNgramsPath();
    loaded = existsSync(path) ? AttestedNgrams.decode(readDataFile(path)) : null;
  }
  return loaded ?? undefined;
}
