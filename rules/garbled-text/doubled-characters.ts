/**
 * Doubled characters and words: a character or a short span written twice where
 * the text wants it once (不动产产登记, 由由董事会以, 被征用或者或者征用后). OCR
 * and PDF extraction repeat a glyph or a span far more often than they insert
 * any other characters, so the removal of a repeat needs much less evidence than
 * the noisy channel asks of a removal in general (20 nats or more: any of
 * thousands of characters could have been inserted, while a repeat's characters
 * are given). From six characters on, repeated-phrase reads a phrase pasted twice.
 *
 * A repeat is a slip when removing one copy gains DOUBLED_GAIN nats under the
 * character model and a character of the two copies stands alone in the
 * lexicon's reading (a one-character word: 不动产|产|登记); where all read inside
 * words (生产|产品, 人人|享有, 年度|年度报告: words that share characters, as clean
 * text writes them) it needs DOUBLED_ACROSS_GAIN (自行|行车, 第五|五章). A
 * repeat the document writes again with a neighbour is its own term (他船船艏),
 * one the training text writes around it is clean prose's (以垄断行为为由: 行为|为由;
 * 管理的航道的航道保护范围: a modifier said twice), and 一X一X is a reduplication of
 * formal prose (一代一代, 一个问题一个问题), unless its 一 ends a word before it
 * (进一步加强一步加强).
 */
