/**
 * A character trigram language model of formal Chinese (interpolated
 * Kneser–Ney at the bigram level, absolute discounting at the trigram level),
 * trained by scripts/build-model.ts on the jieba dictionary (word-internal
 * n-grams, weighted by word frequency) and running text: the big corpus minus
 * every document that overlaps the dev corpus (so both dev halves stay unseen),
 * or the dev tuning half when the big corpus is absent. The committed file
 * data/model/char-ngram.bin holds pruned, quantised probabilities; it is
 * loaded lazily, once per process.
 *
 * File layout (little endian; every array aligned to its element size):
 *   uint32 headerLength | header JSON | padding to 8 bytes
 *   float64[trigrams] key ((a × 65536 + b) × 65536 + c), sorted
 *   int32[bigramSlots]  open-addressing hash of the bigram keys → index (−1: empty)
 *   int32[trigramSlots] the same for the trigram keys
 *   uint32[bigrams] bigram indices sorted by right id, then left id (the predecessors of a character)
 *   uint32[chars + 1] where each left id's bigrams start in the sorted keys
 *   uint32[chars + 1] where each right id's entries start in the predecessor index
 *   uint16[bigrams] the left id of each predecessor entry (a merge reads it in order)
 *   uint32[bigrams] key (left id << 16 | right id), sorted
 *   int16[bigrams]  log P(right | left) × 1000 (interpolated)
 *   int16[chars]    log backoff weight of the left char × 1000
 *   int16[chars]    log continuation probability × 1000
 *   int16[chars]    log unigram probability × 1000
 *   int16[bigrams]  log γ(ab) × 1000: the trigram backoff weight of the bigram as a context (0: no trigrams)
 *   int16[trigrams] log P(c | ab) × 1000 (interpolated)
 *   chars, UTF-8, joined by "\n" (id 0 is the unknown character, written "")
 *
 * The hash tables and the successor and predecessor indexes are written with
 * the model (format 6) because building them at load time cost ≈ 60–130 ms of
 * every cold start.
 */
import { existsSync } from "node:fs";
import { charModelPath, readDataFile } from "../data-files.js";

export { CHAR_MODEL_FILE, charModelPath, MODEL_DIR } from "../data-files.js";
const SCALE = 1000;

export interface CharModelHeader {
  format: 6;
  /** What it was trained on, e.g. "jieba dict.txt#… + dev tune half (33 files, 1 234 567 chars)". */
  source: string;
  chars: number;
  bigrams: number;
  trigrams: number;
  discount: number;
}

export interface CharModelTables {
  header: CharModelHeader;
  chars: string[];
  keys: Uint32Array;
  bigramLogp: Int16Array;
  backoff: Int16Array;
  continuation: Int16Array;
  unigram: Int16Array;
  contextBackoff: Int16Array;
  trigramKeys: Float64Array;
  trigramLogp: Int16Array;
}

/** What the file adds to the trained tables for fast loading: hash tables and the largest log-probability. */
export interface CharModelLookup {
  bigramSlots: Int32Array;
  trigramSlots: Int32Array;
  byRight: Uint32Array;
  successorStart: Uint32Array;
  predecessorStart: Uint32Array;
  predecessorLeft: Uint16Array;
  /** See CharModel.maxLogp. */
  maxLogp: number;
}

type FileHeader = CharModelHeader & { bigramSlots: number; trigramSlots: number; maxLogp: number };

