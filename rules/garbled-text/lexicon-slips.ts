/**
 * Look- and sound-alike slips by the lexicon's word frequencies: a character
 * the lexicon reads alone, which one look- or sound-alike turns into part of a
 * dictionary word that makes the sentence's segmentation far more probable
 * (人民袋来 → 带来, 妾勿 → 切勿, 哀心感谢 → 衷心感谢), where the character
 * model agrees. The character model is trained on laws: in news or diplomatic
 * prose a slip's reading is often as new to it as the slip (袋来 → 带来 gains
 * 5 nats there), while the dictionary, counted on general text, knows 带来 well.
 */
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { editGain } from "../../src/nlp/channel.js";
import { occursElsewhere } from "../../src/nlp/plausibility.js";
import { segmentRun } from "../../src/nlp/segment.js";
import { isFunctionChar, isPlaceChar, isTransliterationChar } from "../../src/nlp/word-classes.js";
import { confusableCandidates } from "./channel-slips.js";
import { pushStronger, type Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/** Nats the segmentation of the window around the place gains from the change. */
const MIN_WORD_GAIN = 8;
/** Nats the character model gains from the change. */
const MIN_CHAR_GAIN = 5;
/** Characters each side of the place that the segmentation reads. */
const WINDOW = 4;

export function findLexiconSlips(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const out: Garble[] = [];
  for (const scored of runs) {
    if (scored.repeated) continue;
    const { start: runStart, end: runEnd } = scored;
    if (runEnd - runStart < 2 || scored.characters !== runEnd - runStart) continue;
    const lone: number[] = [];
    scored.eachWord((start, end) => {
      if (end - start === 1) lone.push(start);
      return false;
    });
    for (const at of lone) {
      const slip = slipAt(text, at, runStart, runEnd, model, scored.ids);
      if (slip) pushStronger(out, slip);
    }
  }
  return out;
}

/** Log-probability of the most probable segmentation of `s`. */
function segmentationLogp(s: string): number {
  let sum = 0;
  for (const token of segmentRun(s, 0, s.length)) sum += token.logp;
  return sum;
}

function slipAt(text: string, at: number, runStart: number, runEnd: number, model: CharModel, ids: Int32Array): Garble | undefined {
  const char = text[at]!;
  if (isFunctionChar(char) || isPlaceChar(char) || isTransliterationChar(char)) return undefined;
  // (A character the document writes again with a neighbour is part of a term: 质权, 曦光.)
  if ((at > runStart && occursElsewhere(text, at - 1, at + 1)) || (at + 1 < runEnd && occursElsewhere(text, at, at + 2))) return undefined;
  const from = Math.max(runStart, at - WINDOW);
  const to = Math.min(runEnd, at + WINDOW + 1);
  const window = text.slice(from, to);
  const p = at - from;
  const before = segmentationLogp(window);
  let best: Garble | undefined;
  for (const candidate of confusableCandidates(model, char)) {
    const id = model.id(candidate);
    if (id === 0) continue;
    const edited = window.slice(0, p) + candidate + window.slice(p + 1);
    const tokens = segmentRun(edited, 0, edited.length);
    const word = tokens.find((t) => t.start <= p && p < t.end);
    // (A person's name read as another, 陈晓岚 as 陈晓兰, says nothing: names take any character.)
    if (!word || word.end - word.start < 2 || getLexicon().tag(edited.slice(word.start, word.end)) === "nr") continue;
    let after = 0;
    for (const token of tokens) after += token.logp;
    const wordGain = after - before;
    if (wordGain < MIN_WORD_GAIN) continue;
    const charGain = editGain(model, ids, at - runStart, at - runStart + 1, Int32Array.of(id));
    if (charGain < MIN_CHAR_GAIN) continue;
    const score = wordGain + charGain;
    if (best && best.score >= score) continue;
    const start = from + word.start;
    const end = from + word.end;
    best = { start, end, text: text.slice(start, end), score, gain: charGain, reading: { text: edited.slice(word.start, word.end), edit: "change" } };
  }
  return best;
}
