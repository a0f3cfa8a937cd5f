/**
 * Character slips by the noisy channel (src/nlp/channel.ts): where the
 * trigram model finds a run improbable and the lexicon sees an isolated
 * character, the best single edit is tried; a slip is reported when that edit
 * both gains many nats and mends a word — the edited place ends up inside a
 * multi-character lexicon word (看寿所 → 看守所, 商订 → 商定, 对X话 → 对话,
 * 定商 → 商定). A rare but correct term is seldom one edit away from a much
 * more probable word; a slip almost always is.
 */
import { isArabicDigit } from "../../src/cjk/chars.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { coveredByWord } from "../../src/cjk/word-across.js";
import { soundAlikes } from "../../src/cjk/readings.js";
import { lookAlikes } from "../../src/cjk/shapes.js";
import { getAttestedNgrams, restoresAttested, restoresEdgeString, type AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { bestEdits, DEFAULT_CANDIDATES, EDIT_KINDS, swapGainAfterNumeral, type ChannelEdit, type EditKind, type EditSearch } from "../../src/nlp/channel.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import type { ChineseToken } from "../../src/nlp/document.js";
import { countOccurrences, occursElsewhere, usedAgain } from "../../src/nlp/plausibility.js";
import { segmentRun } from "../../src/nlp/segment.js";
import { isCommonWord, isFunctionChar, isPlaceChar, isTransliterationChar, lengthensShortForm, namesTwoPlaces } from "../../src/nlp/word-classes.js";
import { confusionOf, hasVocabulary, isIsolatedWord, pushStronger, REFERENCE_JUNCTION_MEAN, registerExcess, unseenPairsAreEvidence, type Confusion, type Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

export interface ChannelOptions {
  /** Surprisal of the three characters from a place on (nats) below which the place is not searched. */
  gate: number;
  /** Lower gate for additions only, next to an isolated character (a dropped character disturbs the text less). */
  addGate: number;
  /** Gain (nats) each kind of edit needs (tuned on the tuning half; see README). */
  minGain: Record<EditKind, number>;
  /** Gain a removal needs when it mends no word but takes out a lone character between two words (县级摆以上 → 县级以上). */
  strayGain: number;
  /** Nats added to the bars of additions and removals per nat of the document's mean junction surprisal above the reference (registerExcess). */
  registerWeight: number;
}

export const DEFAULT_CHANNEL_OPTIONS: ChannelOptions = {
  gate: 16,
  addGate: 12,
  // A swap that mends a word is almost never an accident of clean text; a removal or a
  // change almost always finds some better string, so they need much stronger evidence.
  minGain: { swap: 12, add: 13, remove: 20, change: 21 },
  // (22 rather than 21, session 11: tuning half and validation split, four dense seeds, 7 fewer found
  // and 3 clean findings out, optional words between words: 代表拟提出, 包括超承包, 菜帮菜叶; 23 lost 16.)
  strayGain: 22,
  // (2.5 rather than 2: tuning half, one clean false positive of a work report out, 仍然很不安宁, for 3 finds fewer in three dense seeds.)
  registerWeight: 2.5,
};

const SWAP_ONLY: readonly EditKind[] = ["swap"];
const ADD_ONLY: readonly EditKind[] = ["add"];
const CHANGE_SWAP: readonly EditKind[] = ["change", "swap"];

/**
 * A word the lexicon knows still counts as a slip when the word one edit mends is this many
 * times more frequent: the dictionary also lists odd pieces (八员 37 times against 人员's
 * 19 810, 组识 3 against 组织's 26 922). Real but rare words stay below it (本币 10 against
 * 本市 1 489). 100, 300 and 1 000 measured within two finds per seed on the tuning half.
 */
const FREQUENT_READING_RATIO = 300;

/**
 * Whether `actual` is a word the lexicon knows, not an odd piece of a far more frequent word
 * `reading` one edit away (FREQUENT_READING_RATIO): a rare but real word, no slip.
 */
export function isKnownWord(actual: string, reading: string): boolean {
  const lexicon = getLexicon();
  return actual.length >= 2 && lexicon.has(actual) && lexicon.frequency(actual) * FREQUENT_READING_RATIO >= lexicon.frequency(reading);
}

/**
 * Gain (nats) at which a swap is a slip even where the original is a known word: two words
 * of one pair of characters (期限/限期, 询问/问询) are both in the dictionary, but clean text seldom
 * makes the far less probable one. Tuning half, three dense seeds: 20 and 24 found 2 more, no
 * more clean false positives; 16 found 3 and 1.
 */
const SWAPPED_WORD_GAIN = 20;

/**
 * How much less (nats) a change to a look-alike needs when it joins pieces that all stood alone
 * into one word (白愿 → 自愿, 甲请 → 申请): a broken word, not a rare one. Tuning half: 3 found
 * 8 more slips in four seeds for 1 more false positive (提离货物); 5 added another.
 */
const BROKEN_WORD_DISCOUNT = 3;

/**
 * How much less (nats) a change to a look-alike or sound-alike needs at a run's first or last
 * character, where the trigrams see one side only (共民依法 → 公民, 有权举保。 → 举报). Tuning half,
 * four seeds: 3 found 5 more, no more clean false positives; 5 found 14 more and 4.
 */
const RUN_EDGE_DISCOUNT = 3;

/**
 * How much less (nats) a removal (of a stray character or of one that breaks a word) or a change
 * needs when the document uses the removed or changed character nowhere else: a slip's
 * character is foreign to the document's vocabulary, an optional word of clean prose (新, 仍, 拟,
 * 还) or a character of a real term is used throughout it. Only in a document with a vocabulary
 * (hasVocabulary: in a short text most characters are used once). Tuning half, three dense
 * seeds: 3 found 32 more slips (inserted characters 17, changed ones 15) for two clean false
 * positives (仍然很不安宁, 优先或者劣后分配); 4 for stray characters found 8 more and one more
 * false positive. `npm run eval:random` (random substitutions and insertions among its edits),
 * seeds 7–9: 45.5 → 49.6 %.
 */
const FOREIGN_CHARACTER_DISCOUNT = 3;

/**
 * How much less (nats) an added character, a swap or a change to a look- or sound-alike needs
 * when the document itself uses the phrase it mends and the original is new to it
 * (phraseUsedElsewhere). Swaps too: 4 more found in three dense seeds, no clean change.
 * Tuning half, three dense seeds: 4 found 28 more (dropped characters 21 → 41), no more clean
 * false positives; 6 found 3 more and 2 more false positives. Any change (not only look- and
 * sound-alikes) found 8 more and 2 false positives (人处四万元, 减税减费 → 减税降费). Removals are
 * not cached: a text that writes 解决困难 and 解决好困难 offers the removal of an optional
 * character (held-out half, session 7: 抽逃其出资, 市场来调节, 解决好困难).
 */
const PHRASE_CACHE_DISCOUNT = 4;
/** Characters each side of an edit in the phrase the cache looks for (PHRASE_CACHE_DISCOUNT). */
const PHRASE_WIDTH = 2;
/**
 * How much less (nats) an added character, a swap or a look/sound-alike change needs when the
 * document writes the edited phrase with LONG_PHRASE_WIDTH characters each side elsewhere and the
 * edit mends a lexicon word: seven characters or more of the document's own wording, restored by
 * one edit, are stronger evidence than the five of PHRASE_CACHE_DISCOUNT (视为撤回离婚记申请 in a
 * text that writes 撤回离婚登记申请: 9.3 nats, short of the addition bar of 13 less 4 once a law's
 * register raises it). Tuning half and validation split, default and dense seeds, and both folds:
 * 16 more found (测规划 → 测绘规划, 国家关 → 国家有关, 或者人 → 或者个人), no clean finding more;
 * without the mended word 的 and 市 were added (管理人的罚款, 应当经市水务部: 3 clean findings on
 * the folds). The search's floor stops most edits below 8 nats less (a larger discount found no
 * more, 7 one fewer; each try scans the document); a lower floor found 9 more for 8 clean findings.
 */
const LONG_PHRASE_CACHE_DISCOUNT = 8;
/** Characters each side of the edit in the longer phrase (LONG_PHRASE_CACHE_DISCOUNT). */
const LONG_PHRASE_WIDTH = 3;

/**
 * How much less (nats) a change to a look- or sound-alike, or the removal of a character the
 * document uses nowhere else (FOREIGN_CHARACTER_DISCOUNT), needs when it mends pairs never seen:
 * both character pairs around the original character are unseen (fewer than two occurrences in
 * the training text, and nowhere else in the document) and every pair the edit makes is seen
 * (检测厨厂 → 出厂). A slip's character makes pairs clean text does not; a rare but real character
 * usually keeps one attested side. Tuning half, three dense seeds: 13 more found, no more clean
 * false positives (5 nats and more cost false positives; for additions 3 nats found 1 more for 2).
 * Only where unseen pairs are evidence (unseenPairsAreEvidence: law text; a work report makes many
 * by right, 港珠澳 → 港澳), but for a look-alike in any register: OCR's slip, and a report's coinage
 * is seldom one character away from a look-alike's attested pairs (现代军事刀量 → 力量 in a work
 * report; tuning half +2 found at the default seed, no clean change in its three reports or the
 * sample, dense seeds unchanged; session 23). Removals of any character found 21 more on the
 * tuning half but made 4 clean false positives on the held-out half: optional characters of rare
 * phrases (半农半牧区, 明知掺有) and pairs of the document's own terms (新草品种, 犯后罪).
 */
const UNSEEN_PAIRS_DISCOUNT = 4;

/**
 * How much less (nats) an edit needs when it turns strings of four characters the training text
 * never wrote into ones it did (restoresAttested: every string of four the edit touches is unseen
 * before it, three in four seen after; 农业农村等门按照 → 等部门按照). Tuning half, three dense seeds: 3 found 18
 * more slips, no more clean false positives; 4 found 28 and 3 more false positives, 5 found 30 and
 * 5. With strings seen twice or more only (half the table) 3 found 13. Not for a change to a
 * character that neither looks nor sounds alike (4 finds fewer): any character makes some
 * attested string (群众盼的 → 群众性的, a test sentence modelled on the tuning half's 人民盼的).
 */
const ATTESTED_DISCOUNT = 3;

/**
 * Gain (nats) a swap needs, short of its bar, when the document writes the word it mends with a
 * neighbour twice or more elsewhere (recurringMendedWord: 查审程序 in a law that writes 审查 throughout).
 * Tuning half and validation split, default and dense seeds: 10 more found, no clean false positive
 * (the clean swaps between 6 and 12 nats mend words the document does not write: 刑事罪犯, 量力).
 */
const CACHED_SWAP_GAIN = 6;

/**
 * Gain (nats) a swap needs when it turns four characters into two words of two that it
 * interleaves (ACBD → AB|CD). Clean law text writes such 四字格 coinages (南高北低, 削权减证,
 * 危岩险石, 清场退地: 12.0–17.7 nats on the folds), which a random swap across a word boundary
 * makes too. `eval:random --kinds swap`, tuning half and validation split, seeds 7 and 8: swaps
 * across two words at the plain bar found 15 more of 444 for 12 clean findings on the folds and
 * one on the tuning half (退牧还草); with this bar 9 more for 1 (session 22).
 */
const INTERLEAVED_SWAP_GAIN = 18;

/**
 * Nats above its bar a look/sound-alike change needs when it mends no word but makes a grammar
 * character (loneGrammarCharacter). Tuning half and validation split: 1 and 2 more found, no clean
 * finding more (at 0: 3 and 3 more for 2 clean, 时 → 十, 得 → 的); three dense seeds 2 more, the
 * validation seed 4 more. Folds: 11 more of 5 488 for 5 clean findings in 15.3 M characters (one of
 * them the source's own slip: 发生故障，末按规定 → 未); at 0, 22 more for 73; without the grammar
 * character condition 21 more for 32 (生 for 牛, 合 for 含, 检 for 栓). Session 23.
 */
const LONE_CHANGE_EXTRA = 3;

/**
 * Gain (nats) a change or a removal needs, in law text's register, when the training text writes
 * none of the strings of four around the word it mends: a reading formal Chinese never wrote is
 * weak evidence (休满假 → 休假, 乱抛 → 乱跑), where a slip's reading is usually the text's own
 * wording. Validation split, clean findings 41 → 36; four dense seeds, 5 finds fewer (18 kept 3
 * of the clean ones for 3 finds, 22 took 2 more finds and no clean one).
 */
const UNWRITTEN_READING_GAIN = 20;

/**
 * Characters that put a number after them (第62届, 约2300克, 逾3000人). Before digits they end a
 * run, where the model, trained on laws that write numbers in ideographs (第六十二条), sees a run
 * ending in 第 as unlikely and offers a sound-alike (附属机构第62届 → 的).
 */
const NUMBER_PREFIXES = "第约逾近共计";

/** Nats added to a change to a character that sounds alike (pinyin IME slips: 商订 for 商定). */
const SOUND_ALIKE_PRIOR = 6;
/**
 * Nats added to a change to a character that looks alike (OCR confusions: 己/已, 未/末; src/cjk/shapes.ts).
 * More than a sound-alike gets: a character has about one look-alike but a dozen homophones, so each
 * pair is likelier (6 to 14 measured on the tuning half: recall rises throughout; 14 flags clean law text).
 */
const LOOK_ALIKE_PRIOR = 10;
/**
 * How many sound-alikes, the most frequent first (an IME offers those first), are tried for a
 * change besides the look-alikes: at a run's first or last character, where no neighbour pair
 * proposes candidates (责令改政。 → 改正), and inside a run, where the slip's reading may be no
 * frequent bridge between its neighbours (或者通果票据 → 通过). Tuning half: 4, 10
 * and 40 found the same at the runs' edges (4 more homophones per seed, no more false positives),
 * 2 fewer. Inside runs too since session 14: 6 more found in four dense seeds, no clean change (in
 * session 7, with fewer discounts, 1 more and 9 % of a cold lint of the sample). bestEdits scores
 * only those seen with a neighbour there: as many scorings as before on 7.4 MB of big-corpus text.
 */
const SOUND_ALIKE_CANDIDATES = 8;
/** By character (the model is one per process). */
const confusableCandidateCache = new Map<string, string>();
/** The characters tried for a change of `char` besides the bridges: its look-alikes and frequent sound-alikes. */
export function confusableCandidates(model: CharModel, char: string): string {
  let found = confusableCandidateCache.get(char);
  if (found === undefined) {
    const shapes = lookAlikes(char);
    // The most frequent few in one pass (a character has dozens of homophones; most never get this far).
    const top: { c: string; logp: number }[] = [];
    for (const c of soundAlikes(char)) {
      const id = model.id(c);
      if (id === 0 || shapes.includes(c)) continue;
      const logp = model.unigram(id);
      if (top.length === SOUND_ALIKE_CANDIDATES && logp <= top.at(-1)!.logp) continue;
      let k = top.length;
      while (k > 0 && top[k - 1]!.logp < logp) k--;
      top.splice(k, 0, { c, logp });
      if (top.length > SOUND_ALIKE_CANDIDATES) top.pop();
    }
    found = shapes + top.map((t) => t.c).join("");
    confusableCandidateCache.set(char, found);
  }
  return found;
}

/** Longest lexicon word (characters) wordMendingConfusables looks for around a place. */
const MENDED_WORD_LENGTH = 4;
/** Whether the character at `at` of `s` stands in a lexicon word of two to MENDED_WORD_LENGTH characters with its neighbours. */
const inLexiconWord = (s: string, at: number) => coveredByWord(s, at, at + 1, 2, MENDED_WORD_LENGTH);

/** By character: its look- and sound-alikes that the model knows, less its confusable candidates (the model is one per process). */
const otherConfusablesCache = new Map<string, string>();
function otherConfusables(model: CharModel, char: string): string {
  let found = otherConfusablesCache.get(char);
  if (found === undefined) {
    const tried = confusableCandidates(model, char);
    found = "";
    for (const c of lookAlikes(char) + soundAlikes(char)) if (!tried.includes(c) && !found.includes(c) && model.id(c) !== 0) found += c;
    otherConfusablesCache.set(char, found);
  }
  return found;
}

/**
 * The look- and sound-alikes of run[p], beyond those confusableCandidates tries (its look-alikes and
 * eight most frequent homophones), that make a lexicon word with the characters beside it where the
 * character as written makes none: an IME offers the homophone that completes the word being typed,
 * however rare the character alone (生产总植 → 总值: 值 is no top homophone of zhi; 堤身簿弱 → 薄弱).
 * A character already in a word is left to the usual candidates (服装配饰 ↛ 装配式), and so is a grammar
 * character, which stands alone by right (行为只造成 ↛ 为止). "" for none.
 */
export function wordMendingConfusables(model: CharModel, run: string, p: number): string {
  const char = run[p]!;
  if (isFunctionChar(char) || inLexiconWord(run, p)) return "";
  const left = p > 0 ? model.id(run[p - 1]!) : 0;
  const right = p + 1 < run.length ? model.id(run[p + 1]!) : 0;
  let found = "";
  for (const c of otherConfusables(model, char)) {
    // (Cheap test first: a word's characters are seen side by side; bestEdits scores no candidate seen with neither neighbour.)
    const id = model.id(c);
    if (!(left !== 0 && model.seen(left, id)) && !(right !== 0 && model.seen(id, right))) continue;
    // The characters a word through p can reach, with the candidate in its place.
    const from = Math.max(0, p - MENDED_WORD_LENGTH + 1);
    if (inLexiconWord(run.slice(from, p) + c + run.slice(p + 1, p + MENDED_WORD_LENGTH), p - from)) found += c;
  }
  return found;
}

const CONFUSION_PRIOR: Record<Confusion, number> = { "look-alike": LOOK_ALIKE_PRIOR, "sound-alike": SOUND_ALIKE_PRIOR };
const changePrior = (original: string, replacement: string) => {
  const confusion = confusionOf(original, replacement);
  return confusion ? CONFUSION_PRIOR[confusion] : 0;
};
const MAX_CHANGE_PRIOR = Math.max(SOUND_ALIKE_PRIOR, LOOK_ALIKE_PRIOR);
/**
 * Nats more a change needs when the characters neither look nor sound alike and the document
 * uses elsewhere a character pair the change touches: no typing or reading slip explains the
 * change, and the pair says the original is a term of the document (包件 in a text about
 * parcels). A random substitution makes pairs new to the document and keeps the plain bar.
 * Tuning half: 3 on every such change took out 3 of 13 clean false positives and 12 of about
 * 1 100 finds, but on an independent check (random common characters substituted into the
 * held-out half) it cut the substitutions found from about 52 % to 33 %; limited to recurring
 * pairs it keeps 2 of the 3 false positives out and the substitutions at 52 %.
 */
const UNLIKELY_CHANGE_EXTRA = 3;
/**
 * Association (nats, CharModel.association) at which a character and a neighbour make a
 * collocation of the training text. A change to a character that neither looks nor sounds alike
 * leaves a character in such a pair alone: a random substitution seldom lands in one, a rare
 * term of clean text is often one (部门抄告的 → 报告, 3.6 nats). Validation split: 1 of 25 clean
 * findings out; no find lost at the default and dense seeds of the tuning half and the
 * validation split, nor in `npm run eval:random` (seeds 7–9, both). 1.5 took out 1 more and lost
 * a random substitution in each validation seed; so did vetoing every character seen with both
 * neighbours (用林需求).
 */
const COLLOCATION_ASSOCIATION = 2.5;
/** Whether the character at run position s makes a collocation with a neighbour (COLLOCATION_ASSOCIATION). */
function inCollocation(model: CharModel, ids: Int32Array, s: number): boolean {
  const here = ids[s]!;
  if (here === 0) return false;
  return (s > 0 && model.association(ids[s - 1]!, here) >= COLLOCATION_ASSOCIATION) || (s + 1 < ids.length && model.association(here, ids[s + 1]!) >= COLLOCATION_ASSOCIATION);
}
/** Only changes to a look- or sound-alike: the others are ruled out. */
const onlyConfusable = (original: string, replacement: string) => {
  const confusion = confusionOf(original, replacement);
  return confusion ? CONFUSION_PRIOR[confusion] : -Infinity;
};

/**
 * The bars of one document: each kind's plain bar (raised with the register) and the floor under
 * which bestEdits stops looking (the plain bar less the largest discount a candidate may earn).
 */
interface ChannelBars {
  /** Nats the register adds to additions, removals and changes into a character that neither looks nor sounds alike (registerExcess). */
  raise: number;
  minGain: Record<EditKind, number>;
  strayGain: number;
  /** FOREIGN_CHARACTER_DISCOUNT where the document has a vocabulary, else 0. */
  foreignDiscount: number;
  /** Law text's register, where unseen pairs and unwritten readings are evidence (unseenPairsAreEvidence). */
  lawRegister: boolean;
  /** UNSEEN_PAIRS_DISCOUNT in law text's register, else 0 (a look-alike's holds in any). */
  unseenDiscount: number;
  floor: Record<EditKind, number>;
  attested: AttestedNgrams | undefined;
  /** ATTESTED_DISCOUNT when the strings of four are there, else 0. */
  attestedDiscount: number;
}

function channelBars(runs: readonly ScoredRun[], options: ChannelOptions, documentMean: number): ChannelBars {
  // A less predictable register (work reports, diplomatic prose) makes bigger gains by chance: additions, removals and
  // changes into a character that neither looks nor sounds alike need more there (a look/sound-alike is a slip's own evidence).
  const raise = options.registerWeight * registerExcess(documentMean);
  const minGain = { ...options.minGain, add: options.minGain.add + raise, remove: options.minGain.remove + raise };
  const strayGain = options.strayGain + raise;
  const foreignDiscount = hasVocabulary(runs) ? FOREIGN_CHARACTER_DISCOUNT : 0;
  const lawRegister = unseenPairsAreEvidence(documentMean);
  const unseenDiscount = lawRegister ? UNSEEN_PAIRS_DISCOUNT : 0;
  const floor = {
    ...minGain,
    swap: Math.min(minGain.swap - PHRASE_CACHE_DISCOUNT, CACHED_SWAP_GAIN),
    add: minGain.add - PHRASE_CACHE_DISCOUNT,
    remove: Math.min(minGain.remove, strayGain) - foreignDiscount - unseenDiscount,
    change: minGain.change - Math.max(BROKEN_WORD_DISCOUNT, RUN_EDGE_DISCOUNT, PHRASE_CACHE_DISCOUNT, foreignDiscount) - UNSEEN_PAIRS_DISCOUNT,
  };
  const attested = getAttestedNgrams();
  const attestedDiscount = attested ? ATTESTED_DISCOUNT : 0;
  for (const kind of EDIT_KINDS) floor[kind] -= attestedDiscount;
  return { raise, minGain, strayGain, foreignDiscount, lawRegister, unseenDiscount, floor, attested, attestedDiscount };
}

/** A run being searched: what every place of it shares (made when a place first passes the gate: most runs have none). */
interface SearchedRun {
  scored: ScoredRun;
  text: string;
  model: CharModel;
  run: string;
  ids: Int32Array;
  isolated: Uint8Array;
  /** One search per run; its kinds, change prior and candidates are set for each place. */
  search: EditSearch;
}

export function findChannelSlips(
  runs: readonly ScoredRun[],
  text: string,
  model: CharModel,
  options: ChannelOptions = DEFAULT_CHANNEL_OPTIONS,
  documentMean = REFERENCE_JUNCTION_MEAN,
): Garble[] {
  const out: Garble[] = [];
  const bars = channelBars(runs, options, documentMean);
  const lowGate = Math.min(options.gate, options.addGate);
  for (const scored of runs) {
    if (scored.repeated) continue;
    const { start: runStart, end: runEnd } = scored;
    if (runEnd - runStart < 3) continue;
    let searched: SearchedRun | undefined;
    const places = runEnd - runStart;
    for (let p = scored.nextPlace(0, places, lowGate); p < places; p = scored.nextPlace(p + 1, places, lowGate)) {
      const local = scored.surprisalOfThree(p);
      searched ??= {
        scored,
        text,
        model,
        run: text.slice(runStart, runEnd),
        ids: scored.ids,
        isolated: isolatedPlaces(scored, text),
        search: { kinds: EDIT_KINDS, changePrior, maxChangePrior: MAX_CHANGE_PRIOR, floor: bars.floor, surprisals: scored.surprisals },
      };
      const { run, ids, isolated, search } = searched;
      // Each kind against its own bar; a swap that mends a word needs no isolated character
      // (有没 → 没有, 得不 → 不得 are made of function characters).
      const near = isolated[p - 1] || isolated[p] || isolated[p + 1];
      // An OCR look-alike or an IME sound-alike is often a function character (八 for 人, 末 for 未,
      // 尚 for 上) or part of a rare dictionary word (标的 for 表的) that the lexicon reads as grammar or
      // as a word, not as isolated: there only a change to a look- or sound-alike is tried — those
      // among the bridges (confusableBridges: given as the only candidates, the search is not
      // free), or at a run's first or last character its confusable candidates (、末成年人 → 未成年人).
      // Tuning half, three dense seeds: sound-alikes too found 14 more, the runs' edges 3 more, no
      // more clean false positives.
      const atRunEdge = p === 0 || p + 1 === run.length;
      const mending = local < options.gate ? "" : wordMendingConfusables(model, run, p);
      const confusables = near || local < options.gate ? "" : (atRunEdge ? confusableCandidates(model, run[p]!) : confusableBridges(model, ids, run[p]!, p)) + mending;
      const confusableOnly = confusables !== "";
      const kinds = local < options.gate ? (isolated[p - 1] || isolated[p] ? ADD_ONLY : undefined) : near ? EDIT_KINDS : confusableOnly ? CHANGE_SWAP : SWAP_ONLY;
      if (!kinds) continue;
      search.kinds = kinds;
      search.changePrior = confusableOnly ? onlyConfusable : changePrior;
      search.candidates = confusableOnly ? 0 : DEFAULT_CANDIDATES;
      // (Besides the bridges, a change always tries the confusable candidates: the only ones at a run's first or last character.)
      search.extraCandidates = confusableOnly ? () => confusables : (char) => confusableCandidates(model, char) + mending;
      // The best-gaining candidate with a reading.
      let edit: ChannelEdit | undefined;
      let mended: MendedWord | undefined;
      for (let candidate of bestEdits(model, run, ids, p, search)) {
        // (After digits the run's first two characters are read after a numeral: 4个多小时.)
        if (candidate.kind === "swap" && candidate.start === 0 && isArabicDigit(text[runStart - 1])) candidate = { ...candidate, gain: swapGainAfterNumeral(model, ids) };
        if (candidate.kind === "swap" && countsOnAfterRoundNumber(text, runStart + candidate.start)) continue;
        if (edit && edit.gain >= candidate.gain) continue;
        const reading = readingOf(candidate, searched, p, confusableOnly, bars);
        if (!reading) continue;
        edit = candidate;
        mended = reading;
      }
      if (!edit || !mended || !isSlip(edit, mended, searched, bars)) continue;
      const start = runStart + mended.start;
      const end = runStart + mended.end;
      pushStronger(out, { start, end, text: text.slice(start, end), score: edit.gain, gain: edit.gain, reading: { text: mended.word, edit: edit.kind } });
    }
  }
  return out;
}

/**
 * Whether the pair at `at` is 多 after a round number (10多个小时, 二十多天): it counts on from the
 * number, as 个多 does after any number (三个多小时); both orders are right, neither is a swap.
 */
function countsOnAfterRoundNumber(text: string, at: number): boolean {
  const before = text[at - 1];
  return text[at] === "多" && before !== undefined && "0０十百千万亿".includes(before);
}

/**
 * The reading of a candidate edit at place p when it clears its bar: its plain bar less the
 * discounts its evidence earns (a foreign character, unseen pairs mended, strings of four
 * restored, a run's edge), plus the surcharges (a change no slip explains), and a word it mends —
 * or, short of that, a stray character taken out, a phrase of the document restored, or a word
 * of the document swapped back. Undefined when none holds.
 */
function readingOf(candidate: ChannelEdit, searched: SearchedRun, p: number, confusableOnly: boolean, bars: ChannelBars): MendedWord | undefined {
  const { scored, text, model, run, ids, isolated } = searched;
  const { start: runStart, end: runEnd } = scored;
  const { minGain, strayGain, foreignDiscount, unseenDiscount, attested, attestedDiscount } = bars;
  // (A short form made long restores nothing: 应 → 应当, 送 → 送交.)
  if (candidate.kind === "add" && lengthensShortForm(run[p - 1], candidate.replacement, run[p])) return undefined;
  const confusion = candidate.kind === "change" ? confusionOf(run[candidate.start]!, candidate.replacement) : undefined;
  // (A number's prefix before the digits that end the run is written as meant: 第62届 ↛ 的.)
  if (candidate.kind === "change" && candidate.start + 1 === run.length && NUMBER_PREFIXES.includes(run[candidate.start]!) && isArabicDigit(text[runEnd])) return undefined;
  // (Where the lexicon reads words, a confusable does not break a common one: 当今大国 ↛ 今天.)
  if (confusableOnly && candidate.kind === "change" && breaksCommonWord(scored, text, runStart + candidate.start)) return undefined;
  // (Only a look- or sound-alike replaces a character of a collocation: inCollocation.)
  if (candidate.kind === "change" && !confusion && inCollocation(model, ids, candidate.start)) return undefined;
  // A character the document uses nowhere else needs less to be removed or changed (FOREIGN_CHARACTER_DISCOUNT).
  const foreign =
    foreignDiscount > 0 &&
    (candidate.kind === "remove" || candidate.kind === "change") &&
    candidate.gain < Math.max(minGain[candidate.kind], candidate.kind === "remove" ? strayGain : 0) &&
    // (A name's characters are used once by right: 俄 of 全俄, 斯 of a transliteration.)
    !isPlaceChar(run[candidate.start]!) &&
    !isTransliterationChar(run[candidate.start]!) &&
    !occursElsewhere(text, runStart + candidate.start, runStart + candidate.end);
  // (A change into a character that neither looks nor sounds alike is raised with the register too.)
  let bar = minGain[candidate.kind] - (foreign ? foreignDiscount : 0) + (candidate.kind === "change" && !confusion ? bars.raise : 0);
  // A look/sound-alike change, or a foreign character's removal, that mends unseen pairs needs less (UNSEEN_PAIRS_DISCOUNT; the pairs are read only where that decides),
  // in law text's register; a look-alike's in any.
  const pairsDiscount = confusion === "look-alike" ? UNSEEN_PAIRS_DISCOUNT : unseenDiscount;
  const mendsPairs =
    pairsDiscount > 0 &&
    ((candidate.kind === "remove" && foreign) || (candidate.kind === "change" && confusion !== undefined)) &&
    candidate.gain < Math.max(bar, candidate.kind === "remove" ? strayGain : 0) &&
    mendsUnseenPairs(model, ids, text, runStart, candidate);
  if (mendsPairs) bar -= pairsDiscount;
  // An edit that restores strings of four the training text wrote needs less (ATTESTED_DISCOUNT; read only where that decides);
  // so does a look- or sound-alike at a run's first or last character, where one string of four touches it.
  const restores =
    attested !== undefined &&
    (candidate.kind !== "change" || confusion !== undefined) &&
    candidate.gain < Math.max(bar, candidate.kind === "remove" ? strayGain : 0) &&
    restoresAtPlace(attested, run, candidate, confusion !== undefined);
  if (restores) bar -= attestedDiscount;
  if (confusion && (candidate.start === 0 || candidate.start + 1 === run.length)) bar -= RUN_EDGE_DISCOUNT;
  // (The document is scanned only where the surcharge decides.)
  else if (candidate.kind === "change" && !confusion && candidate.gain >= bar && candidate.gain < bar + UNLIKELY_CHANGE_EXTRA && pairsRecur(text, runStart, runEnd, candidate)) {
    bar += UNLIKELY_CHANGE_EXTRA;
  }
  // (A swap may mend two words; one that interleaves two words of two needs more: INTERLEAVED_SWAP_GAIN.)
  let word = candidate.gain >= bar ? mendedWord(run, candidate, true) : undefined;
  if (word?.interleaved && candidate.gain < INTERLEAVED_SWAP_GAIN) word = undefined;
  // A look/sound-alike of a grammar character mends no word: it is one (申 → 由, 巳 → 已, 干 → 于).
  if (!word && confusion && candidate.kind === "change" && candidate.gain >= bar + LONE_CHANGE_EXTRA) word = loneGrammarCharacter(text, runStart, candidate);
  // A look-alike that joins broken pieces into one word (白愿 → 自愿: both characters stood alone) needs less.
  if (!word && confusion === "look-alike" && candidate.gain >= minGain.change - BROKEN_WORD_DISCOUNT) {
    const joined = mendedWord(run, candidate);
    if (joined && isolated.subarray(joined.start, joined.end).every((x) => x === 1)) word = joined;
  }
  if (word) return word;
  // A character inserted between two words mends none; the lexicon sees it standing alone between them.
  const stray =
    candidate.kind === "remove" && candidate.gain >= strayGain - (foreign ? foreignDiscount : 0) - (mendsPairs ? unseenDiscount : 0) - (restores ? attestedDiscount : 0) ? strayCharacter(text, scored.tokens, runStart + p) : undefined;
  if (stray) return stray;
  // Short of its bar, an added character, a swap or a look/sound-alike still counts where the document uses the mended phrase (phraseUsedElsewhere).
  // With three characters each side written elsewhere, less still, if the edit mends a word (LONG_PHRASE_CACHE_DISCOUNT).
  const cacheable = candidate.kind === "add" || candidate.kind === "swap" || (candidate.kind === "change" && confusion !== undefined);
  const cached = cacheable
    ? (candidate.gain >= bar - PHRASE_CACHE_DISCOUNT ? phraseUsedElsewhere(text, run, runStart, candidate, PHRASE_WIDTH) : undefined) ??
      (candidate.gain >= bar - LONG_PHRASE_CACHE_DISCOUNT && mendedWord(run, candidate) ? phraseUsedElsewhere(text, run, runStart, candidate, LONG_PHRASE_WIDTH) : undefined)
    : undefined;
  if (cached) return cached;
  // Short of its bar, a swap still counts where the document writes the word it mends (CACHED_SWAP_GAIN).
  return candidate.kind === "swap" && candidate.gain >= CACHED_SWAP_GAIN ? recurringMendedWord(text, run, runStart, candidate) : undefined;
}

/** Whether the best edit at a place, with its reading, is a slip: the checks that apply to its span in the document. */
function isSlip(edit: ChannelEdit, mended: MendedWord, searched: SearchedRun, bars: ChannelBars): boolean {
  const { scored, text, run } = searched;
  const { start: runStart, end: runEnd } = scored;
  const start = runStart + mended.start;
  const end = runStart + mended.end;
  const actual = text.slice(start, end);
  // A word the lexicon knows is not a slip, however rare the model finds it, unless the
  // mended word is far more common (the dictionary also lists odd pieces: 八员 next to 人员).
  // A swap that gains very much is a slip even into a known word (责令期限改正 → 限期).
  // (Every single character is a word: a lone grammar character's reading is checked by its own bar.)
  const known = !mended.lone && isKnownWord(actual, mended.word);
  if (known && !(edit.kind === "swap" && edit.gain >= SWAPPED_WORD_GAIN)) return false;
  // A change inside a word the lexicon reads, where the word it becomes is not far more common,
  // reads a word across the text's own (音像|器材 → 音响器材: 音像 269, 音响 285; 底质 54 → 地质 3 014 is a slip).
  // (Where the change makes no dictionary word of the broken one, 因抵|制宜 → 因地制宜, it says nothing.)
  const broken = edit.kind === "change" ? brokenWordAt(scored, text, runStart + edit.start) : undefined;
  if (broken) {
    const becomes = getLexicon().frequency(broken.word.slice(0, broken.at) + edit.replacement + broken.word.slice(broken.at + 1));
    if (becomes > 0 && getLexicon().frequency(broken.word) * BROKEN_WORD_RATIO >= becomes) return false;
  }
  // Unknown foreign names (mostly transliteration characters: 斯 拉 比 特…, which ordinary
  // words use too: 比例, 特别) and terms the document uses again are not slips.
  // (Unless the edit mends a word of three or more that the lexicon knows: 基恩础学科 → 基础学科, whose 基 and 科
  // also spell names; a name made one character away from such a word is rare.)
  if (edit.kind !== "swap" && [...actual].filter(isTransliterationChar).length * 2 > actual.length && !(mended.word.length >= 3 && getLexicon().has(mended.word))) return false;
  // Two places' abbreviations are written in either order (葡中 beside 中葡).
  if (edit.kind === "swap" && namesTwoPlaces(run[edit.start]!, run[edit.start + 1]!)) return false;
  // A change or a removal whose reading the training text never writes is weak evidence (UNWRITTEN_READING_GAIN).
  if (
    bars.lawRegister &&
    (edit.kind === "change" || edit.kind === "remove") &&
    edit.gain < UNWRITTEN_READING_GAIN &&
    bars.attested?.around(run.slice(0, mended.start) + mended.word + run.slice(mended.end), mended.start, mended.start + mended.word.length) === "unseen"
  ) {
    return false;
  }
  // (With a neighbour on each side: after a dropped character the rest of the word, 记 of 登记, recurs anyway.)
  if (occursElsewhere(text, Math.max(runStart, start - 1), Math.min(runEnd, end + 1))) return false;
  // A changed or swapped piece of two or more characters that recurs with a neighbour is a term (提离货物 and 移运或者提离。).
  if ((edit.kind === "change" || edit.kind === "swap") && end - start >= 2 && (occursElsewhere(text, Math.max(runStart, start - 1), end) || occursElsewhere(text, start, Math.min(runEnd, end + 1)))) return false;
  return true;
}

/**
 * The reading of an edit whose window (`width` characters each side: PHRASE_WIDTH or
 * LONG_PHRASE_WIDTH) the document uses elsewhere while the original is a slip's: its window
 * occurs only here, and so do the character pairs the edit touches. The document is a cache of
 * its own phrases (县级以地方人民政府 in a text that writes 县级以上地方 elsewhere); a term recurs,
 * in its window or its pairs (代表总名额 next to 代表名额). The reading is the word the edit mends
 * (太幅 → 大幅), else the window (带头太幅精 → 带头大幅精 read awkwardly as a span; with the word,
 * the known-word check below applies as on the other routes: 基本衡平 stays, 衡平 being a word).
 */
function phraseUsedElsewhere(text: string, run: string, runStart: number, edit: ChannelEdit, width: number): { word: string; start: number; end: number } | undefined {
  const runEnd = runStart + run.length;
  const edited = run.slice(0, edit.start) + edit.replacement + run.slice(edit.end);
  const shift = edit.replacement.length - (edit.end - edit.start);
  const a = Math.max(0, edit.start - width);
  const b = Math.min(edited.length, edit.start + edit.replacement.length + width);
  if (b - a < 2 * width) return undefined;
  const phrase = edited.slice(a, b);
  if (!text.includes(phrase)) return undefined;
  // A phrase the document uses in both forms is a variant, not a slip (代表总名额 and 代表名额);
  // a slip makes character pairs the document uses nowhere else, a term's pairs recur.
  if (occursElsewhere(text, runStart + a, runStart + b - shift) || pairsRecur(text, runStart, runEnd, edit)) return undefined;
  return mendedWord(run, edit) ?? { word: phrase, start: a, end: b - shift };
}

/**
 * Whether an edit of the run restores strings of four (restoresAttested); for a look- or
 * sound-alike change of the run's first or last character, the one string of four there
 * (restoresEdgeString: 、驹备优良 → 具备优良). Tuning half and validation split: 2 more found at the
 * default seed, 11 in four dense seeds, no clean false positive.
 */
function restoresAtPlace(table: AttestedNgrams, run: string, edit: ChannelEdit, confusable: boolean): boolean {
  const edited = run.slice(0, edit.start) + edit.replacement + run.slice(edit.end);
  return restoresAttested(table, run, edit.start, edit.end, edited, edit.start + edit.replacement.length) || (confusable && edit.kind === "change" && restoresEdgeString(table, run, edit.start, edited));
}

/**
 * Whether the document uses elsewhere a character pair of the run [runStart, runEnd) that the
 * edit touches (a term recurs; a random slip makes new pairs).
 */
function pairsRecur(text: string, runStart: number, runEnd: number, edit: ChannelEdit): boolean {
  const to = Math.min(runEnd, runStart + edit.end + 1);
  for (let i = Math.max(runStart, runStart + edit.start - 1); i + 2 <= to; i++) if (occursElsewhere(text, i, i + 2)) return true;
  return false;
}

/**
 * Whether a removal or a one-character change of run position s mends pairs never seen
 * (UNSEEN_PAIRS_DISCOUNT): both pairs around the original character are unseen by the model and
 * used nowhere else in the document (a term of the document attests its own pairs: 草品种 in a
 * law on grassland), and the pairs the edit makes — the neighbours joined, or each with the new
 * character — are all seen by the model. Characters the model does not know make no evidence.
 */
function mendsUnseenPairs(model: CharModel, ids: Int32Array, text: string, runStart: number, edit: ChannelEdit): boolean {
  const s = edit.start;
  if (s === 0 || s + 1 >= ids.length) return false;
  const before = ids[s - 1]!;
  const after = ids[s + 1]!;
  const here = ids[s]!;
  if (before === 0 || after === 0 || here === 0 || model.seen(before, here) || model.seen(here, after)) return false;
  const mends = edit.kind === "remove" ? model.seen(before, after) : model.seen(before, model.id(edit.replacement)) && model.seen(model.id(edit.replacement), after);
  // (The document is scanned last.)
  return mends && !occursElsewhere(text, runStart + s - 1, runStart + s + 1) && !occursElsewhere(text, runStart + s, runStart + s + 2);
}

/** 1 at the places of a run the lexicon cannot read as part of a word. */
function isolatedPlaces(scored: ScoredRun, text: string): Uint8Array {
  const isolated = new Uint8Array(scored.end - scored.start);
  scored.eachWord((start, end, logp, known) => {
    // (Rare known words are words here: no rarity bar.)
    if (isIsolatedWord(text, start, end, logp, known, -Infinity)) isolated.fill(1, start - scored.start, end - scored.start);
    return false;
  });
  return isolated;
}

/** By character: the model ids of its confusable candidates (the model is one per process). */
const partnerIdCache = new Map<string, Int32Array>();

/**
 * The candidates for a change of `char` at p when only look- and sound-alikes count: its
 * look-alikes (always tried, as elsewhere in a run) and the look-alikes and frequent sound-alikes
 * (confusableCandidates: an IME offers the frequent ones first) among the bridges bestEdits would try
 * there (same count); "" when no bridge is one of them.
 */
function confusableBridges(model: CharModel, ids: Int32Array, char: string, p: number): string {
  let partners = partnerIdCache.get(char);
  if (partners === undefined) partnerIdCache.set(char, (partners = Int32Array.from(confusableCandidates(model, char), (c) => model.id(c))));
  if (partners.length === 0) return "";
  const left = ids[p - 1]!;
  const right = ids[p + 1]!;
  // Cheap test first: a partner seen between the neighbours at all (most places have none).
  let seen = false;
  for (const id of partners) if ((seen = model.seen(left, id) && model.seen(id, right))) break;
  if (!seen) return "";
  let found = "";
  for (const id of model.bridgeIds(left, right, DEFAULT_CANDIDATES)) if (partners.includes(id)) found += model.char(id);
  if (found === "") return "";
  const shapes = lookAlikes(char);
  return shapes + [...found].filter((c) => !shapes.includes(c)).join("");
}

/** A word an edit mends: its text after the edit, and the span of the original run it replaces. */
export interface MendedWord {
  word: string;
  start: number;
  end: number;
  /** A swap's two words of two characters each that it interleaved (AB|CD written ACBD): see INTERLEAVED_SWAP_GAIN. */
  interleaved?: boolean;
  /** One character changed into a grammar character, no longer word (loneGrammarCharacter). */
  lone?: boolean;
}

/**
 * A change at run offset `edit.start` into a grammar character (由, 已, 于, 未, 自: isFunctionChar)
 * that mends no longer word, as its own reading: OCR reads 由 as 申 or 甲, 已 as 巳, 于 as 干, and the
 * lexicon finds no word to mend, for the grammar character is one. Not a character next to an
 * enumeration comma (牛、羊, 衣、食: an item of a list of single characters, which the model reads
 * poorly; the eval's folds: 2 clean findings of 7).
 */
function loneGrammarCharacter(text: string, runStart: number, edit: ChannelEdit): MendedWord | undefined {
  if (!isFunctionChar(edit.replacement)) return undefined;
  const at = runStart + edit.start;
  if (text[at - 1] === "、" || text[at + 1] === "、") return undefined;
  return { word: edit.replacement, start: edit.start, end: edit.start + 1, lone: true };
}

/**
 * The multi-character lexicon word that contains the edited place after the
 * edit, with the span of the original run it replaces; undefined when the
 * edit does not mend a word. With `acrossWords`, a swap that no one word
 * holds mends two when each swapped character ends inside a word of its own
 * (经营及者其 → 经营者|及其): the span of both.
 */
export function mendedWord(run: string, edit: ChannelEdit, acrossWords = false): MendedWord | undefined {
  const edited = run.slice(0, edit.start) + edit.replacement + run.slice(edit.end);
  const shift = edit.replacement.length - (edit.end - edit.start);
  // The edited characters (for a removal: the two that now meet).
  const first = edit.kind === "remove" ? edit.start - 1 : edit.start;
  const last = edit.kind === "remove" ? edit.start : edit.start + edit.replacement.length - 1;
  const from = Math.max(0, edit.start - 4);
  const to = Math.min(edited.length, edit.start + edit.replacement.length + 4);
  const words = segmentRun(edited, from, to).filter((t) => t.known && t.end - t.start >= 2);
  const holding = words.find((t) => t.start <= first && t.end > last);
  if (holding) {
    // Map the word back to the original run: positions after the edit move by −shift.
    const start = holding.start <= edit.start ? holding.start : holding.start - shift;
    const end = holding.end <= edit.start ? holding.end : holding.end - shift;
    return { word: edited.slice(holding.start, holding.end), start, end: Math.max(end, start + 1) };
  }
  if (!acrossWords || edit.kind !== "swap") return undefined;
  // (A swap keeps the run's length: no shift.)
  const left = words.find((t) => t.start <= first && first < t.end);
  const right = words.find((t) => t.start <= last && last < t.end);
  if (!left || !right) return undefined;
  const interleaved = left.end - left.start === 2 && right.end - right.start === 2;
  return { word: edited.slice(left.start, right.end), start: left.start, end: right.end, interleaved };
}

/**
 * The word an edit mends (mendedWord) when the document writes it, with the character before or
 * after its place, twice or more elsewhere: the document's own term, written wrong once (the edited
 * place writes neither: the word is not there yet). The document is a cache of its own terms.
 */
export function recurringMendedWord(text: string, run: string, runStart: number, edit: ChannelEdit): { word: string; start: number; end: number } | undefined {
  const mended = mendedWord(run, edit);
  if (!mended) return undefined;
  const from = runStart + mended.start;
  const to = runStart + mended.end;
  const withBefore = from > 0 ? countOccurrences(text, text[from - 1]! + mended.word, 2) : 0;
  const withAfter = to < text.length ? countOccurrences(text, mended.word + text[to]!, 2) : 0;
  return withBefore + withAfter >= 2 ? mended : undefined;
}

/**
 * A lone character at offset `at` that a removal takes out from between two
 * words: a single-character token that is no function word and that the
 * document never uses with a neighbour again (a term recurs, a stray
 * character does not). Returns the span from the word before to the word
 * after (run offsets) and those two words as the reading (部门拿责令 → 部门责令).
 */
function strayCharacter(text: string, tokens: readonly ChineseToken[], at: number): { word: string; start: number; end: number } | undefined {
  const k = tokens.findIndex((t) => t.start === at);
  const t = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  if (!t || !before || !after || t.end - t.start !== 1 || isFunctionChar(t.text)) return undefined;
  const runStart = tokens[0]!.start;
  if (usedAgain(text, at, at + 1, runStart, tokens.at(-1)!.end)) return undefined;
  return { word: before.text + after.text, start: before.start - runStart, end: after.end - runStart };
}

/**
 * Length from which any dictionary word the run reads is a set phrase no slip breaks, however
 * rare (不进则退, 20: 则 → 兵 makes 进兵, a word the law-trained model likes better).
 */
const SET_PHRASE_LENGTH = 4;

/**
 * Whether text[at] is inside a word that the run reads and that is too common to be a slip's
 * by-product (isCommonWord: 大国 1 739; 标的 270 is not, 代标的名额 → 代表), or inside a dictionary
 * phrase of SET_PHRASE_LENGTH characters or more. Where the lexicon reads the place as words, a
 * look- or sound-alike change that breaks such a word (当今|大国 → 今天, a look-alike since 大/天 are
 * one stroke apart) reads a word across the text's own. Tuning side, four dense seeds: 11 more
 * found (the next best reading wins), no clean change; a bar of 300 the same.
 */
function breaksCommonWord(scored: ScoredRun, text: string, at: number): boolean {
  const word = brokenWordAt(scored, text, at)?.word;
  return word !== undefined && (word.length >= SET_PHRASE_LENGTH || isCommonWord(word));
}

/** The dictionary word of two or more characters that the run reads at text[at], if any, and where in it `at` is. */
function brokenWordAt(scored: ScoredRun, text: string, at: number): { word: string; at: number } | undefined {
  let found: { word: string; at: number } | undefined;
  scored.eachWord((start, end, _logp, known) => {
    if (start <= at && at < end && known && end - start >= 2) found = { word: text.slice(start, end), at: at - start };
    return end > at;
  });
  return found;
}

/**
 * How many times more common than the word a change breaks the word it makes of it must be
 * (BROKEN_WORD_RATIO × frequency): 底质 → 地质 (56 times) is a slip, 音像 → 音响 (about as common) a
 * word of its own.
 */
const BROKEN_WORD_RATIO = 10;