/** Hash tables twice the size of the keys (a power of two), linear probing. */
export function buildLookup(t: CharModelTables): CharModelLookup {
  const table = (count: number) => {
    let size = 1;
    while (size < count * 2) size <<= 1;
    return new Int32Array(size).fill(-1);
  };
  const bigramSlots = table(t.keys.length);
  for (let i = 0; i < t.keys.length; i++) {
    let h = bigramHash(t.keys[i]!) & (bigramSlots.length - 1);
    while (bigramSlots[h] !== -1) h = (h + 1) & (bigramSlots.length - 1);
    bigramSlots[h] = i;
  }
  const trigramSlots = table(t.trigramKeys.length);
  for (let i = 0; i < t.trigramKeys.length; i++) {
    let h = trigramHash(t.trigramKeys[i]!) & (trigramSlots.length - 1);
    while (trigramSlots[h] !== -1) h = (h + 1) & (trigramSlots.length - 1);
    trigramSlots[h] = i;
  }
  // Stable: within a right id the left ids stay ascending, as in the sorted keys.
  const byRight = Uint32Array.from(t.keys.keys()).sort((a, b) => (t.keys[a]! & 0xffff) - (t.keys[b]! & 0xffff) || a - b);
  // Offsets by character id (compressed sparse rows), so a neighbour list is found without a search.
  const successorStart = new Uint32Array(t.chars.length + 1);
  const predecessorStart = new Uint32Array(t.chars.length + 1);
  for (const key of t.keys) {
    successorStart[(key >>> 16) + 1]!++;
    predecessorStart[(key & 0xffff) + 1]!++;
  }
  for (let c = 1; c <= t.chars.length; c++) {
    successorStart[c]! += successorStart[c - 1]!;
    predecessorStart[c]! += predecessorStart[c - 1]!;
  }
  const predecessorLeft = Uint16Array.from(byRight, (i) => t.keys[i]! >>> 16);
  const max = (a: Int16Array) => a.reduce((m, v) => (v > m ? v : m), -32768);
  // Pruning leaves some back-off weights above 1, and quantised interpolation a few trigrams above 1.
  const bigramMax = Math.max(max(t.bigramLogp), max(t.backoff) + max(t.continuation));
  const maxLogp = Math.max(max(t.unigram), bigramMax, max(t.trigramLogp), max(t.contextBackoff) + bigramMax) / SCALE;
  return { bigramSlots, trigramSlots, byRight, successorStart, predecessorStart, predecessorLeft, maxLogp };
}

export function encodeCharModel(t: CharModelTables): Buffer {
  const lookup = buildLookup(t);
  const header: FileHeader = { ...t.header, bigramSlots: lookup.bigramSlots.length, trigramSlots: lookup.trigramSlots.length, maxLogp: lookup.maxLogp };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const padded = Math.ceil((4 + headerBytes.length) / 8) * 8;
  // Widest elements first, so that every array stays aligned.
  const parts = [t.trigramKeys, lookup.bigramSlots, lookup.trigramSlots, lookup.byRight, lookup.successorStart, lookup.predecessorStart, t.keys, t.bigramLogp, t.backoff, t.continuation, t.unigram, t.contextBackoff, t.trigramLogp, lookup.predecessorLeft].map((a) =>
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
  );
  const charBytes = Buffer.from(t.chars.join("\n"), "utf8");
  const head = Buffer.alloc(padded);
  head.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(head, 4);
  return Buffer.concat([head, ...parts, charBytes]);
}

export function decodeCharModel(bytes: Buffer): CharModelTables & { lookup: CharModelLookup } {
  const headerLength = bytes.readUInt32LE(0);
  const fileHeader = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as FileHeader;
  if (fileHeader.format !== 6) throw new Error(`jiaodui: language model format ${String(fileHeader.format)} is not supported; run \`npm run build:model\``);
  const { bigramSlots: bigramSlotCount, trigramSlots: trigramSlotCount, maxLogp, ...header } = fileHeader;
  let at = Math.ceil((4 + headerLength) / 8) * 8;
  // Views on the file's bytes where they are aligned (a large read starts its own buffer), copies otherwise.
  const take = <T>(Type: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number }, count: number): T => {
    const offset = bytes.byteOffset + at;
    at += count * Type.BYTES_PER_ELEMENT;
    if (offset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, offset, count);
    return new Type(bytes.buffer.slice(offset, offset + count * Type.BYTES_PER_ELEMENT), 0, count);
  };
  const trigramKeys = take(Float64Array, header.trigrams);
  const bigramSlots = take(Int32Array, bigramSlotCount);
  const trigramSlots = take(Int32Array, trigramSlotCount);
  const byRight = take(Uint32Array, header.bigrams);
  const successorStart = take(Uint32Array, header.chars + 1);
  const predecessorStart = take(Uint32Array, header.chars + 1);
  const keys = take(Uint32Array, header.bigrams);
  const bigramLogp = take(Int16Array, header.bigrams);
  const backoff = take(Int16Array, header.chars);
  const continuation = take(Int16Array, header.chars);
  const unigram = take(Int16Array, header.chars);
  const contextBackoff = take(Int16Array, header.bigrams);
  const trigramLogp = take(Int16Array, header.trigrams);
  const predecessorLeft = take(Uint16Array, header.bigrams);
  const chars = bytes.toString("utf8", at).split("\n");
  const lookup = { bigramSlots, trigramSlots, byRight, successorStart, predecessorStart, predecessorLeft, maxLogp };
  return { header, chars, keys, bigramLogp, backoff, continuation, unigram, contextBackoff, trigramKeys, trigramLogp, lookup };
}

