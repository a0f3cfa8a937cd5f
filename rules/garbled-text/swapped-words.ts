/**
 * Two neighbouring characters written the wrong way round, where the lexicon
 * reads each as a word of its own and the other order is a common word
 * (带离现场并记登身份信息 → 登记, 新一轮村农电网 → 农村). The trigram model
 * often gains too little from the swap for the channel (11.4 and 11.8 nats
 * here, short of its swap bar of 12): the swapped pair also occurs in clean
 * text, across two words (村农 in 乡村农业). The lexicon sees the common word
 * it breaks.
 */
import type { CharModel } from "../../src/nlp/char-model.js";
import { editGain } from "../../src/nlp/channel.js";
import { occursElsewhere } from "../../src/nlp/plausibility.js";
import { isCommonWord, isFunctionChar, isPlaceChar, isTransliterationChar } from "../../src/nlp/word-classes.js";
import type { Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/**
 * Trigram gain (nats) the swap needs. Tuning half, three dense seeds: 5 found 5 more slips and no
 * clean false positive (7: 4 more); 3 made one (城镇老旧小区量大面广 → 大量, 3.6 nats).
 */
const MIN_GAIN = 5;

export function findSwappedWords(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const out: Garble[] = [];
  for (const scored of runs) {
    if (scored.repeated) continue;
    const { start: runStart, end: runEnd } = scored;
    if (scored.characters !== runEnd - runStart) continue;
    scored.eachLonePair((first) => {
      const swap = swapOf(text, first, model, scored.ids, first - runStart);
      if (swap) out.push(swap);
    });
  }
  return out;
}

/** The swap of text[at] and text[at + 1] (the run's characters p and p + 1) when it makes a common word that the model reads much better. */
function swapOf(text: string, at: number, model: CharModel, ids: Int32Array, p: number): Garble | undefined {
  const x = text[at]!;
  const y = text[at + 1]!;
  // Names use characters in any order (a place, a transliteration); function characters pair with anything.
  if ([x, y].some((c) => isFunctionChar(c) || isPlaceChar(c) || isTransliterationChar(c))) return undefined;
  // The other order must be a common word (isCommonWord: 登记 1 810, 农村 11 478); the pair as
  // written is no word the lexicon prefers, as it reads the two characters apart.
  if (!isCommonWord(y + x)) return undefined;
  const gain = editGain(model, ids, p, p + 2, Int32Array.of(ids[p + 1]!, ids[p]!));
  // (A pair the document writes again is meant.)
  if (gain < MIN_GAIN || occursElsewhere(text, at, at + 2)) return undefined;
  return { start: at, end: at + 2, text: x + y, score: gain, gain, reading: { text: y + x, edit: "swap" } };
}
