/**
 * Near-miss idioms: a four-character window that is one character away from
 * an idiom (lexicon tag i) or a fixed four-character expression (tag l), is
 * not a word itself, and reads far worse than the idiom in its context
 * (并行不停 → 并行不悖, 玩乎职守 → 玩忽职守).
 */
import { getLexicon } from "../../src/cjk/lexicon.js";
import { coveredByWord } from "../../src/cjk/word-across.js";
import { getAttestedNgrams, type AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { readingCost, usedAgain } from "../../src/nlp/plausibility.js";
import { soundAlike } from "../../src/cjk/readings.js";
import { lookAlike } from "../../src/cjk/shapes.js";
import { getIdiomIndex, keyHigh, keyLow, probe, type IdiomIndex } from "./idioms.js";

export interface IdiomMiss {
  start: number;
  end: number;
  actual: string;
  expected: string;
  /** How much more plausible (nats) the idiom reads in context; 0 where its frame alone stands for it (idiomByItsFrame). */
  gain: number;
}

/** Minimum gain (nats) for a report. */
export const DEFAULT_MIN_GAIN = 18;
/**
 * Gain (nats) a fixed expression (tag l) needs on top: unlike an idiom, most are compositional
 * phrases (未成年人, 标准规定) whose one-character variants are phrases too (未成年弟、妹, 标准另定).
 */
const FIXED_EXPRESSION_EXTRA = 4;

/**
 * Uses elsewhere in the document that make a character one of its topics: a near-miss made with
 * it is the subject's own coinage (以电谋私 in a law on electric power, after 以权谋私), not a slip.
 * Tuning half: 30 took out that clean false positive and no garble in five dense seeds; 10 lost one.
 */
const TOPICAL_CHARACTER_USES = 30;

/** Whether `char` occurs at least TOPICAL_CHARACTER_USES more times in the text (besides the one at hand). */
function isTopical(text: string, char: string): boolean {
  let uses = -1;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) if (++uses >= TOPICAL_CHARACTER_USES) return true;
  return false;
}

/** The idioms as strings, made the first time one is a candidate. */
const idiomStrings = new WeakMap<IdiomIndex, (string | undefined)[]>();

/** Slot of the idioms matching the window text[p, p + 4) with position q as the wildcard, or -1. */
function lookup(index: IdiomIndex, text: string, p: number, q: number): number {
  const c0 = text.charCodeAt(p);
  const c1 = text.charCodeAt(p + 1);
  const slot = probe(index, keyHigh(c0, c1, q), keyLow(c1, text.charCodeAt(p + 2), text.charCodeAt(p + 3), q));
  return index.keyHigh[slot] === 0 ? -1 : slot;
}

/**
 * Pairs of code units that open (positions 0–1) or close (positions 2–3) some
 * idiom, as bits of two small tables hashed by the pair. An idiom one change
 * away at position 2 or 3 keeps the window's first pair, at 0 or 1 its last
 * pair: a window whose pair opens (closes) no idiom needs no probe of the
 * large index for those positions. The tables fit in a cache, the index
 * does not, and most windows of a document are no idiom's pair; a false
 * positive only costs the probe it would have cost anyway.
 */
interface PairFilter {
  heads: Uint32Array;
  tails: Uint32Array;
}

const PAIR_BITS = 20;
const pairFilters = new WeakMap<IdiomIndex, PairFilter>();

const pairBit = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> (32 - PAIR_BITS);

function hasPair(bits: Uint32Array, a: number, b: number): boolean {
  const bit = pairBit(a, b);
  return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
}