/** In sequenceCost's `bigrams`: a bigram the caller has not looked up. */
export const UNKNOWN_BIGRAM = -2;

export class CharModel {
  readonly header: CharModelHeader;
  private readonly ids = new Map<string, number>();
  private readonly t: CharModelTables;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly trigramSlots: Int32Array;
  private readonly trigramMask: number;
  private readonly lookup: CharModelLookup;

  /**
   * The largest natural-log probability logp, logp3 or unigram can return.
   * Slightly above 0: pruning leaves some back-off weights above 1, and
   * quantised interpolation a few trigrams above 1 (searches that stop early
   * must allow for a character lowering a window's cost by this much).
   */
  readonly maxLogp: number;

  constructor(tables: CharModelTables, lookup: CharModelLookup = buildLookup(tables)) {
    this.t = tables;
    this.header = tables.header;
    tables.chars.forEach((c, i) => {
      if (i === 0) return;
      this.ids.set(c, i);
      if (c.length === 1) this.bmpIds[c.charCodeAt(0)] = i;
    });
    this.slots = lookup.bigramSlots;
    this.mask = lookup.bigramSlots.length - 1;
    this.trigramSlots = lookup.trigramSlots;
    this.trigramMask = lookup.trigramSlots.length - 1;
    this.maxLogp = lookup.maxLogp;
    this.lookup = lookup;
  }

  /** Natural-log P(c | a b): the trigram when seen, else the bigram scaled by the context's backoff weight. */
  logp3(a: number, b: number, c: number): number {
    const context = this.find(a, b);
    const trigram = context >= 0 ? this.findTrigram(a, b, c) : -1;
    if (trigram >= 0) return this.t.trigramLogp[trigram]! / SCALE;
    return this.backedOff(context, this.logp(b, c));
  }

  /** Whether the model keeps the trigram a·b·c: its training text writes it often enough to be kept (see scripts/build-model.ts). */
  hasTrigram(a: number, b: number, c: number): boolean {
    return this.find(a, b) >= 0 && this.findTrigram(a, b, c) >= 0;
  }

  /** Slot of the trigram a·b·c in the model (−1 when unseen or c is unknown). */
  private findTrigram(a: number, b: number, c: number): number {
    if (c === 0) return -1;
    const keys = this.t.trigramKeys;
    const key = (a * 65536 + b) * 65536 + c;
    for (let h = trigramHashOf(a, b, c) & this.trigramMask; ; h = (h + 1) & this.trigramMask) {
      const slot = this.trigramSlots[h]!;
      if (slot === -1) return -1;
      if (keys[slot] === key) return slot;
    }
  }

  /** An unseen trigram's log-probability: the bigram's, scaled by the backoff weight of the context slot when the context was seen. */
  private backedOff(context: number, bigramLogp: number): number {
    return context < 0 ? bigramLogp : this.t.contextBackoff[context]! / SCALE + bigramLogp;
  }

