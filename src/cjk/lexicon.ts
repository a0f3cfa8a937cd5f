/**
 * The lexicon: words with frequencies and part-of-speech tags (idioms are
 * tagged `i`) from the jieba dictionary, precompiled by scripts/build-lexicon.ts.
 * Loaded lazily, once per process (or worker; it is immutable), only by rules
 * that need it. Loading builds no Map: lookups probe the hash table stored in
 * the file (see lexicon-format.ts), so start-up costs one read (≈ 5 ms).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DATA_DIR } from "../paths.js";
import { decodeLexicon, LEXICON_FILE, type LexiconHeader } from "./lexicon-format.js";

export interface LexiconEntry {
  word: string;
  frequency: number;
  tag: string;
}

export class Lexicon {
  readonly header: LexiconHeader;
  /** Longest word, in UTF-16 code units. */
  readonly maxWordLength: number;
  private readonly frequencies: Uint32Array;
  private readonly wordStarts: Uint32Array;
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly units: Uint16Array;
  private readonly tagIndices: Uint8Array;
  private readonly charCodes: Uint32Array;
  private readonly charCounts: Float64Array;
  private readonly logTotal: number;

  constructor(bytes: Uint8Array) {
    const data = decodeLexicon(bytes);
    this.header = data.header;
    this.maxWordLength = data.header.maxWordLength;
    this.frequencies = data.frequencies;
    this.wordStarts = data.wordStarts;
    this.table = data.table;
    this.mask = data.header.tableSize - 1;
    this.units = data.units;
    this.tagIndices = data.tagIndices;
    this.charCodes = data.charCodes;
    this.charCounts = data.charCounts;
    this.logTotal = Math.log(data.header.totalFrequency);
  }

  /** A short identifier for reports, e.g. "jieba-dict@2.0.3#1a2b…". */
  get version(): string {
    return `${this.header.source}#${this.header.sha256}`;
  }

  get size(): number {
    return this.header.count;
  }

  /** Index of `word`, or -1. */
  private indexOf(word: string): number {
    const n = word.length;
    if (n === 0 || n > this.maxWordLength) return -1;
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      h ^= word.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    const { table, wordStarts, units, mask } = this;
    let slot = (h >>> 0) & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) return -1;
      const index = entry - 1;
      const start = wordStarts[index]!;
      if (wordStarts[index + 1]! - start === n) {
        let j = 0;
        while (j < n && units[start + j] === word.charCodeAt(j)) j++;
        if (j === n) return index;
      }
      slot = (slot + 1) & mask;
    }
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** Dictionary frequency, 0 when the word is unknown. */
  frequency(word: string): number {
    const i = this.indexOf(word);
    return i < 0 ? 0 : this.frequencies[i]!;
  }

  /** Part-of-speech tag, e.g. "n", "v", "i" (idiom); undefined when unknown. */
  tag(word: string): string | undefined {
    const i = this.indexOf(word);
    return i < 0 ? undefined : this.header.tags[this.tagIndices[i]!];
  }

  isIdiom(word: string): boolean {
    return this.tag(word) === "i";
  }

  /** Natural-log unigram probability; -Infinity for unknown words. */
  logProbability(word: string): number {
    const frequency = this.frequency(word);
    return frequency > 0 ? Math.log(frequency) - this.logTotal : -Infinity;
  }

  /**
   * Summed frequency of the words containing the character `char` (one code
   * point; counted once per occurrence), 0 when no word contains it.
   * Precompiled; see `characterTotal` for the denominator.
   */
  characterFrequency(char: string): number {
    const code = char.codePointAt(0);
    if (code === undefined) return 0;
    const codes = this.charCodes;
    let lo = 0;
    let hi = codes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = codes[mid]!;
      if (c === code) return this.charCounts[mid]!;
      if (c < code) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  /** Σ frequency × length (UTF-16 code units) over all words. */
  get characterTotal(): number {
    return this.header.charTotal;
  }

  private wordAt(i: number): string {
    const units = this.units.subarray(this.wordStarts[i]!, this.wordStarts[i + 1]!);
    return String.fromCharCode.apply(null, units as unknown as number[]);
  }

  /** Every entry, in the order of the sorted words. */
  *entries(): Generator<LexiconEntry> {
    for (let i = 0; i < this.header.count; i++) {
      yield { word: this.wordAt(i), frequency: this.frequencies[i]!, tag: this.header.tags[this.tagIndices[i]!]! };
    }
  }
}

let shared: Lexicon | undefined;

/** The process-wide lexicon, loaded on first use. */
export function getLexicon(): Lexicon {
  shared ??= new Lexicon(readFileSync(join(GENERATED_DATA_DIR, LEXICON_FILE)));
  return shared;
}

/** The lexicon if some rule has loaded it, for the report's provenance fields. */
export function loadedLexicon(): Lexicon | undefined {
  return shared;
}
