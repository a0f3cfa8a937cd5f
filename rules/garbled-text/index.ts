/**
 * garbled-text — passages the language models find implausible: words broken
 * into isolated characters whose junctions clean formal Chinese does not make
 * (a character substituted, dropped, inserted, two swapped, nonsense), with
 * the likely reading when one edit restores ordinary words. Category garbled;
 * no safe fix (the reading is an unsafe suggestion).
 */
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { getAttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { insideLongWord, wrapCutsWordAt } from "../../src/cjk/word-across.js";
import { RangeSet } from "../../src/doc/non-prose.js";
import { lineEndAt, lineStartAt } from "../../src/doc/lines.js";
import { documentNumberRanges, isSignatureLine } from "../../src/doc/paragraph-shape.js";
import { besideNameDot, inListOfPlaces, isPersonName, readsNameAsAnother } from "../../src/nlp/word-classes.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { definedShortFormPlaces } from "../../src/nlp/plausibility.js";
import { getParsedDocument } from "../../src/nlp/document.js";
import { DEFAULT_CHANNEL_OPTIONS, findChannelSlips } from "./channel-slips.js";
import { changeConfusion, DEFAULT_GARBLE_OPTIONS, documentJunctionMean, findGarbles, isUnfamiliarRegister, unseenPairsAreEvidence, writtenByTrainingText, type Garble } from "./detect.js";
import { messages } from "./messages.js";
import { scoreRuns } from "./scored-runs.js";
import { findUnseenPairs } from "./unseen-pairs.js";
import { findAttestedRestorations, OUTSIDE_LAW_SEARCH } from "./attested-restorations.js";
import { findLongNameChanges } from "./long-name-changes.js";
import { findSwappedWords } from "./swapped-words.js";
import { findDateSlips } from "./date-slips.js";
import { findDoubledCharacters } from "./doubled-characters.js";
import { findLongWordDrops } from "./long-word-drops.js";
import { findLexiconSlips } from "./lexicon-slips.js";
import { findNameVariants } from "./name-variants.js";
import { isMeantAsWritten } from "./meant-as-written.js";
import { credibility, credibilityFeatures, credibilityObserved, garbleKind, noteCredibility } from "./credibility.js";

export interface Options extends CommonOptions {
  /** Rarity of the isolated pieces plus half the reading gain that makes a report (nats; default 15). Higher = fewer reports. */
  threshold?: number;
  /** Report character slips: the noisy channel, the strings of four a slip breaks, swapped words (default true). */
  slips?: boolean;
  /**
   * Probability (0–1) by the credibility model (credibility.ts) below which a report is dropped: a
   * precision setting for every route at once (default 0: off; README: the trade of 0.1 to 0.3).
   */
  minCredibility?: number;
}

export const meta: RuleMeta = {
  id: "garbled-text",
  categories: ["garbled"],
  fixable: false,
  description: {
    zh: "语言模型认为不通的片段（错字、漏字、多字、颠倒、乱码），并给出可能的原文（建议，不自动修改）。",
    en: "Passages the language model finds implausible (wrong, missing, extra or swapped characters, nonsense), with the likely reading as a suggestion.",
  },
};

const EDIT_NAMES = {
  remove: { zh: "多字", en: "extra character" },
  add: { zh: "漏字", en: "missing character" },
  change: { zh: "错字", en: "wrong character" },
  swap: { zh: "颠倒", en: "swapped characters" },
  // A changed character that looks alike points to OCR (check the scan), one that sounds alike to typing.
  "look-alike": { zh: "形近错字", en: "look-alike character" },
  "sound-alike": { zh: "音近错字", en: "sound-alike character" },
} as const;

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  if (!/\p{Unified_Ideograph}/u.test(text)) return;
  const parsed = getParsedDocument(node, text);
  const model = getCharModel();
  const runs = scoreRuns(parsed.sentences, text, model);
  const mean = documentJunctionMean(runs);
  const settings = { ...DEFAULT_GARBLE_OPTIONS, ...(options?.threshold !== undefined ? { threshold: options.threshold } : {}) };
  const attested = getAttestedNgrams();
  // News, diplomatic prose: a register the character model barely knows.
  const news = isUnfamiliarRegister(mean);
  // A number's unit first, as found (no model read it: the training text's strings say nothing of
  // it); the routes below would read the run after the number without it.
  const found: Garble[] = options?.slips !== false ? findDateSlips(text) : [];
  /**
   * Adds a route's garbles that no earlier report covers (one report per place: `margin` characters
   * apart), whose place the training text does not write throughout (writtenByTrainingText) and
   * whose reading the text as written does not need (isMeantAsWritten).
   */
  const addNew = (more: Iterable<Garble>, margin: number) => {
    for (const g of more) {
      if (found.some((f) => f.start < g.end + margin && g.start < f.end + margin)) continue;
      if ((attested && writtenByTrainingText(attested, runs, text, g)) || isMeantAsWritten(text, g, model)) continue;
      found.push(g);
    }
  };
  // A character or a short span written twice first: its reading (one copy) is surer than any route's.
  if (options?.slips !== false) addNew(findDoubledCharacters(runs, text, model, attested), 0);
  // A name written two ways (the document is its own reference), before the routes that would read either form as nonsense.
  if (options?.slips !== false) addNew(findNameVariants(runs, text, model), 0);
  addNew(findGarbles(runs, text, model, settings, mean), 0);
  addNew(findUnseenPairs(runs, text, model), 0);
  // Character slips the junction detector left alone: by the trigram channel, by the strings of
  // four a slip breaks, by the common word a swap breaks, by the long name a lost or changed
  // character breaks. Outside law text's register the strings of four restore dropped, changed and
  // swapped characters, but no removals (OUTSIDE_LAW_SEARCH). A long name vouches for itself in any register.
  if (options?.slips !== false) {
    addNew(findChannelSlips(runs, text, model, DEFAULT_CHANNEL_OPTIONS, mean), 2);
    if (attested) addNew(findAttestedRestorations(runs, text, model, attested, unseenPairsAreEvidence(mean) ? undefined : OUTSIDE_LAW_SEARCH), 2);
    addNew(findSwappedWords(runs, text, model), 2);
    addNew(findLongWordDrops(runs, text, model), 2);
    if (attested) addNew(findLongNameChanges(runs, text, model, attested), 2);
    // In a register the character model barely knows, the lexicon's word frequencies judge look- and sound-alikes too.
    if (news) addNew(findLexiconSlips(runs, text, model), 2);
  }
  const minCredibility = options?.minCredibility ?? 0;
  let shortForms: Array<[number, number]> | undefined;
  let numbers: RangeSet | undefined;
  for (const g of found) {
    if (parsed.nonProse.overlaps(g.start, g.end)) continue;
    // (Nor one inside a document's or a case's number: 滨民终字 is an identifier.)
    if ((numbers ??= new RangeSet(documentNumberRanges(text))).overlaps(g.start, g.end)) continue;
    if (wrapCutsWordAt(text, g.start, g.end)) continue;
    // (Outside law text, a person's name the lexicon has never seen reads as nonsense: 记者林晓彤、陈立新 —
    // in news, and in a news text the model reads almost as well as law, 记者李书航、王晓桐; and a name
    // read as another, 孙晓彤 as 孙晓群, says nothing in any register: names take any character.)
    if (!g.message && !unseenPairsAreEvidence(mean) && isPersonName(text, g.start, g.end)) continue;
    if (g.reading && readsNameAsAnother(g.text, g.reading.text)) continue;
    // (A foreign name's part beside its middle dot takes any character: 奥卢塞贡·阿德巴约.)
    if (!g.message && besideNameDot(text, g.start, g.end)) continue;
    // (Nor one on a byline or signature line of its own, a title and a name: 市长　许明澜.)
    if (!g.message && !g.reading && onSignatureLine(text, g.start, g.end)) continue;
    // (Nor one in a list of places of one kind: 五沽河、落药河、流浩河.)
    if (!g.message && inListOfPlaces(text, g.start, g.end)) continue;
    // (Nor one inside a word of four or more characters the lexicon knows, as written: 常来常往 is no
    // 往常 swapped; with words of three, a dense validation seed lost a find.)
    if (insideLongWord(text, g.start, g.end)) continue;
    // (Nor one that reads a short form the document coins for itself: 以下简称区管会 … 区管会.)
    if (!g.message && readsShortForm((shortForms ??= definedShortFormPlaces(text)), g)) continue;
    // On request, the routes' evidence weighed together (credibility.ts) against a bar.
    const kind = garbleKind(g);
    if (kind !== undefined && (minCredibility > 0 || credibilityObserved())) {
      const features = credibilityFeatures(g, kind, { text, model, attested, documentMean: mean });
      noteCredibility(text, g.start, g.end, features);
      if (credibility(features) < minCredibility) continue;
    }
    if (g.message && g.reading) {
      const params = { actual: g.text, expected: g.reading.text };
      report({ messageId: g.message, params, range: [g.start, g.end], confidence: 0.9, suggestions: [{ messageId: "use-reading", params, range: [g.start, g.end], text: g.reading.text }] });
      continue;
    }
    const score = g.score.toFixed(1);
    const confidence = Math.min(0.9, 0.4 + g.score / 40);
    if (g.reading) {
      const edit = EDIT_NAMES[changeConfusion(g.text, g.reading) ?? g.reading.edit][report.locale === "en" ? "en" : "zh"];
      report({
        // (One character is a word by itself: “X”不成词 would be untrue.)
        messageId: [...g.text].length === 1 ? "garbled-character" : "garbled-with-reading",
        params: { actual: g.text, expected: g.reading.text, score, edit },
        range: [g.start, g.end],
        confidence,
        suggestions: [{ messageId: "use-reading", params: { expected: g.reading.text }, range: [g.start, g.end], text: g.reading.text }],
      });
    } else {
      report({ messageId: "garbled-passage", params: { actual: g.text, score }, range: [g.start, g.end], confidence });
    }
  }
});

/**
 * Whether a garble lies inside one of the document's short forms (definedShortFormPlaces), or holds
 * one with at most two characters more (面向区管会): a wider span only touches the form, and a slip next
 * to it is still a slip (一江一河沿岸地区射).
 */
function readsShortForm(places: ReadonlyArray<[number, number]>, g: Garble): boolean {
  return places.some(([start, end]) => (start <= g.start && g.end <= end) || (g.start <= start && end <= g.end && g.end - g.start - (end - start) <= 2));
}

/** Longest line (code points) taken for a byline or a signature: an office and a name (澄阳市人民政府市长　许明澜). */
const SIGNATURE_LINE = 16;

/** Whether [start, end) lies on a short line of its own made of ideographs and spaces only: a byline or a signature. */
function onSignatureLine(text: string, start: number, end: number): boolean {
  return isSignatureLine(text.slice(lineStartAt(text, start), lineEndAt(text, end)), SIGNATURE_LINE);
}