  /** logp(left, right) given the slot `find(left, right)`. */
  private bigramAt(slot: number, left: number, right: number): number {
    if (slot >= 0) return this.t.bigramLogp[slot]! / SCALE;
    return (this.t.backoff[left]! + this.t.continuation[right]!) / SCALE;
  }

  /**
   * logp3(w[k−2], w[k−1], w[k]) for k ≥ 1 (logp of the two for k = 1), given
   * the slots `find` of the bigrams w[k−2]·w[k−1] (`context`, −1 for k = 1)
   * and w[k−1]·w[k] (`bigram`): a sequence looks each bigram up once and
   * shares it between the trigram it ends and the one it is the context of.
   */
  private logp3Along(w: Int32Array, k: number, context: number, bigram: number): number {
    const trigram = context >= 0 ? this.findTrigram(w[k - 2]!, w[k - 1]!, w[k]!) : -1;
    if (trigram >= 0) return this.t.trigramLogp[trigram]! / SCALE;
    return this.backedOff(context, this.bigramAt(bigram, w[k - 1]!, w[k]!));
  }

  /**
   * −log P of the characters w[from, n) of a sequence, each given those before
   * it inside w (w[0] by its unigram, w[1] by the bigram, the rest by
   * trigrams): the sum of the same terms as unigram, logp and logp3, in order,
   * each bigram looked up once. Infinity as soon as the sum is sure to exceed
   * `limit` (no character costs less than −maxLogp). `context` is
   * contextOf(w[from − 2], w[from − 1]), for a caller that scores many
   * windows after the same two characters; `bigrams[k]`, where it is not
   * UNKNOWN_BIGRAM, is contextOf(w[k − 1], w[k]) when the caller knows it.
   */
  sequenceCost(w: Int32Array, from: number, n: number, limit = Infinity, context = from >= 2 ? this.find(w[from - 2]!, w[from - 1]!) : -1, bigrams?: Int32Array): number {
    let c = 0;
    for (let k = from; k < n; k++) {
      if (k === 0) {
        c -= this.unigram(w[0]!);
      } else {
        // The bigram ending at k is the context of the trigram at k + 1.
        const known = bigrams === undefined ? UNKNOWN_BIGRAM : bigrams[k]!;
        const bigram = known !== UNKNOWN_BIGRAM ? known : this.find(w[k - 1]!, w[k]!);
        c -= this.logp3Along(w, k, context, bigram);
        context = bigram;
      }
      if (c - (n - 1 - k) * this.maxLogp > limit) return Infinity;
    }
    return c;
  }

  /**
   * The model's handle on a·b as the context of a third character (sequenceCost's
   * `context`): the bigram's slot, −1 when it was not seen.
   */
  contextOf(a: number, b: number): number {
    return this.find(a, b);
  }

  /**
   * Surprisals along the sequence ids[from, to) in one pass, each bigram looked
   * up once: `junctions[k]` = −logp(ids[k−1], ids[k]) (0 at `from`), and
   * `characters[k]` = the surprisal of ids[k] given the two before it in the
   * sequence (−unigram at `from`, the junction next, −logp3 after).
   */
  sequenceSurprisals(ids: Int32Array, junctions: Float64Array, characters: Float64Array, from = 0, to = ids.length): void {
    if (to <= from) return;
    junctions[from] = 0;
    characters[from] = -this.unigram(ids[from]!);
    let context = -1;
    for (let k = from + 1; k < to; k++) {
      const bigram = this.find(ids[k - 1]!, ids[k]!);
      junctions[k] = -this.bigramAt(bigram, ids[k - 1]!, ids[k]!);
      characters[k] = -this.logp3Along(ids, k, context, bigram);
      context = bigram;
    }
  }

  /** Character id (0 for characters the model does not know). */
  id(char: string): number {
    return char.length === 1 ? this.bmpIds[char.charCodeAt(0)]! : (this.ids.get(char) ?? 0);
  }

  /** `id(s[i])` for the code unit s.charCodeAt(i), without making the one-unit string (0 for a lone surrogate). */
  idOfUnit(code: number): number {
    return this.bmpIds[code]!;
  }

