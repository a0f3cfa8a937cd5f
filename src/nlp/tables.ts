/**
 * Lexicon-derived tables of the NLP modules, precompiled at build time by
 * scripts/build-nlp-tables.ts into data/generated/nlp-tables.bin, so start-up
 * does not walk the 349 000 lexicon entries (≈ 330 ms) but reads one file:
 *
 *  - for segment.ts: the frequency of every one-character word, the compact
 *    index of every code unit that starts or continues a word prefix, and the
 *    bit mask of the word lengths for each two-character prefix;
 *  - for word-classes.ts: function characters, place characters, the share
 *    of transliterated names among the words containing each character, and
 *    the characters that begin or end many two-character words.
 *
 * Loaded lazily, once per process. The file records the lexicon version it
 * was derived from; when it is missing or stale the tables are computed from
 * the lexicon instead (same result, slower start).
 *
 * File layout (little endian):
 *   uint32 headerLength | header JSON | padding to 4 bytes
 *   uint32[singles]  frequency of each one-character word (code unit in the header's order)
 *   uint16[singles]  its code unit
 *   uint16[65536]    compact index of each code unit (0: none)
 *   uint32[prefixes] key (compact first × 0x8000 + compact second)
 *   uint32[slots]    the prefix keys as segment.ts's open-addressing hash table: key + 1 (0: empty)
 *   uint16[prefixes] bit mask of word lengths
 *   uint16[slots]    the length mask of each slot's key
 *
 * (The hash table is stored rather than built at start-up: building it from
 * the 178 000 prefixes took ≈ 40 ms of a cold run.)
 */
import { join } from "node:path";
import { getLexicon, type Lexicon } from "../cjk/lexicon.js";
import { NLP_TABLES_FILE, precompiledOr } from "../data-files.js";
import { GENERATED_DATA_DIR } from "../paths.js";

export { NLP_TABLES_FILE } from "../data-files.js";

/** Longest word the segmenter tries (longer dictionary entries are rare set phrases). */
export const MAX_WORD = 8;

export const FUNCTION_TAGS = new Set(["p", "c", "u", "uj", "ul", "ud", "ug", "uv", "uz", "d", "df", "dg", "r", "rr", "rz", "rg", "f", "q", "m", "mq", "y", "e", "o", "k", "h", "t", "tg"]);

/**
 * A grammar character (FUNCTION_TAGS) that the dictionary counts alone less than this share of its
 * uses (alone + inside words) is a bound morpheme, not a function word: 务 (d, of 义务), 况 (c, of
 * 情况), 根 (p, of 根据), 然, 特, 目. Standing alone it is a broken word, as any content character
 * (tuning side, four dense seeds: 10 more found, no clean change; a fifth made 1 more clean
 * finding on each side).
 * Numerals and measure words stay grammar: they stand alone before nouns (十, 级 of 三级).
 */
export const BOUND_MORPHEME_SHARE = 0.1;
const STANDS_BEFORE_NOUNS = new Set(["m", "mq", "q"]);

/** Two-character dictionary words a character must begin (or end) to count as productive there (word-classes.ts: formsCompound). */
export const PRODUCTIVE_IN_PAIRS = 60;

/**
 * Three-character dictionary words a frame (含?量: 含金量 含水量 含氧量…) must hold to be productive:
 * a coinage in it (含新量, 含绿量) is written as meant (word-classes.ts: isProductiveFrame).
 */
export const PRODUCTIVE_FRAME = 10;

export interface NlpTablesHeader {
  format: 4;
  /** `Lexicon.version` of the lexicon the tables were derived from. */
  lexicon: string;
  singles: number;
  prefixes: number;
  /** Slots of the prefix hash table (a power of two). */
  slots: number;
  functionChars: string;
  placeChars: string;
  /** Characters of transliterated names and their name share (see word-classes.ts). */
  nameChars: string;
  nameShares: number[];
  /** Characters that begin, and that end, PRODUCTIVE_IN_PAIRS or more two-character words. */
  pairHeads: string;
  pairTails: string;
  /** The outer characters of PRODUCTIVE_FRAME or more three-character words (含量 for 含?量), two by two. */
  frames: string;
}

