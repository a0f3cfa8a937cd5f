/**
 * Character frequencies derived from the lexicon: a character's weight is the
 * summed frequency of the words that contain it. Rare ideographs (the stuff
 * mojibake is made of: 涓 浗 鍥 …) score far below the characters of ordinary
 * prose. The table is precompiled into the lexicon file (scripts/build-lexicon.ts),
 * so nothing is built at run time.
 */
import { getLexicon, type Lexicon } from "./lexicon.js";

let table: { lexicon: Lexicon; logTotal: number; bmp: Float64Array } | undefined;

function load() {
  if (!table) {
    const lexicon = getLexicon();
    // Results for BMP characters, computed on first use (NaN: not yet): callers ask once per character of a document.
    table = { lexicon, logTotal: Math.log(lexicon.characterTotal), bmp: new Float64Array(0x10000).fill(NaN) };
  }
  return table;
}

/** Natural-log probability of `char` (add-one smoothed, so unknown characters are finite and lowest). */
export function charLogProbability(char: string): number {
  const code = char.codePointAt(0);
  return code === undefined || code > 0xffff ? uncachedLogProbability(char) : codePointLogProbability(code);
}

/** charLogProbability of the character `codePoint`, without making its string once the result is cached (BMP). */
export function codePointLogProbability(codePoint: number): number {
  if (codePoint > 0xffff) return uncachedLogProbability(String.fromCodePoint(codePoint));
  const { bmp } = load();
  let logP = bmp[codePoint]!;
  if (Number.isNaN(logP)) bmp[codePoint] = logP = uncachedLogProbability(String.fromCharCode(codePoint));
  return logP;
}

function uncachedLogProbability(char: string): number {
  const { lexicon, logTotal } = load();
  return Math.log(lexicon.characterFrequency(char) + 1) - logTotal;
}

/** Mean of charLogProbability over the code points of `text` (0 for empty text). */
export function meanCharLogProbability(text: string): number {
  let sum = 0;
  let n = 0;
  for (const char of text) {
    sum += charLogProbability(char);
    n++;
  }
  return n === 0 ? 0 : sum / n;
}
