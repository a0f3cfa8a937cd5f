/**
 * Doubled characters: one character written twice where the text wants it once
 * (不动产产登记, 由由董事会以, 人民代表表大会). OCR and PDF extraction repeat a
 * glyph far more often than they insert any other character, so the removal of
 * a repeat needs much less evidence than the noisy channel asks of a removal in
 * general (20 nats or more: any of thousands of characters could have been
 * inserted, while a repeat's character is given).
 *
 * A repeat is a slip when removing one copy gains DOUBLED_GAIN nats under the
 * character model and one of the two copies stands alone in the lexicon's
 * reading (a one-character word: 不动产|产|登记); where both read inside words
 * (生产|产品, 人人|享有: two words that share a character, as clean text writes
 * them) it needs DOUBLED_ACROSS_GAIN (反恐|恐怖主义, 第五|五章). A repeat the
 * document writes again with a neighbour is its own term (他船船艏).
 */
import type { CharModel } from "../../src/nlp/char-model.js";
import { editGain } from "../../src/nlp/channel.js";
import { usedAgain } from "../../src/nlp/plausibility.js";
import type { Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/**
 * Gain (nats) a repeat's removal needs. Doubles made at random in the tuning half and the
 * validation split: 10 found 72 % and 75 %, in their clean text 2 and 1 repeats (实事求是是我们党,
 * 公正监管管出公平; 以行为为由); 8 found 86 % and 87 % for 5 and 5, 12 found 59 % for none.
 */
export const DOUBLED_GAIN = 10;

/**
 * Gain (nats) a repeat's removal needs where both copies read inside words. The same doubles and
 * clean text: 16 found 16 more of 582 for no clean repeat among 1 489; 14 found 30 more and one
 * (单管|管理), 12 found 37 and one.
 */
export const DOUBLED_ACROSS_GAIN = 16;

const NOTHING = new Int32Array(0);

export function findDoubledCharacters(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const out: Garble[] = [];
  for (const run of runs) {
    // Most runs have no repeat: nothing is read for them.
    let repeats = false;
    for (let q = run.start + 1; q < run.end && !repeats; q++) repeats = text.charCodeAt(q) === text.charCodeAt(q - 1);
    if (!repeats) continue;
    // The run's one-character words, by offset.
    const lone = new Set<number>();
    run.eachWord((start, end) => {
      if (end - start === 1) lone.add(start);
      return false;
    });
    for (let q = run.start + 1; q < run.end; q++) {
      if (text.charCodeAt(q) !== text.charCodeAt(q - 1)) continue;
      // (By character offsets within the run: a run of BMP ideographs, as the model reads it.)
      const i = q - run.start;
      if (run.characters !== run.end - run.start) continue;
      const gain = editGain(model, run.ids, i, i + 1, NOTHING);
      if (gain < (lone.has(q - 1) || lone.has(q) ? DOUBLED_GAIN : DOUBLED_ACROSS_GAIN) || usedAgain(text, q - 1, q + 1, run.start, run.end)) continue;
      out.push({ start: q - 1, end: q + 1, text: text.slice(q - 1, q + 1), score: gain, gain, reading: { text: text[q]!, edit: "remove" }, message: "doubled-character" });
    }
  }
  return out;
}