export interface NlpTables {
  header: NlpTablesHeader;
  singleCodes: Uint16Array;
  singleFrequencies: Uint32Array;
  compact: Uint16Array;
  prefixKeys: Uint32Array;
  prefixMasks: Uint16Array;
  /** Open-addressing hash of the prefix keys (linear probing, `prefixSlot`): slot → key + 1 (0: empty), and its length mask. */
  slotKeys: Uint32Array;
  slotMasks: Uint16Array;
}

/** First slot of `key` in a table of `mask + 1` slots (build and lookup must agree). */
export const prefixSlot = (key: number, mask: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;

function prefixHash(keys: Uint32Array, masks: Uint16Array): { slotKeys: Uint32Array; slotMasks: Uint16Array } {
  let size = 1;
  while (size < keys.length * 2) size <<= 1;
  const slotKeys = new Uint32Array(size);
  const slotMasks = new Uint16Array(size);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let h = prefixSlot(key, size - 1);
    while (slotKeys[h] !== 0) h = (h + 1) & (size - 1);
    slotKeys[h] = key + 1;
    slotMasks[h] = masks[i]!;
  }
  return { slotKeys, slotMasks };
}

/** Derive the tables from the lexicon (the build script, and the fallback). */
export function computeNlpTables(lexicon: Lexicon): NlpTables {
  const singles: [number, number][] = [];
  const lengths = new Map<number, number>();
  const compact = new Uint16Array(0x10000);
  let nextCompact = 1;
  const compactOf = (code: number) => (compact[code] ||= nextCompact++);
  const functionChars: [char: string, frequency: number, tag: string][] = [];
  const placeChars: string[] = [];
  const inNames = new Map<string, number>();
  const inWords = new Map<string, number>();
  const inWordFrequency = new Map<string, number>();
  const heads = new Map<string, number>();
  const tails = new Map<string, number>();
  const frames = new Map<string, Set<string>>();
  for (const { word, frequency, tag } of lexicon.entries()) {
    if (word.length === 3 && frequency > 0 && !/[\uD800-\uDFFF]/u.test(word)) {
      const frame = word[0]! + word[2]!;
      if (!frames.has(frame)) frames.set(frame, new Set());
      frames.get(frame)!.add(word[1]!);
    }
    if (word.length === 2 && !/[\uD800-\uDFFF]/u.test(word)) {
      heads.set(word[0]!, (heads.get(word[0]!) ?? 0) + 1);
      tails.set(word[1]!, (tails.get(word[1]!) ?? 0) + 1);
    }
    if (word.length === 1) {
      if (FUNCTION_TAGS.has(tag)) functionChars.push([word, frequency, tag]);
      if (tag === "ns" || tag === "j") placeChars.push(word);
      if (frequency > 0) singles.push([word.charCodeAt(0), frequency]);
      continue;
    }
    const seen = new Set<string>();
    for (const c of word) {
      if (seen.has(c)) continue;
      seen.add(c);
      inWords.set(c, (inWords.get(c) ?? 0) + 1);
      inWordFrequency.set(c, (inWordFrequency.get(c) ?? 0) + frequency);
      if (tag === "nrt") inNames.set(c, (inNames.get(c) ?? 0) + 1);
    }
    if (frequency <= 0 || word.length > MAX_WORD) continue;
    // Small-integer keys (V8 hashes them fast): compact indices of the first two code units.
    const key = compactOf(word.charCodeAt(0)) * 0x8000 + compactOf(word.charCodeAt(1));
    lengths.set(key, (lengths.get(key) ?? 0) | (1 << word.length));
  }
  if (nextCompact >= 0x8000) throw new Error("nlp tables: too many distinct prefix characters");
  const isBoundMorpheme = ([c, alone, tag]: [string, number, string]) =>
    !STANDS_BEFORE_NOUNS.has(tag) && alone < BOUND_MORPHEME_SHARE * (alone + (inWordFrequency.get(c) ?? 0));
  const nameChars: string[] = [];
  const nameShares: number[] = [];
  for (const [c, n] of inNames) {
    nameChars.push(c);
    // Characters seen in few names say little; shrink their share towards 0.
    nameShares.push(n / ((inWords.get(c) ?? n) + 20));
  }
  const productive = (counts: Map<string, number>) => [...counts].filter(([, n]) => n >= PRODUCTIVE_IN_PAIRS).map(([c]) => c).join("");
  const prefixes = [...lengths].sort((a, b) => a[0] - b[0]);
  const prefixKeys = Uint32Array.from(prefixes.map((p) => p[0]));
  const prefixMasks = Uint16Array.from(prefixes.map((p) => p[1]));
  const { slotKeys, slotMasks } = prefixHash(prefixKeys, prefixMasks);
  return {
    header: {
      format: 4,
      lexicon: lexicon.version,
      singles: singles.length,
      prefixes: prefixes.length,
      slots: slotKeys.length,
      functionChars: functionChars
        .filter((entry) => !isBoundMorpheme(entry))
        .map(([c]) => c)
        .join(""),
      placeChars: placeChars.join(""),
      nameChars: nameChars.join("\n"),
      nameShares,
      pairHeads: productive(heads),
      pairTails: productive(tails),
      frames: [...frames]
        .filter(([, middles]) => middles.size >= PRODUCTIVE_FRAME)
        .map(([frame]) => frame)
        .join(""),
    },
    singleCodes: Uint16Array.from(singles.map((s) => s[0])),
    singleFrequencies: Uint32Array.from(singles.map((s) => s[1])),
    compact,
    prefixKeys,
    prefixMasks,
    slotKeys,
    slotMasks,
  };
}

