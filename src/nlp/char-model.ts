/**
 * A character bigram language model of formal Chinese (interpolated
 * Kneser–Ney), trained by scripts/build-model.ts on the jieba dictionary
 * (word-internal bigrams, weighted by word frequency) and the tuning half of
 * the dev corpus (running text). The committed file data/model/char-ngram.bin
 * holds pruned, quantised probabilities; it is loaded lazily, once per process.
 *
 * File layout (little endian):
 *   uint32 headerLength | header JSON | padding to 4 bytes
 *   uint32[bigrams] key (left id << 16 | right id), sorted
 *   int16[bigrams]  log P(right | left) × 1000 (interpolated)
 *   int16[chars]    log backoff weight of the left char × 1000
 *   int16[chars]    log continuation probability × 1000
 *   int16[chars]    log unigram probability × 1000
 *   int16[chars]    log P(the character stands alone as a one-character word) × 1000
 *   chars, UTF-8, joined by "\n" (id 0 is the unknown character, written "")
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../paths.js";

export const MODEL_DIR = join(PACKAGE_ROOT, "data", "model");
export const CHAR_MODEL_FILE = "char-ngram.bin";
const SCALE = 1000;

export interface CharModelHeader {
  format: 1;
  /** What it was trained on, e.g. "jieba dict.txt#… + dev tune half (33 files, 1 234 567 chars)". */
  source: string;
  chars: number;
  bigrams: number;
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
  alone: Int16Array;
}

export function encodeCharModel(t: CharModelTables): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(t.header), "utf8");
  const padded = Math.ceil((4 + headerBytes.length) / 4) * 4;
  const parts = [t.keys, t.bigramLogp, t.backoff, t.continuation, t.unigram, t.alone].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength));
  const charBytes = Buffer.from(t.chars.join("\n"), "utf8");
  const head = Buffer.alloc(padded);
  head.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(head, 4);
  return Buffer.concat([head, ...parts, charBytes]);
}

export function decodeCharModel(bytes: Buffer): CharModelTables {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as CharModelHeader;
  let at = Math.ceil((4 + headerLength) / 4) * 4;
  const copy = (n: number) => {
    const out = bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + n);
    at += n;
    return out;
  };
  const keys = new Uint32Array(copy(header.bigrams * 4));
  const bigramLogp = new Int16Array(copy(header.bigrams * 2));
  const backoff = new Int16Array(copy(header.chars * 2));
  const continuation = new Int16Array(copy(header.chars * 2));
  const unigram = new Int16Array(copy(header.chars * 2));
  const alone = new Int16Array(copy(header.chars * 2));
  const chars = bytes.toString("utf8", at).split("\n");
  return { header, chars, keys, bigramLogp, backoff, continuation, unigram, alone };
}

export class CharModel {
  readonly header: CharModelHeader;
  private readonly ids = new Map<string, number>();
  private readonly t: CharModelTables;
  /** Open-addressing hash of bigram keys → index (faster than binary search). */
  private readonly slots: Int32Array;
  private readonly slotKeys: Uint32Array;
  private readonly mask: number;

  constructor(tables: CharModelTables) {
    this.t = tables;
    this.header = tables.header;
    tables.chars.forEach((c, i) => {
      if (i > 0) this.ids.set(c, i);
    });
    let size = 1;
    while (size < tables.keys.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.slotKeys = new Uint32Array(size);
    for (let i = 0; i < tables.keys.length; i++) {
      const key = tables.keys[i]!;
      let h = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
      while (this.slots[h] !== -1) h = (h + 1) & this.mask;
      this.slots[h] = i;
      this.slotKeys[h] = key;
    }
  }

  /** Character id (0 for characters the model does not know). */
  id(char: string): number {
    return this.ids.get(char) ?? 0;
  }

  /** Natural-log unigram probability of a character id. */
  unigram(id: number): number {
    return this.t.unigram[id]! / SCALE;
  }

  /** Natural-log probability that the character stands alone as a word (in clean formal text). */
  alone(char: string): number {
    return this.t.alone[this.id(char)]! / SCALE;
  }

  /** Whether the bigram was seen in training (after pruning). */
  seen(left: number, right: number): boolean {
    return this.find(left, right) >= 0;
  }

  /** Natural-log P(right | left). */
  logp(left: number, right: number): number {
    const i = this.find(left, right);
    if (i >= 0) return this.t.bigramLogp[i]! / SCALE;
    return (this.t.backoff[left]! + this.t.continuation[right]!) / SCALE;
  }

  private find(left: number, right: number): number {
    if (left === 0 || right === 0) return -1;
    const key = ((left << 16) | right) >>> 0;
    let h = Math.imul(key, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const slot = this.slots[h]!;
      if (slot === -1) return -1;
      if (this.slotKeys[h] === key) return slot;
      h = (h + 1) & this.mask;
    }
  }

  /**
   * Characters x with both `before`x and x`after` seen in training, most
   * probable first (at most `limit`): the candidates for a missing or
   * mistyped character between the two.
   */
  bridges(before: string | undefined, after: string | undefined, limit = 40): string[] {
    if (before === undefined || after === undefined) return [];
    const left = this.id(before);
    const right = this.id(after);
    if (left === 0 || right === 0) return [];
    const keys = this.t.keys;
    let low = 0;
    let high = keys.length;
    const first = (left << 16) >>> 0;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (keys[mid]! < first) low = mid + 1;
      else high = mid;
    }
    const found: [string, number][] = [];
    for (let i = low; i < keys.length && keys[i]! >>> 16 === left; i++) {
      const x = keys[i]! & 0xffff;
      const j = this.find(x, right);
      if (j >= 0) found.push([this.t.chars[x]!, this.t.bigramLogp[i]! + this.t.bigramLogp[j]!]);
    }
    found.sort((a, b) => b[1] - a[1]);
    return found.slice(0, limit).map((f) => f[0]);
  }

  /** Surprisal (−log P) of each character of `text` given the one before; the first character of a run is scored by its unigram. */
  surprisals(text: string): Float64Array {
    const out = new Float64Array(text.length);
    let prev = -1;
    for (let i = 0; i < text.length; i++) {
      const id = this.id(text[i]!);
      out[i] = prev < 0 ? -this.unigram(id) : -this.logp(prev, id);
      prev = id;
    }
    return out;
  }
}

let shared: CharModel | undefined;

/** The model file; JIAODUI_CHAR_MODEL overrides it (threshold experiments with a model trained on part of the data). */
export function charModelPath(): string {
  return process.env.JIAODUI_CHAR_MODEL ?? join(MODEL_DIR, CHAR_MODEL_FILE);
}

/** The process-wide model, loaded on first use. */
export function getCharModel(): CharModel {
  if (!shared) {
    const path = charModelPath();
    if (!existsSync(path)) throw new Error(`jiaodui: the language model ${path} is missing; run \`npm run build:model\``);
    shared = new CharModel(decodeCharModel(readFileSync(path)));
  }
  return shared;
}
