/**
 * A foreign name written once with one character more or less than it is
 * written elsewhere in the same document (米尔济约卡耶夫 beside 米尔济约耶夫,
 * 蒙特内格拉罗 beside 蒙特内格罗), or, five characters or more, with one
 * changed (changedNames). No model can judge a transliteration — its characters
 * are chosen for their sound, and a name new to the lexicon reads as well with
 * a character more as without —, but news and diplomatic texts name their
 * people and places again and again, so the document is its own reference: one
 * name written two ways, one character apart, is a slip in one of them.
 *
 * Names here are strings of three to nine ideographs, most of them characters of
 * transliterated names (isTransliterationChar: 斯 拉 亚 卡 夫…). Only a character
 * inside the name counts, never its first or last (a name's neighbours make
 * pairs one character apart by chance: 巴卡里 and 巴卡里将), and no grammar
 * character (two names joined: 马克思和恩格斯 beside 马克思恩格斯). The form
 * written less often is reported, the other given as the reading; where both
 * are written equally often, the one the extra character makes less probable.
 */
import type { CharModel } from "../../src/nlp/char-model.js";
import { junctionSurprisal } from "../../src/nlp/plausibility.js";
import { isCommonWord, isFunctionChar, isTransliterationChar } from "../../src/nlp/word-classes.js";
import type { Garble } from "./detect.js";
import type { ScoredRun } from "./scored-runs.js";

/** The shortest form of a name compared (巴卡里 beside 巴卡拉里), and the longest. */
const MIN_NAME = 3;
const MAX_NAME = 9;
/** Share of a name's characters that must be transliteration characters (门多萨: 2 of 3). */
const NAME_SHARE = 0.6;
/** The shortest name whose inner character changed is compared: shorter ones differ by right (阿里, 阿木). */
const MIN_CHANGED_NAME = 5;

export function findNameVariants(runs: readonly ScoredRun[], text: string, model: CharModel): Garble[] {
  const occurrences = nameOccurrences(runs, text);
  const out: Garble[] = [];
  for (const [longer, at] of occurrences) {
    if (longer.length <= MIN_NAME) continue;
    for (let k = 1; k + 1 < longer.length; k++) {
      // (A grammar character joins two names by right: 马克思和恩格斯 beside 马克思恩格斯.)
      if (isFunctionChar(longer[k]!)) continue;
      const shorter = longer.slice(0, k) + longer.slice(k + 1);
      const elsewhere = occurrences.get(shorter)?.filter((s) => !at.some((l) => s >= l && s + shorter.length <= l + longer.length));
      if (!elsewhere?.length) continue;
      // The form written less often is the slip; on a tie, the one the extra character makes less probable.
      const longerIsSlip = at.length < elsewhere.length || (at.length === elsewhere.length && extraCharacterCost(longer, k, model) > 0);
      const [slip, reading, starts] = longerIsSlip ? [longer, shorter, at] : [shorter, longer, elsewhere];
      for (const start of starts) out.push({ start, end: start + slip.length, text: slip, score: 0, gain: 0, reading: { text: reading, edit: longerIsSlip ? "remove" : "add" }, message: "name-variant" });
    }
  }
  out.push(...changedNames(occurrences));
  return longestFirst(out);
}

/**
 * Names of five characters or more written with one inner character changed, beside a form written
 * more often (米尔济约耶夫 twice, 米尔济约那夫 once): the rarer form is the slip. Where both are
 * written equally often they are two names (亚总统布迪, 亚总统哈迪 in a summit's report: the strings
 * run over the title before each name).
 */
function changedNames(occurrences: ReadonlyMap<string, number[]>): Garble[] {
  const byPattern = new Map<string, string[]>();
  for (const name of occurrences.keys()) {
    if (name.length < MIN_CHANGED_NAME) continue;
    for (let k = 1; k + 1 < name.length; k++) {
      const pattern = `${name.slice(0, k)}\u0000${name.slice(k + 1)}`;
      const names = byPattern.get(pattern);
      if (names) names.push(name);
      else byPattern.set(pattern, [name]);
    }
  }
  const out: Garble[] = [];
  for (const names of byPattern.values()) {
    if (names.length < 2) continue;
    const counted = names.map((name) => ({ name, starts: occurrences.get(name)! })).sort((a, b) => b.starts.length - a.starts.length);
    const usual = counted[0]!;
    for (const { name, starts } of counted.slice(1)) {
      if (starts.length >= usual.starts.length) continue;
      for (const start of starts) out.push({ start, end: start + name.length, text: name, score: 0, gain: 0, reading: { text: usual.name, edit: "change" }, message: "name-variant" });
    }
  }
  return out;
}

/**
 * How much less probable (nats) the character at k makes `longer` than it is without it: the
 * surprisal of the two junctions it makes less that of the one it breaks.
 */
function extraCharacterCost(longer: string, k: number, model: CharModel): number {
  const shorter = longer.slice(0, k) + longer.slice(k + 1);
  return junctionSurprisal(model, longer, k) + junctionSurprisal(model, longer, k + 1) - junctionSurprisal(model, shorter, k);
}

/**
 * Every string of MIN_NAME to MAX_NAME ideographs that reads as a transliterated name, with its
 * starts; not one whose first or last character makes a common word with the character beyond it
 * (努尔别科夫|总统: 总 begins the next word; 巴卡里|外长 is no such place, 里外 being rare).
 */
function nameOccurrences(runs: readonly ScoredRun[], text: string): Map<string, number[]> {
  const occurrences = new Map<string, number[]>();
  for (const run of runs) {
    // (By offsets within the run: a run of BMP ideographs.)
    if (run.characters !== run.end - run.start) continue;
    for (let start = run.start; start < run.end; start++) {
      if (!isTransliterationChar(text[start]!)) continue;
      let named = 0;
      for (let end = start + 1; end <= Math.min(run.end, start + MAX_NAME); end++) {
        if (isTransliterationChar(text[end - 1]!)) named++;
        if (end - start < MIN_NAME || named < 3 || named < NAME_SHARE * (end - start)) continue;
        if ((start > run.start && isCommonWord(text.slice(start - 1, start + 1))) || (end < run.end && isCommonWord(text.slice(end - 1, end + 1)))) continue;
        const name = text.slice(start, end);
        const list = occurrences.get(name);
        if (list) list.push(start);
        else occurrences.set(name, [start]);
      }
    }
  }
  return occurrences;
}

/** The reports in text order, one per place: of overlapping ones, the longest name. */
function longestFirst(found: Garble[]): Garble[] {
  const kept: Garble[] = [];
  for (const g of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < g.end && g.start < k.end)) kept.push(g);
  }
  return kept.sort((a, b) => a.start - b.start);
}