  /** Ids of BMP characters by code unit (most lookups; a Map lookup costs several times more). */
  private readonly bmpIds = new Uint16Array(65536);

  /** The character of an id ("" for the unknown character). */
  char(id: number): string {
    return this.t.chars[id] ?? "";
  }

  /** Natural-log unigram probability of a character id. */
  unigram(id: number): number {
    return this.t.unigram[id]! / SCALE;
  }

  /** Natural-log P(right | left). */
  logp(left: number, right: number): number {
    return this.bigramAt(this.find(left, right), left, right);
  }

  /** Whether the bigram left·right was seen in training (kept in the model). */
  seen(left: number, right: number): boolean {
    return this.find(left, right) >= 0;
  }

  /**
   * How much likelier (nats) `right` is after `left` than anywhere: log P(right | left) −
   * log P(right), the pointwise mutual information of a seen pair; −Infinity for a pair the
   * model never saw. A collocation scores high (抄告, 3.6), a chance pair of common characters
   * near or below 0.
   */
  association(left: number, right: number): number {
    const slot = this.find(left, right);
    return slot < 0 ? -Infinity : this.bigramAt(slot, left, right) - this.unigram(right);
  }

  private find(left: number, right: number): number {
    if (left === 0 || right === 0) return -1;
    const key = ((left << 16) | right) >>> 0;
    const keys = this.t.keys;
    for (let h = bigramHash(key) & this.mask; ; h = (h + 1) & this.mask) {
      const slot = this.slots[h]!;
      if (slot === -1) return -1;
      if (keys[slot] === key) return slot;
    }
  }

  /**
   * Characters x with both `before`x and x`after` seen in training, most
   * probable first (at most `limit`): the candidates for a missing or
   * mistyped character between the two.
   */
  bridges(before: string | undefined, after: string | undefined, limit = 40): string[] {
    if (before === undefined || after === undefined) return [];
    return Array.from(this.bridgeIds(this.id(before), this.id(after), limit), (id) => this.t.chars[id]!);
  }

  /** `bridges` by character id. */
  bridgeIds(left: number, right: number, limit = 40): Int32Array {
    return this.bridgeSearch(left, right, limit).ids;
  }

  /**
   * bridgeIds(left, right, limit) with, for each bridge x in the same order,
   * the handles (contextOf) of the two bigrams that make it one: left·x at
   * `bigrams[2i]`, x·right at `bigrams[2i + 1]` — found by the search, so that
   * scoring a bridge in its place needs no lookup of them (sequenceCost's
   * `bigrams`).
   */
  bridgeSearch(left: number, right: number, limit = 40): Readonly<Bridges> {
    if (left === 0 || right === 0) return NO_BRIDGES;
    // The same neighbours recur throughout a document: remember the answers (bounded; the key stays a small integer).
    let cache = this.bridgeCache.get(limit);
    if (!cache) this.bridgeCache.set(limit, (cache = new Map()));
    const key = left * 65536 + right;
    let answer = cache.get(key);
    if (!answer) {
      if (cache.size >= 50_000) cache.clear();
      cache.set(key, (answer = this.findBridges(left, right, limit)));
    }
    return answer;
  }

  private readonly bridgeCache = new Map<number, Map<number, Bridges>>();