function pairFilter(index: IdiomIndex): PairFilter {
  let filter = pairFilters.get(index);
  if (!filter) {
    filter = { heads: new Uint32Array(1 << (PAIR_BITS - 5)), tails: new Uint32Array(1 << (PAIR_BITS - 5)) };
    const u = index.units;
    for (let i = 0; i < u.length; i += 4) {
      const head = pairBit(u[i]!, u[i + 1]!);
      const tail = pairBit(u[i + 2]!, u[i + 3]!);
      filter.heads[head >>> 5]! |= 1 << (head & 31);
      filter.tails[tail >>> 5]! |= 1 << (tail & 31);
    }
    pairFilters.set(index, filter);
  }
  return filter;
}

function idiomString(index: IdiomIndex, i: number): string {
  let strings = idiomStrings.get(index);
  if (!strings) idiomStrings.set(index, (strings = []));
  const u = index.units;
  return (strings[i] ??= String.fromCharCode(u[4 * i]!, u[4 * i + 1]!, u[4 * i + 2]!, u[4 * i + 3]!));
}

/** Whether one character looks or sounds like another: an OCR or IME slip could make the one of the other. */
const confusable = (a: string, b: string) => lookAlike(a, b) || soundAlike(a, b);

/** The idioms of a slot (a lookup's result), as strings. */
function* slotIdioms(index: IdiomIndex, slot: number): Generator<string> {
  for (let m = index.listStart[slot]!; m < index.listStart[slot + 1]!; m++) yield idiomString(index, index.members[m]!);
}

/** Surprisal of the two junctions of `char` put at offset `at` (inside the run [lo, hi)). */
function junctionsAround(model: CharModel, text: string, at: number, lo: number, hi: number, char: string): number {
  const id = model.id(char);
  let s = 0;
  if (at > lo) s -= model.logp(model.id(text[at - 1]!), id);
  if (at + 1 < hi) s -= model.logp(id, model.id(text[at + 1]!));
  return s;
}

/** Whether the character at `at` is part of some lexicon word of 2–4 characters within [lo, hi). */
function inWord(text: string, at: number, lo: number, hi: number): boolean {
  return coveredByWord(text, at, at + 1, 2, 4, lo, hi);
}

/**
 * Lexicon frequency an idiom needs before three of its characters stand for it: jieba counts many
 * rare entries 3, and those are seldom what a writer meant.
 */
const FRAME_IDIOM_FREQUENCY = 10;

/**
 * Whether `actual` is `idiom` with one word of two characters exchanged for another (短波通信 for
 * 微波通信, changed at position q): both halves of the idiom and the changed half of `actual` are
 * dictionary words. Such an "idiom" is a compound (the lexicon tags some as idioms), and its first
 * word takes others by right (短波通信, 卫星通信); a true idiom's half is seldom a word (并行不悖: 不悖).
 */
function exchangesWord(actual: string, idiom: string, q: number): boolean {
  const lexicon = getLexicon();
  const changed = q < 2 ? [0, 2] : [2, 4];
  return lexicon.has(idiom.slice(0, 2)) && lexicon.has(idiom.slice(2)) && lexicon.has(actual.slice(changed[0], changed[1]));
}

/**
 * An idiom whose first or last three characters the window keeps, where formal text does not write
 * those three otherwise: the model's training text never has them as a trigram (six times), and they
 * are no word of their own, so they stand for the idiom — 并行不停 → 并行不悖: 并行不 is only ever the
 * idiom's. The context cannot show it: the changed character makes a word with its neighbour (不停),
 * and the idiom's own character is too rare for the model to prefer it. The changed character must
 * not begin (end) a word that runs on past the window: 并行不冲突 is 并行 + 不冲突, not the idiom. And a
 * document that writes the idiom itself varies it on purpose (思想上同心同德、目标上同心同向).
 */