export function encodeNlpTables(t: NlpTables): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(t.header), "utf8");
  const padded = Math.ceil((4 + headerBytes.length) / 4) * 4;
  const head = Buffer.alloc(padded);
  head.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(head, 4);
  // 4-byte arrays first after the header, then pad each 2-byte array to 4 bytes.
  const parts: Buffer[] = [head];
  for (const a of [t.singleFrequencies, t.prefixKeys, t.slotKeys, t.singleCodes, t.compact, t.prefixMasks, t.slotMasks]) {
    const b = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(b);
    if (b.length % 4) parts.push(Buffer.alloc(4 - (b.length % 4)));
  }
  return Buffer.concat(parts);
}

export function decodeNlpTables(bytes: Uint8Array): NlpTables {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.readUInt32LE(0);
  const header = JSON.parse(view.toString("utf8", 4, 4 + headerLength)) as NlpTablesHeader;
  if (header.format !== 4) throw new Error(`nlp tables: format ${String(header.format)} is not 4; run \`npm run build\``);
  // Views over the bytes read (sections start on 4-byte boundaries), copied once only when the
  // buffer itself is not 4-byte aligned: fresh memory is not free (page faults) at start-up.
  const aligned = view.byteOffset % 4 === 0 ? view : Buffer.from(view);
  let at = aligned.byteOffset + Math.ceil((4 + headerLength) / 4) * 4;
  const take = (n: number) => {
    const start = at;
    at += Math.ceil(n / 4) * 4;
    return start;
  };
  const { buffer } = aligned;
  const singleFrequencies = new Uint32Array(buffer, take(header.singles * 4), header.singles);
  const prefixKeys = new Uint32Array(buffer, take(header.prefixes * 4), header.prefixes);
  const slotKeys = new Uint32Array(buffer, take(header.slots * 4), header.slots);
  const singleCodes = new Uint16Array(buffer, take(header.singles * 2), header.singles);
  const compact = new Uint16Array(buffer, take(0x10000 * 2), 0x10000);
  const prefixMasks = new Uint16Array(buffer, take(header.prefixes * 2), header.prefixes);
  const slotMasks = new Uint16Array(buffer, take(header.slots * 2), header.slots);
  return { header, singleCodes, singleFrequencies, compact, prefixKeys, prefixMasks, slotKeys, slotMasks };
}

const loaded = new WeakMap<Lexicon, NlpTables>();

/** The tables for `lexicon`: the precompiled file when it matches the lexicon, else computed. */
export function getNlpTables(lexicon: Lexicon = getLexicon()): NlpTables {
  let tables = loaded.get(lexicon);
  if (!tables) {
    tables = precompiledOr(
      join(GENERATED_DATA_DIR, NLP_TABLES_FILE),
      (bytes) => {
        const decoded = decodeNlpTables(bytes);
        return decoded.header.lexicon === lexicon.version ? decoded : undefined;
      },
      () => computeNlpTables(lexicon),
    );
    loaded.set(lexicon, tables);
  }
  return tables;
}