  private findBridges(left: number, right: number, limit: number): Bridges {
    const { keys, bigramLogp } = this.t;
    const { byRight, successorStart, predecessorStart, predecessorLeft } = this.lookup;
    // Merge the successors of left (keys in order: x ascending) with the predecessors of right (x ascending).
    let i = successorStart[left]!;
    const iEnd = successorStart[left + 1]!;
    let k = predecessorStart[right]!;
    const kEnd = predecessorStart[right + 1]!;
    // The best `limit` so far, most probable first; an equal score goes after those already kept (x ascending).
    // Each kept as the slots of its two bigrams (left·x is keys[i], so x is its low 16 bits), in scratch
    // arrays reused across calls: a typed array of this size costs an allocation of ≈ 1 µs.
    if (this.scratchScores.length < limit) {
      this.scratchLeft = new Int32Array(limit);
      this.scratchRight = new Int32Array(limit);
      this.scratchScores = new Int32Array(limit);
    }
    const { scratchLeft: bestLeft, scratchRight: bestRight, scratchScores: bestScores } = this;
    let kept = 0;
    while (i < iEnd && k < kEnd) {
      const x = keys[i]! & 0xffff;
      const y = predecessorLeft[k]!;
      if (x < y) i++;
      else if (y < x) k++;
      else {
        const score = bigramLogp[i]! + bigramLogp[byRight[k]!]!;
        if (kept < limit || score > bestScores[limit - 1]!) {
          let at = Math.min(kept, limit - 1);
          while (at > 0 && bestScores[at - 1]! < score) {
            bestLeft[at] = bestLeft[at - 1]!;
            bestRight[at] = bestRight[at - 1]!;
            bestScores[at] = bestScores[at - 1]!;
            at--;
          }
          bestLeft[at] = i;
          bestRight[at] = byRight[k]!;
          bestScores[at] = score;
          if (kept < limit) kept++;
        }
        i++;
        k++;
      }
    }
    // The answer, the ids then the bigram pairs, in a slab shared by many answers: a typed array
    // of its own was a fifth of the search (a fresh backing store each time).
    if (this.slabUsed + 3 * kept > this.slab.length) {
      this.slab = new Int32Array(Math.max(SLAB_SIZE, 3 * kept));
      this.slabUsed = 0;
    }
    const from = this.slabUsed;
    const answer = this.slab;
    this.slabUsed += 3 * kept;
    for (let j = 0; j < kept; j++) {
      answer[from + j] = keys[bestLeft[j]!]! & 0xffff;
      answer[from + kept + 2 * j] = bestLeft[j]!;
      answer[from + kept + 2 * j + 1] = bestRight[j]!;
    }
    return { ids: answer.subarray(from, from + kept), bigrams: answer.subarray(from + kept, from + 3 * kept) };
  }

  private scratchLeft = new Int32Array(0);
  private scratchRight = new Int32Array(0);
  private scratchScores = new Int32Array(0);
  /** Where findBridges writes its answers (a new slab when full; the old one lives as long as answers in it). */
  private slab = new Int32Array(0);
  private slabUsed = 0;
}

/** Int32 entries in a slab of bridge answers (256 KB: about 900 answers of 24 bridges). */
const SLAB_SIZE = 65536;

/** The bridges between two neighbours (see bridgeSearch). */
export interface Bridges {
  ids: Int32Array;
  bigrams: Int32Array;
}

const NONE = new Int32Array(0);
const NO_BRIDGES: Bridges = { ids: NONE, bigrams: NONE };

function bigramHash(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0;
}

/** Hash of a trigram key ((a × 65536 + b) × 65536 + c): its bits above 24 mixed with its low 24 bits. */
function trigramHash(key: number): number {
  return trigramHashOf(Math.floor(key / 0x100000000), Math.floor(key / 0x10000) % 0x10000, key % 0x10000);
}

/** trigramHash of the key of a·b·c, from the ids (integer arithmetic instead of a division and a remainder of a 48-bit number). */
function trigramHashOf(a: number, b: number, c: number): number {
  // key / 2^24 = a × 2^8 + (b × 2^16 + c) / 2^24, so its floor is a × 256 + (b >> 8); key mod 2^24 = (b mod 256) × 2^16 + c.
  return (Math.imul(a * 256 + (b >> 8), 0x9e3779b1) ^ Math.imul(((b & 0xff) << 16) | c, 0x85ebca6b)) >>> 0;
}

let shared: CharModel | undefined;


/** The process-wide model, loaded on first use. */
export function getCharModel(): CharModel {
  if (!shared) {
    const path = charModelPath();
    if (!existsSync(path)) throw new Error(`jiaodui: the language model ${path} is missing; run \`npm run build:model\``);
    const decoded = decodeCharModel(readDataFile(path));
    shared = new CharModel(decoded, decoded.lookup);
  }
  return shared;
}