function idiomByItsFrame(text: string, p: number, actual: string, runStart: number, runEnd: number, slots: readonly number[], index: IdiomIndex, model: CharModel): IdiomMiss | undefined {
  const lexicon = getLexicon();
  for (const q of [0, 3]) {
    const slot = slots[q]!;
    if (slot < 0) continue;
    const frame = q === 0 ? p + 1 : p;
    if (lexicon.hasAt(text, frame, 3) || model.hasTrigram(model.id(text[frame]!), model.id(text[frame + 1]!), model.id(text[frame + 2]!))) continue;
    // (A word ending at the changed first character lies within [runStart, at]; one starting at the last, within [at, runEnd).)
    const at = p + q;
    if (q === 0 ? inWord(text, at, runStart, at + 1) : inWord(text, at, at, runEnd)) continue;
    for (const idiom of slotIdioms(index, slot)) {
      if (lexicon.isIdiom(idiom) && lexicon.frequency(idiom) >= FRAME_IDIOM_FREQUENCY && !text.includes(idiom) && !exchangesWord(actual, idiom, q)) return { start: p + q, end: p + q + 1, actual, expected: idiom, gain: 0 };
    }
  }
  return undefined;
}

/**
 * Probability at or above which the model continues an idiom's first characters with its own next
 * one (之有 → 效 0.79, 中之 → 重 0.78, 见成 → 效 0.67): formal text writes the frame almost only in the
 * idiom, so a window that keeps the frame and changes that character is the idiom altered, though
 * the new character makes a word with its neighbours (行之有方: 有方) and the context route's veto
 * (step 2 of the README) would drop it. Over the big corpus, the tuning half, the training texts and
 * the fixtures (50 M characters) the windows of this kind that are no dictionary word and no string
 * of four the training text writes are all garbles of our hand-garbled fixtures but one, 天不言而四时行,
 * whose 四 begins a word running on (四时); set phrases (tag l) made a dozen more of compositional
 * wording (形式多渠道, 违法乱收费), none by a look- or sound-alike, so they count only by one.
 */
const PREDICTED_CHARACTER_PROBABILITY = 0.5;
/**
 * Lexicon frequency the idiom needs on this evidence, more than the frame's: jieba tags some
 * compounds as idioms at low counts (数据共享 10, which the folds' 数据共建共享 made a clean finding).
 */
const PREDICTED_IDIOM_FREQUENCY = 30;

/**
 * The idiom whose third or fourth character the window changes where the model all but predicts
 * that character after the two before it (PREDICTED_CHARACTER_PROBABILITY; for the third, the
 * fourth after it too), reported on that evidence alone (gain 0, as by the frame). A set phrase
 * (tag l) counts only for a look- or sound-alike; neither does where the changed character begins a
 * word that runs on past the window (天不言而四时行: 四时), nor an idiom the document writes.
 */
function idiomPredictedByItsFrame(text: string, p: number, actual: string, runEnd: number, slots: readonly number[], index: IdiomIndex, model: CharModel): IdiomMiss | undefined {
  const lexicon = getLexicon();
  const probability = (a: string, b: string, c: string) => Math.exp(model.logp3(model.id(a), model.id(b), model.id(c)));
  for (const q of [2, 3]) {
    const slot = slots[q]!;
    if (slot < 0) continue;
    const at = p + q;
    // (A word of 2–4 characters starting at the changed one and running past the window.)
    if (coveredByWord(text, at, p + 5, 2, 4, at, runEnd)) continue;
    for (const idiom of slotIdioms(index, slot)) {
      if (lexicon.frequency(idiom) < PREDICTED_IDIOM_FREQUENCY || text.includes(idiom)) continue;
      if (!lexicon.isIdiom(idiom) && !confusable(actual[q]!, idiom[q]!)) continue;
      let predicted = probability(idiom[q - 2]!, idiom[q - 1]!, idiom[q]!);
      if (q === 2) predicted = Math.min(predicted, probability(idiom[1]!, idiom[2]!, idiom[3]!));
      if (predicted >= PREDICTED_CHARACTER_PROBABILITY) return { start: at, end: at + 1, actual, expected: idiom, gain: 0 };
    }
  }
  return undefined;
}

