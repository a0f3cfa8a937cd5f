/**
 * A long dictionary name that lost a character (《中人民共和国刑法》 for 中华人民共和国,
 * 最人民检察院 for 最高人民检察院, 第十九届人民代表会 for 人民代表大会). Names of five characters or
 * more are fixed strings: one character short, they are no word, yet the pieces left are
 * words the trigram model knows (中人, 人民, 共和国), so it gains too little from the lost
 * character for the channel, which adds characters only next to characters standing alone.
 * Over the big corpus (50 MB) this finds two slips of the sources (人民代表会, 本行政域区) and
 * nothing else; 军人代表大会 (8.7 nats from 军人民代表大会) shows why the gain bar is needed.
 */
import { getLexicon, type Lexicon } from "../../src/cjk/lexicon.js";
import { hashUnits } from "../../src/cjk/lexicon-format.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { occursElsewhere, readingCost } from "../../src/nlp/plausibility.js";
import type { Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/** Shortest name (characters); four-character ones are idioms' and set phrases' (idiom-variant). */
const MIN_NAME_LENGTH = 5;
/**
 * Dictionary count a name needs: rarer long entries are compositional phrases as often as names,
 * and the 818 names counted 30 times or more keep the index cheaper to build (≈ 33 ms at a cold start;
 * the 2 249 counted 10 times or more took ≈ 58 ms, for the same finds on the tuning side).
 */
const MIN_NAME_FREQUENCY = 30;
/**
 * How much better (nats) the name must read than the text, with two characters each side. Tuning half
 * and validation split: true drops gain 14–16, 国博物馆 in the bundled sample (两国博物馆, 10.1) and
 * 军人代表大会 in the big corpus (8.7) are no slips.
 */
const MIN_GAIN = 12;
/** Characters of context each side for the gain. */
const CONTEXT = 2;

interface Shortened {
  text: string;
  name: string;
}

const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;
const hasBit = (bits: Uint32Array, key: number): boolean => (bits[(key & HASH_MASK) >>> 5]! & (1 << (key & 31))) !== 0;
const setBit = (bits: Uint32Array, key: number): void => {
  bits[(key & HASH_MASK) >>> 5]! |= 1 << (key & 31);
};
/** A pair of code units as a key for the bit tables (spread by a multiplicative hash). */
const pairKey = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - HASH_BITS);

interface NameIndex {
  /**
   * Each name less one character, with the name, by hashUnits of the shortened text (the
   * first name when two lose alike): a scan extends one hash character by character instead of
   * cutting a string for every length at every place.
   */
  byHash: Map<number, Shortened[]>;
  /** The same hashes as bits of a small table (their low HASH_BITS bits): most lengths at most places are no key. */
  hashBits: Uint32Array;
  /** First two code units of some shortened name, as bits by pairKey: most places of a text start none. */
  heads: Uint32Array;
  shortest: number;
  longest: number;
}

const indexes = new WeakMap<Lexicon, NameIndex>();

function nameIndex(lexicon: Lexicon): NameIndex {
  let index = indexes.get(lexicon);
  if (!index) {
    const byHash = new Map<number, Shortened[]>();
    const hashBits = new Uint32Array(1 << (HASH_BITS - 5));
    const seen = new Set<string>();
    const heads = new Uint32Array(1 << (HASH_BITS - 5));
    let shortest = Infinity;
    let longest = 0;
    for (const name of lexicon.wordsAtLeast(MIN_NAME_LENGTH, MIN_NAME_FREQUENCY)) {
      if (!/^\p{Unified_Ideograph}+$/u.test(name) || name.length !== Array.from(name).length) continue;
      for (let i = 0; i < name.length; i++) {
        const shortened = name.slice(0, i) + name.slice(i + 1);
        // A word of its own is no name short of a character (国家安全 beside 国家安全部).
        if (seen.has(shortened) || lexicon.has(shortened)) continue;
        seen.add(shortened);
        const key = hashUnits(shortened);
        setBit(hashBits, key);
        const list = byHash.get(key);
        if (list) list.push({ text: shortened, name });
        else byHash.set(key, [{ text: shortened, name }]);
        setBit(heads, pairKey(shortened.charCodeAt(0), shortened.charCodeAt(1)));
        shortest = Math.min(shortest, shortened.length);
        longest = Math.max(longest, shortened.length);
      }
    }
    indexes.set(lexicon, (index = { byHash, hashBits, heads, shortest, longest }));
  }
  return index;
}

/** Longest covering word looked for (code units): longer lexicon entries are rare phrases. */
const MAX_COVERING_WORD = 12;

/**
 * Whether some lexicon word longer than [start, end) covers it (中华人民共和国 over 人民共和国),
 * shortest first: most are one character longer (居民委员会 over 民委员会).
 */
function insideLongerWord(lexicon: Lexicon, text: string, start: number, end: number, runStart: number, runEnd: number): boolean {
  for (let length = end - start + 1; length <= MAX_COVERING_WORD; length++) {
    for (let from = Math.max(runStart, end - length); from <= start && from + length <= runEnd; from++) if (lexicon.hasAt(text, from, length)) return true;
  }
  return false;
}

/** The shortened name text[p, p + length) is, if any. */
function shortenedAt(index: NameIndex, text: string, p: number, length: number, hash: number): Shortened | undefined {
  if (!hasBit(index.hashBits, hash)) return undefined;
  const entries = index.byHash.get(hash);
  if (entries) for (const entry of entries) if (entry.text.length === length && text.startsWith(entry.text, p)) return entry;
  return undefined;
}

export function findLongWordDrops(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const lexicon = getLexicon();
  const index = nameIndex(lexicon);
  const { heads, shortest, longest } = index;
  const out: Garble[] = [];
  for (const { start: runStart, end: runEnd } of runs) {
    for (let p = runStart; p + shortest <= runEnd; p++) {
      if (!hasBit(heads, pairKey(text.charCodeAt(p), text.charCodeAt(p + 1)))) continue;
      // hashUnits(text, p, p + length), one character more each length.
      let hash = 0x811c9dc5;
      for (let length = 1; length <= longest && p + length <= runEnd; length++) {
        hash = Math.imul(hash ^ text.charCodeAt(p + length - 1), 0x01000193);
        if (length < shortest) continue;
        const shortened = shortenedAt(index, text, p, length, hash >>> 0);
        if (shortened === undefined || insideLongerWord(lexicon, text, p, p + length, runStart, runEnd)) continue;
        const left = text.slice(Math.max(runStart, p - CONTEXT), p);
        const right = text.slice(p + length, Math.min(runEnd, p + length + CONTEXT));
        const gain = readingCost(left + shortened.text + right, model) - readingCost(left + shortened.name + right, model);
        // A string the document writes again is its own term (军人代表大会 throughout a regulation).
        if (gain < MIN_GAIN || occursElsewhere(text, p, p + length)) continue;
        out.push({ start: p, end: p + length, text: shortened.text, score: gain, gain, reading: { text: shortened.name, edit: "add" } });
        p += length - 1;
        break;
      }
    }
  }
  return out;
}
