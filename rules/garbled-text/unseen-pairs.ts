/**
 * Nonsense words by attestation: two single-character words that the
 * character model never saw together (the pair occurs fewer than twice in its
 * training text), neither of them used anywhere else in the document, and
 * joined to the text on both sides by pairs the model never saw either
 * (支付董据金额, 校办俱叔实行). A word replaced by random characters makes three
 * unseen pairs in a row; a rare real word (敬佑生命, 生养死葬, 永葆常青) is
 * attested in at least one of them, or its characters recur in the document.
 *
 * In any register: a work report makes more unseen pairs by right than law text
 * (unseenPairsAreEvidence), but seldom three in a row of two characters foreign to it (tuning
 * half, three dense seeds: limited to law text, 7 fewer found and no fewer clean false positives).
 *
 * Two rare characters side by side that the model never saw together (膈劾,
 * 莞胱) are nonsense in any text, however short (isRarePair): clean text hardly
 * writes them.
 *
 * This complements the junction detector's nonsense route (detect.ts), which
 * needs the junctions' summed surprisal: a rare first character backs off
 * cheaply in the bigram model, so a random pair after it can look ordinary by
 * surprisal (胪麻) while still being a pair never seen.
 */
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { occursElsewhere } from "../../src/nlp/plausibility.js";
import { formsCompound, isNamedPlace, isPlaceChar, isTransliterationChar } from "../../src/nlp/word-classes.js";
import { hasVocabulary, isParallelListItem, type Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

export function findUnseenPairs(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const out: Garble[] = [];
  // In a short text most characters are used once: "used nowhere else" is no evidence there.
  const vocabulary = hasVocabulary(runs);
  const id = (i: number) => model.idOfUnit(text.charCodeAt(i));
  // (Characters the model does not know make unseen pairs by default: names, rare characters.)
  const unseen = (i: number) => {
    const a = id(i);
    const b = id(i + 1);
    return a !== 0 && b !== 0 && !model.seen(a, b);
  };
  for (const run of runs) {
    if (run.repeated) continue;
    // (Characters outside the BMP make code points and offsets differ; such runs are rare and skipped.)
    if (run.characters !== run.end - run.start) continue;
    // The pair is [first, end).
    run.eachLonePair((first) => {
      const start = first + 1;
      const end = first + 2;
      const atStart = first === run.start;
      const atEnd = end === run.end;
      // (A pair the dictionary lists is a word however rarely written: 较早, 炔烃.)
      if (!(atStart && atEnd) && unseen(first) && !isNamedPlace(text, first, end) && !getLexicon().hasAt(text, first, 2) && !isParallelListItem(text, run.start, run.end) && ((vocabulary && (atStart || unseen(first - 1)) && (atEnd || unseen(start)) && isNonsensePair(text, first)) || isRarePair(text, first))) {
        // The score: the surprisal of the three unseen junctions.
        const score = (atStart ? 0 : run.junction(first)) + run.junction(start) + (atEnd ? 0 : run.junction(end));
        out.push({ start: first, end, text: text.slice(first, end), score, gain: 0 });
      }
    });
  }
  return out;
}

/**
 * Lexicon count (summed over the words that hold it) under which a character is rare: 膈 125, 莞 437,
 * 汾 597; 霾 203 and 沥 700 too, but their partners in clean text are common (灰霾, 沥粉: 10 849, 13 114).
 */
const RARE_CHARACTER = 1000;

/**
 * Whether two rare characters stand side by side (膈劾, 莞胱, 汾圻: a word replaced by odd characters),
 * neither a name's: in any text, long or short. Clean text hardly writes such a pair the model
 * never saw (the big corpus and the dev corpus's tuning half, 17.8 M characters: 7, mostly names of
 * rivers and gates that isNamedPlace knows, and 炔烃).
 */
function isRarePair(text: string, start: number): boolean {
  const lexicon = getLexicon();
  for (let i = start; i < start + 2; i++) {
    const c = text[i]!;
    if (lexicon.characterFrequency(c) >= RARE_CHARACTER || isTransliterationChar(c)) return false;
  }
  return true;
}

/**
 * Whether both characters are foreign to the document (so the pair is no term it uses again), neither
 * is a name's, and the two do not read as a compound the dictionary lacks (formsCompound: 网带).
 */
function isNonsensePair(text: string, start: number): boolean {
  if (formsCompound(text[start]!, text[start + 1]!)) return false;
  for (let i = start; i < start + 2; i++) {
    const c = text[i]!;
    if (isTransliterationChar(c) || isPlaceChar(c) || occursElsewhere(text, i, i + 1)) return false;
  }
  return true;
}