/**
 * Lexicon frequency above which an idiom or set phrase counts as one more filler of its frame: jieba
 * gives many rare entries 3 (以职谋私 beside 以权谋私 does not make 以水谋私 a coinage).
 */
const FRAME_FILLER_FREQUENCY = 3;

/**
 * Whether the lexicon fills the window's frame (its other three characters, in place) with two
 * idioms or set phrases or more (抗震救灾, 抗雪救灾): the place is a slot formal prose fills as it
 * needs (抗冰救灾 after an ice storm), not one character of one fixed idiom.
 */
function productiveFrame(index: IdiomIndex, slot: number): boolean {
  const lexicon = getLexicon();
  let fillers = 0;
  for (const idiom of slotIdioms(index, slot)) if (lexicon.frequency(idiom) > FRAME_FILLER_FREQUENCY && ++fillers >= 2) return true;
  return false;
}

/**
 * Lexicon frequency at or below which a four-character entry may be a misspelling the dictionary
 * records: jieba lists 名列前矛, 不言而谕, 再接再励 at its floor counts, 2 and 3. Over the big and dev
 * corpora, the training texts and the fixtures, the 93 entries one look- or sound-alike from an idiom
 * of MISSPELT_IDIOM_FREQUENCY occur once, garbled by hand (名列前矛 in our news); the rare variants not
 * one confusable away (七零八碎, 从头到脚) are left alone.
 */
const MISSPELT_ENTRY_FREQUENCY = 3;
/**
 * Lexicon frequency the idiom must have for such an entry to read as its misspelling (名列前茅 398,
 * 承上启下 39). From 30 (100 until session 35): 312 entries, of which none occurs in the big and dev
 * corpora, the training texts or the clean fixtures; our hand-garbled reports write 承上起下.
 */
const MISSPELT_IDIOM_FREQUENCY = 30;

/**
 * The idiom a rare lexicon entry misspells (frequency ≤ MISSPELT_ENTRY_FREQUENCY), the changed
 * character being a look- or sound-alike of the idiom's. The dictionary's own entry says nothing
 * against it: the window is reported on the lexicon's evidence alone, as by its frame (gain 0).
 */
function misspeltIdiom(p: number, actual: string, slots: readonly number[], index: IdiomIndex): IdiomMiss | undefined {
  const lexicon = getLexicon();
  if (lexicon.frequency(actual) > MISSPELT_ENTRY_FREQUENCY) return undefined;
  for (let q = 0; q < 4; q++) {
    const slot = slots[q]!;
    if (slot < 0) continue;
    for (const idiom of slotIdioms(index, slot)) {
      if (idiom === actual || !lexicon.isIdiom(idiom) || lexicon.frequency(idiom) < MISSPELT_IDIOM_FREQUENCY) continue;
      if (confusable(actual[q]!, idiom[q]!)) return { start: p + q, end: p + q + 1, actual, expected: idiom, gain: 0 };
    }
  }
  return undefined;
}

/**
 * The near-miss idioms within the runs of Chinese words given as flat
 * [start, end) pairs of offsets into `text` (see `chineseRunBounds`).
 */