import type { AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { isArabicDigit, isChineseNumeral } from "../../src/cjk/chars.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { sameUnitsAt } from "../../src/cjk/codepoints.js";
import { coveredByWord } from "../../src/cjk/word-across.js";
import { editGain } from "../../src/nlp/channel.js";
import { usedAgain } from "../../src/nlp/plausibility.js";
import { isFunctionChar, isMeasureChar } from "../../src/nlp/word-classes.js";
import { pushStronger, type Garble } from "./detect.js";
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

/**
 * Gain (nats) the removal of a word read twice needs: two neighbouring words of two or more
 * characters that are the same word (或者或者, 依法依法), or the second the first's end (外资企业企业),
 * or a grammar character twice (深厚的的传统). Clean text has none in the 1.3 M characters
 * of the tuning half and the validation split (one-character words five times: 钉钉, 乱建建（构）筑物),
 * so the text need only read better once. Repeats of two to five characters made at random
 * (`npm run eval:random -- --kinds repeat`, seeds 7–9): 86 → 93 % on the tuning half, 87 → 95 %
 * on the validation split, no clean finding more.
 */
export const WORD_TWICE_GAIN = 3;

const NOTHING = new Int32Array(0);

/** Longest repeat read here, in characters: from six on, repeated-phrase reads a phrase pasted twice. */
const MAX_REPEAT = 5;

export function findDoubledCharacters(runs: readonly ScoredRun[], text: string, model: CharModel, attested?: AttestedNgrams): Garble[] {
  const out: Garble[] = [];
  for (const run of runs) {
    if (run.repeated) continue;
    // (By character offsets within the run: a run of BMP ideographs, as the model reads it.)
    if (run.characters !== run.end - run.start) continue;
    // How the lexicon reads the run, made at its first repeat (most runs have none).
    let words: { lone: Set<number>; wordTwice: Map<number, number> } | undefined;
    for (let q = run.start + 1; q < run.end; q++) {
      for (let length = 1; length <= MAX_REPEAT && q - length >= run.start && q + length <= run.end; length++) {
        // (一代一代, 一件一件, 一个问题一个问题, 一根根: one by one, a reduplication of formal prose.)
        if (!sameUnitsAt(text, q - length, q, length) || (length >= 2 && oneByOne(text, q - length, run.start, run.end)) || (length === 1 && text[q - 2] === "一")) continue;
        const { lone, wordTwice } = (words ??= readWords(run, text));
        const i = q - run.start;
        // A character written three times running is one too many, whatever the model says (件件件有回复):
        // formal prose doubles a character by right (件件, 县县, 认认真真), never triples one but a numeral
        // (一九九九年) or a sound (哈哈哈: isSoundWord). Over the big and dev corpora, the training texts and
        // the clean fixtures no other triple occurs. The first two are reported, the reading keeping one of
        // them: the last two may begin a reduplicated word the lexicon lists (认认认真真: 认认真真), which no
        // report may lie inside.
        if (length === 1 && q - 2 >= run.start && text[q - 2] === text[q] && !isChineseNumeral(text[q]) && !isSoundWord(text.slice(q - 2, q + 1))) {
          if (!usedAgain(text, q - 2, q + 1, run.start, run.end)) {
            const gain = editGain(model, run.ids, i, i + 1, NOTHING);
            pushStronger(out, { start: q - 2, end: q, text: text.slice(q - 2, q), score: Math.max(gain, DOUBLED_GAIN), gain, reading: { text: text[q]!, edit: "remove" }, message: "doubled-character" });
          }
          continue;
        }
        // (项项有人抓, 座座有档案: a measure word doubled, both copies words of their own, means "every",
        // unless a number counts it: 六个个月.)
        if (length === 1 && lone.has(q - 1) && lone.has(q) && isMeasureChar(text[q]!) && !countsBefore(text[q - 2])) continue;
        const gain = editGain(model, run.ids, i, i + length, NOTHING);
        let broken = false;
        for (let k = q - length; k < q + length && !broken; k++) broken = lone.has(k);
        const bar = wordTwice.get(q) === length ? WORD_TWICE_GAIN : broken ? DOUBLED_GAIN : DOUBLED_ACROSS_GAIN;
        if (gain < bar || usedAgain(text, q - length, q + length, run.start, run.end) || (attested && writtenByTrainingText(attested, text, q, length, run))) continue;
        pushStronger(out, { start: q - length, end: q + length, text: text.slice(q - length, q + length), score: gain, gain, reading: { text: text.slice(q, q + length), edit: "remove" }, message: "doubled-character" });
      }
    }
  }
  return out;
}

/**
 * The run's one-character words, by offset, and the words that repeat the word before them (their
 * starts and lengths): a word of two or more characters after the same word or after a longer one that ends with
 * it (外资企业|企业, 新能源|能源), or a grammar character after itself (深厚的|的|传统; not 钉|钉).
 */
function readWords(run: ScoredRun, text: string): { lone: Set<number>; wordTwice: Map<number, number> } {
  const lone = new Set<number>();
  const wordTwice = new Map<number, number>();
  let previousStart = -1;
  let previousEnd = -1;
  run.eachWord((start, end) => {
    const length = end - start;
    const repeats = previousEnd === start && length <= start - previousStart && sameUnitsAt(text, start - length, start, length);
    if (length === 1) {
      lone.add(start);
      if (repeats && start - previousStart === 1 && isFunctionChar(text[start]!)) wordTwice.set(start, 1);
    } else if (repeats) wordTwice.set(start, length);
    previousStart = start;
    previousEnd = end;
    return false;
  });
  return { lone, wordTwice };
}

/**
 * Whether the training text writes the repeat of `length` at q (its second copy's start) as clean
 * prose: a character twice with its neighbour on either side (行为为由: 行为|为由, two words that share
 * a character; not a string that holds the copies at its edge: 行政法规规的 is a slip though 政法规规,
 * of 行政法规规定, is written), or a modifier said twice (modifiesTwice).
 */
function writtenByTrainingText(attested: AttestedNgrams, text: string, q: number, length: number, run: ScoredRun): boolean {
  if (length === 1) return q - 2 >= run.start && q + 2 <= run.end && attested.has(text, q - 2);
  return modifiesTwice(attested, text, q, length);
}

/** Grammar characters that begin the repeated part of a modifier said twice (人口少的村的村民委员会, 高等教育等教育机构). */
const MODIFIER_MARKS = new Set("的等");

/**
 * Whether a span that begins with 的 or 等, written twice, is two modifiers of one head, as the training
 * text writes them (人口少的村|的村民委员会, 运作方式的基金|的基金份额, 高等教育|等教育机构): every string of
 * four across the seam of the copies is in the training text. A slip repeats a span anywhere; law
 * text says "the X of the Y of the Y-Z" by right.
 */
function modifiesTwice(attested: AttestedNgrams, text: string, q: number, length: number): boolean {
  if (!MODIFIER_MARKS.has(text[q]!)) return false;
  const from = Math.max(q - length, q - 3);
  const to = Math.min(q - 1, q + length - 4);
  if (to < from) return false;
  for (let i = from; i <= to; i++) if (!attested.has(text, i)) return false;
  return true;
}

/**
 * Whether a span from `start`, written twice, is 一 + what it counts, one by one (一代一代, 一个问题一个问题):
 * its 一 begins it, not the end of a word before it (进一步|加强 is no reduplication of 一步加强).
 */
function oneByOne(text: string, start: number, runStart: number, runEnd: number): boolean {
  return text[start] === "一" && (start === runStart || !coveredByWord(text, start - 1, start + 1, 2, 4, runStart, runEnd));
}

/** Lexicon tags of words that imitate or voice a sound: onomatopoeia, interjections, modal particles. */
const SOUND_TAGS = new Set(["o", "e", "y"]);

/** Whether a character written three times is a sound (哈哈哈, 咚咚咚): the lexicon lists the triple, or tags the double as a sound. */
function isSoundWord(triple: string): boolean {
  const lexicon = getLexicon();
  return lexicon.has(triple) || SOUND_TAGS.has(lexicon.tag(triple.slice(0, 2)) ?? "");
}

/** Whether `char` is a number that counts what a measure word after it measures (三个, 10件, 几项). */
function countsBefore(char: string | undefined): boolean {
  return isChineseNumeral(char) || isArabicDigit(char) || char === "几";
}
