/**
 * Word classes the garbled-text detectors need, derived from the lexicon's
 * part-of-speech tags (computed once per process):
 *
 *  - function characters: single characters tagged as prepositions,
 *    conjunctions, particles, adverbs, pronouns, localisers, numerals,
 *    classifiers… (的 了 在 和 就 对 为 间 上 各 每). A run of these between
 *    words is ordinary grammar, not a broken word.
 *  - transliteration characters: characters that make up a large share of the
 *    transliterated foreign names in the dictionary (tag nrt: 斯 拉 亚 卡 堡 尔
 *    …). Runs of them are most likely an unknown foreign name (米舒斯京), not
 *    a garble, and are treated leniently.
 */
import { getLexicon, type Lexicon } from "../cjk/lexicon.js";
import { getNlpTables } from "./tables.js";

interface Classes {
  functionChars: Set<string>;
  /** Single characters the lexicon tags as place or abbreviation words (港 澳 汾 渭 俄). */
  placeChars: Set<string>;
  nameShare: Map<string, number>;
}

let classes: Classes | undefined;

/** The classes, from the precompiled tables (tables.ts; tags in FUNCTION_TAGS). */
function load(lexicon: Lexicon = getLexicon()): Classes {
  if (!classes) {
    const { header } = getNlpTables(lexicon);
    const names = header.nameChars === "" ? [] : header.nameChars.split("\n");
    classes = {
      functionChars: new Set(header.functionChars),
      placeChars: new Set(header.placeChars),
      nameShare: new Map(names.map((c, i) => [c, header.nameShares[i]!])),
    };
  }
  return classes;
}

/** A single character that is a grammatical word (preposition, particle, adverb…). */
export function isFunctionChar(char: string): boolean {
  return load().functionChars.has(char);
}

/** Share (0–1) of the dictionary words containing `char` that are transliterated names. */
export function nameShare(char: string): number {
  return load().nameShare.get(char) ?? 0;
}

/** Whether `char` is typical of transliterated foreign names (斯 拉 亚 卡 堡…). */
export function isTransliterationChar(char: string): boolean {
  return nameShare(char) >= 0.08;
}

/** Whether `char` is a one-character place name or abbreviation (港 澳 汾 渭 京 津 冀). */
export function isPlaceChar(char: string): boolean {
  return load().placeChars.has(char);
}
