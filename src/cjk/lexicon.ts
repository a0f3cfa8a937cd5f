/**
 * The lexicon: words with frequencies and part-of-speech tags (idioms are
 * tagged `i`) from the jieba dictionary, precompiled by scripts/build-lexicon.ts.
 * Loaded lazily, once per process (it is immutable), only by rules that need it.
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
  readonly maxWordLength: number;
  private readonly index = new Map<string, number>();
  private readonly words: string[];
  private readonly frequencies: Uint32Array;
  private readonly tagIndices: Uint8Array;
  private readonly logTotal: number;

  constructor(bytes: Buffer) {
    const { header, words, frequencies, tagIndices } = decodeLexicon(bytes);
    this.header = header;
    this.words = words;
    this.frequencies = frequencies;
    this.tagIndices = tagIndices;
    this.logTotal = Math.log(header.totalFrequency);
    let longest = 0;
    for (let i = 0; i < words.length; i++) {
      this.index.set(words[i]!, i);
      if (words[i]!.length > longest) longest = words[i]!.length;
    }
    this.maxWordLength = longest;
  }

  /** A short identifier for reports, e.g. "jieba-dict@2.0.3#1a2b…". */
  get version(): string {
    return `${this.header.source}#${this.header.sha256}`;
  }

  get size(): number {
    return this.words.length;
  }

  has(word: string): boolean {
    return this.index.has(word);
  }

  /** Dictionary frequency, 0 when the word is unknown. */
  frequency(word: string): number {
    const i = this.index.get(word);
    return i === undefined ? 0 : this.frequencies[i]!;
  }

  /** Part-of-speech tag, e.g. "n", "v", "i" (idiom); undefined when unknown. */
  tag(word: string): string | undefined {
    const i = this.index.get(word);
    return i === undefined ? undefined : this.header.tags[this.tagIndices[i]!];
  }

  isIdiom(word: string): boolean {
    return this.tag(word) === "i";
  }

  /** Natural-log unigram probability; -Infinity for unknown words. */
  logProbability(word: string): number {
    const frequency = this.frequency(word);
    return frequency > 0 ? Math.log(frequency) - this.logTotal : -Infinity;
  }

  *entries(): Generator<LexiconEntry> {
    for (let i = 0; i < this.words.length; i++) {
      yield { word: this.words[i]!, frequency: this.frequencies[i]!, tag: this.header.tags[this.tagIndices[i]!]! };
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