export function findIdiomMisses(
  runBounds: readonly number[],
  text: string,
  model: CharModel,
  minGain = DEFAULT_MIN_GAIN,
  attested: AttestedNgrams | undefined = getAttestedNgrams(),
): IdiomMiss[] {
  const lexicon = getLexicon();
  const index = getIdiomIndex();
  const { listStart, members } = index;
  const { heads, tails } = pairFilter(index);
  const out: IdiomMiss[] = [];
  const slots = [-1, -1, -1, -1];
  for (let r = 0; r < runBounds.length; r += 2) {
    const runStart = runBounds[r]!;
    const runEnd = runBounds[r + 1]!;
    if (runEnd - runStart < 4) continue;
    for (let p = runStart; p + 4 <= runEnd; p++) {
      // The idioms one character away from the window, by changed position: most windows have none.
      let any = false;
      const opens = hasPair(heads, text.charCodeAt(p), text.charCodeAt(p + 1));
      const closes = hasPair(tails, text.charCodeAt(p + 2), text.charCodeAt(p + 3));
      for (let q = 0; q < 4; q++) any = (slots[q] = (q < 2 ? closes : opens) ? lookup(index, text, p, q) : -1) >= 0 || any;
      // A variant formal text writes (the model's training text has it) is an expression of its own;
      // so is a word of the lexicon, unless it is a rare entry that misspells a frequent idiom (misspeltIdiom).
      if (!any || attested?.has(text, p) === true) continue;
      const window = text.slice(p, p + 4);
      const isEntry = lexicon.hasAt(text, p, 4);
      const misspelt = isEntry ? misspeltIdiom(p, window, slots, index) : undefined;
      if (isEntry && !misspelt) continue;
      let best = misspelt;
      let base: number | undefined;
      const left = text.slice(Math.max(runStart, p - 2), p);
      const right = text.slice(p + 4, Math.min(runEnd, p + 6));
      // (A misspelt entry's idiom is found; the others are read by their context.)
      for (let q = 0; q < 4 && !misspelt; q++) {
        const slot = slots[q]!;
        if (slot < 0) continue;
        // The changed character must not make a word with its neighbours (保育 in 幼儿保育, 管控 in 自我管控).
        if (inWord(text, p + q, runStart, runEnd)) continue;
        const productive = productiveFrame(index, slot);
        const around = junctionsAround(model, text, p + q, runStart, runEnd, text[p + q]!);
        // A set phrase made of a word and one character (非机动 + 车) takes another character there by
        // right: 非机动助行器 is 非机动 + 助行器, not 非机动车 misspelt. (An idiom's three are no word.)
        const keepsWord = (q === 0 || q === 3) && lexicon.hasAt(text, q === 0 ? p + 1 : p, 3);
        for (let m = listStart[slot]!; m < listStart[slot + 1]!; m++) {
          const i = members[m]!;
          const meant = String.fromCharCode(index.units[4 * i + q]!);
          // (In a slot formal prose fills as it needs, only a look- or sound-alike is a slip: 襟年以来 for 今年以来, not 抗冰救灾.)
          const alike = confusable(text[p + q]!, meant);
          if (productive && !alike) continue;
          // Cheap test first for another character: the idiom's must fit its neighbours clearly better.
          // A look- or sound-alike is read by the whole window's gain alone: the model, trained on laws,
          // may barely know the idiom's junctions (潜移模化: 2.7 nats there, 26 over the window).
          if (!alike && around - junctionsAround(model, text, p + q, runStart, runEnd, meant) < 3) continue;
          const idiom = idiomString(index, i);
          if (keepsWord && !lexicon.isIdiom(idiom)) continue;
          base ??= readingCost(left + window + right, model);
          const gain = base - readingCost(left + idiom + right, model);
          if (gain >= minGain + (lexicon.isIdiom(idiom) ? 0 : FIXED_EXPRESSION_EXTRA) && (!best || gain > best.gain)) best = { start: p + q, end: p + q + 1, actual: window, expected: idiom, gain };
        }
      }
      best ??= idiomByItsFrame(text, p, window, runStart, runEnd, slots, index, model) ?? idiomPredictedByItsFrame(text, p, window, runEnd, slots, index, model);
      // A phrase the document repeats is meant (人口特少 in a list of regions), not a slip; so is a
      // variant made with one of the document's topical characters (TOPICAL_CHARACTER_USES).
      if (best && text.indexOf(window) === text.lastIndexOf(window) && !usedAgain(text, best.start, best.end, runStart, runEnd) && !isTopical(text, text[best.start]!)) {
        out.push({ ...best, start: p, end: p + 4 });
        p += 3;
      }
    }
  }
  return out;
}
