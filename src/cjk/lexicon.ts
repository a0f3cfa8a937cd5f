/**
 * The lexicon: words with frequencies and part-of-speech tags (idioms are
 * tagged `i`) from the jieba dictionary, precompiled by scripts/build-lexicon.ts.
 * Loaded lazily, once per process (or worker; it is immutable), only by rules
 * that need it. Loading builds no Map: lookups probe the hash table stored in
 * the file (see lexicon-format.ts), so start-up costs one read (≈ 5 ms).
 */
import { closeSync, openSync, readSync } from "node:fs";
import { join } from "node:path";
import { readDataFile } from "../data-files.js";
import { GENERATED_DATA_DIR } from "../paths.js";
import { decodeLexicon, LEXICON_FILE, readLexiconHeader, type LexiconHeader } from "./lexicon-format.js";

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
    return lexiconVersion(this.header);
  }

  get size(): number {
    return this.header.count;
  }

  /** Index of `word`, or -1. */
  private indexOf(word: string): number {
    return this.indexAt(word, 0, word.length);
  }

  /**
   * Index of the word text[start, start + n), or -1. Reads the code units in
   * place: hot loops (segmentation, window scans) look up substrings without
   * allocating them.
   */
  private indexAt(text: string, start: number, n: number): number {
    if (n <= 0 || n > this.maxWordLength) return -1;
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) {
      h ^= text.charCodeAt(start + i);
      h = Math.imul(h, 0x01000193);
    }
    const { table, wordStarts, units, mask } = this;
    let slot = (h >>> 0) & mask;
    for (;;) {
      const entry = table[slot]!;
      if (entry === 0) return -1;
      const index = entry - 1;
      const from = wordStarts[index]!;
      if (wordStarts[index + 1]! - from === n) {
        let j = 0;
        while (j < n && units[from + j] === text.charCodeAt(start + j)) j++;
        if (j === n) return index;
      }
      slot = (slot + 1) & mask;
    }
  }

  has(word: string): boolean {
    return this.indexOf(word) >= 0;
  }

  /** `has(text.slice(start, start + length))` without building the substring. */
  hasAt(text: string, start: number, length: number): boolean {
    return this.indexAt(text, start, length) >= 0;
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
    return this.logProbabilityAt(word, 0, word.length);
  }

  /** `logProbability(text.slice(start, start + length))` without building the substring. */
  logProbabilityAt(text: string, start: number, length: number): number {
    const i = this.indexAt(text, start, length);
    const frequency = i < 0 ? 0 : this.frequencies[i]!;
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

  /**
   * The words of `minLength` code units or more counted `minFrequency` times or more, in lexicon
   * order: only those are decoded (entries() decodes all 349 000, ≈ 100 ms).
   */
  *wordsAtLeast(minLength: number, minFrequency: number): Generator<string> {
    const { wordStarts, frequencies } = this;
    for (let i = 0; i < this.header.count; i++) {
      if (wordStarts[i + 1]! - wordStarts[i]! >= minLength && frequencies[i]! >= minFrequency) yield this.wordAt(i);
    }
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
  shared ??= new Lexicon(readDataFile(join(GENERATED_DATA_DIR, LEXICON_FILE)));
  return shared;
}

/** The lexicon if some rule has loaded it, for the report's provenance fields. */
export function loadedLexicon(): Lexicon | undefined {
  return shared;
}

const lexiconVersion = (header: LexiconHeader) => `${header.source}#${header.sha256}`;

/** What a report says about the lexicon. */
export interface LexiconInfo {
  source: string;
  version: string;
  words: number;
}

let usedElsewhere: LexiconInfo | undefined;

/**
 * Record that rules used the lexicon in another thread (a lint worker), for
 * the report's provenance: reads only the file's header, not the 349 000
 * words this thread does not need.
 */
export function noteLexiconUsed(): void {
  if (shared || usedElsewhere) return;
  const fd = openSync(join(GENERATED_DATA_DIR, LEXICON_FILE), "r");
  try {
    const length = Buffer.alloc(4);
    readSync(fd, length, 0, 4, 0);
    const head = Buffer.alloc(4 + length.readUInt32LE(0));
    readSync(fd, head, 0, head.length, 0);
    const header = readLexiconHeader(head);
    usedElsewhere = { source: header.source, version: lexiconVersion(header), words: header.count };
  } finally {
    closeSync(fd);
  }
}

/** The provenance of the lexicon the rules used (in this thread or another), if they used it. */
export function lexiconInfo(): LexiconInfo | undefined {
  if (shared) return { source: shared.header.source, version: shared.version, words: shared.size };
  return usedElsewhere;
}
