/**
 * Slips by the lexicon's word frequencies: a character the lexicon reads
 * alone, which a look- or sound-alike in its place or a swap with a lone
 * neighbour turns into part of a dictionary word that makes the sentence's
 * segmentation far more probable (人民袋来 → 带来, 妾勿 → 切勿, 哀心感谢 →
 * 衷心感谢, 实切提升 → 切实), where the character model agrees. The character
 * model is trained on laws: in news or diplomatic prose a slip's reading is
 * often as new to it as the slip (袋来 → 带来 gains 5 nats there), while the
 * dictionary, counted on general text, knows 带来 well. Run only in such a
 * register (isUnfamiliarRegister): in laws the channel finds these slips, and
 * the lexicon would read their rare terms (质权, 潦河) as slips.
 */
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { editGain } from "../../src/nlp/channel.js";
import { occursElsewhere, wordsCost } from "../../src/nlp/plausibility.js";
import { segmentRun } from "../../src/nlp/segment.js";
import { isFunctionChar, isPlaceChar, isProductiveFrame, isTransliterationChar } from "../../src/nlp/word-classes.js";
import { confusableCandidates } from "./channel-slips.js";
import { pushStronger, type Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/** Nats the segmentation of the window around the place gains from the edit, by kind of edit. */
const MIN_WORD_GAIN = { change: 8, swap: 7 };
/**
 * Nats the character model gains from the edit, by kind. A swap keeps the characters the text
 * uses, so the model, new to the register, gains little from it either way (南西季风 → 西南 2.8).
 */
const MIN_CHAR_GAIN = { change: 5, swap: 2 };
/** Characters each side of the place that the segmentation reads (one more after it, for a swap with the next). */
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
    const loneSet = new Set(lone);
    for (const at of lone) {
      const slip = bestSlip(text, at, scored, model, loneSet);
      if (slip) pushStronger(out, slip);
    }
  }
  return out;
}

/** An edit of the lone character at `at`: a look- or sound-alike in its place, or a swap with a neighbour. */
interface Edit {
  kind: "change" | "swap";
  /** The characters replaced: [start, start + replacement.length). */
  start: number;
  replacement: string;
}

/**
 * The edits tried at `at`: each look- and sound-alike in its place, and a swap with each neighbour
 * that stands alone too (a swap that breaks a word, 治国|理政 → 治理|国政, reads words across the
 * text's own), unless the two lie within four lone characters: a 四字格 of the writer's (以工促农,
 * 巡堤查险, 风高浪急), whose order is meant (inFourLone), or fill a productive frame with a neighbour
 * (含新量 as 含金量: inProductiveFrame). (Two characters the same swap into themselves.)
 */
function* editsAt(text: string, at: number, lone: ReadonlySet<number>, model: CharModel): Generator<Edit> {
  for (const candidate of confusableCandidates(model, text[at]!)) yield { kind: "change", start: at, replacement: candidate };
  for (const start of [at - 1, at]) {
    if (lone.has(start) && lone.has(start + 1) && text[start] !== text[start + 1] && !inFourLone(lone, start, text) && !inProductiveFrame(text, start)) {
      yield { kind: "swap", start, replacement: text[start + 1]! + text[start]! };
    }
  }
}

/** The edit of the lone character at `at` that gains most, where the lexicon and the model both gain enough. */
function bestSlip(text: string, at: number, scored: ScoredRun, model: CharModel, lone: ReadonlySet<number>): Garble | undefined {
  const { start: runStart, end: runEnd, ids } = scored;
  const char = text[at]!;
  if (isFunctionChar(char) || isPlaceChar(char) || isTransliterationChar(char)) return undefined;
  // (A character the document writes again with a neighbour is part of a term: 质权, 曦光.)
  if ((at > runStart && occursElsewhere(text, at - 1, at + 1)) || (at + 1 < runEnd && occursElsewhere(text, at, at + 2))) return undefined;
  const from = Math.max(runStart, at - WINDOW);
  const to = Math.min(runEnd, at + WINDOW + 2);
  const window = text.slice(from, to);
  const before = wordsCost(segmentRun(window, 0, window.length));
  let best: Garble | undefined;
  for (const edit of editsAt(text, at, lone, model)) {
    const p = edit.start - from;
    const q = p + edit.replacement.length;
    const replacement = Int32Array.from(edit.replacement, (c) => model.id(c));
    if (replacement.includes(0)) continue;
    const edited = window.slice(0, p) + edit.replacement + window.slice(q);
    // The edited place must end up inside a dictionary word: the word the edit mends.
    const tokens = segmentRun(edited, 0, edited.length);
    const word = tokens.find((t) => t.start <= at - from && at - from < t.end && t.end - t.start >= 2);
    // (A person's name read as another, 陈晓岚 as 陈晓兰, says nothing: names take any character.)
    if (!word || getLexicon().tag(edited.slice(word.start, word.end)) === "nr") continue;
    const wordGain = before - wordsCost(tokens);
    if (wordGain < MIN_WORD_GAIN[edit.kind]) continue;
    const charGain = editGain(model, ids, edit.start - runStart, edit.start - runStart + replacement.length, replacement);
    if (charGain < MIN_CHAR_GAIN[edit.kind]) continue;
    const score = wordGain + charGain;
    if (best && best.score >= score) continue;
    // The span reported: the mended word with the edited characters.
    const start = from + Math.min(word.start, p);
    const end = from + Math.max(word.end, q);
    best = { start, end, text: text.slice(start, end), score, gain: charGain, reading: { text: edited.slice(start - from, end - from), edit: edit.kind } };
  }
  return best;
}

/** Whether the pair at p, p + 1 with the character before or after it fills a productive frame (含新量, 含绿量 as 含金量). */
function inProductiveFrame(text: string, p: number): boolean {
  return (p > 0 && isProductiveFrame(text[p - 1]!, text[p + 1]!)) || (p + 2 < text.length && isProductiveFrame(text[p]!, text[p + 2]!));
}

/**
 * Whether the pair at p, p + 1 lies within four lone characters in a row, in any of the three
 * alignments, none of them a function character (以工促农, 风高浪急 after 面对): a coinage of content
 * characters. (A swap leaves lone characters beside grammar ones too, 和南西季风: those count only
 * with the pair in the middle.)
 */
function inFourLone(lone: ReadonlySet<number>, p: number, text: string): boolean {
  for (let from = p - 2; from <= p; from++) {
    let all = true;
    let content = true;
    for (let k = from; k < from + 4; k++) {
      all &&= lone.has(k);
      content &&= !isFunctionChar(text[k] ?? "");
    }
    if (all && (content || from === p - 1)) return true;
  }
  return false;
}
