/**
 * A long dictionary name with one of its inner characters changed into one
 * that leaves no string of four the training text writes (中国遗民解放军 for
 * 中国人民解放军, 人民代之大会 for 人民代表大会). The pieces around the slip are words the trigram model knows (中国, 解放军),
 * and an unalike change gains too little for the channel's bar; the name and
 * the strings of four say it together. Only inner characters: a name's first
 * or last character changed is mostly a name's prefix or suffix in another
 * phrase (社会主义是 beside 社会主义者). No numerals either way: near-misses of
 * numbered names are ordinary (第四十五条 beside 第二十五条).
 */
import { isChineseNumeral } from "../../src/cjk/chars.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { occursElsewhere, readingGainInContext } from "../../src/nlp/plausibility.js";
import type { Garble } from "./detect.js";
import { longNames } from "./long-word-drops.js";
import type { ScoredRun } from "./scored-runs.js";

/** Characters of context each side for the reading's gain. */
const CONTEXT = 2;
/**
 * How much better (nats) the name must read in context. The big corpus's two halves, each linted by the
 * model that had not read it: the slips gain 37 (河南省人民大表大会, a slip of the source), the clean
 * near-misses 3–16 (管道信息系统 beside 管理信息系统, 发展以国家综合性消防救援队伍 beside 发展中国家,
 * 中华人民共和国司法部 beside 宪法); random substitutions of the tuning half 35–39 (中国遗民解放军, 人民代之大会).
 */
const MIN_GAIN = 20;

interface NamePatterns {
  /** The names by pattern: the name with one inner character as "_" (人民代_大会). */
  byPattern: Map<string, string>;
  /** The two characters around some name's inner character (neighbourKey): most places have no such neighbours. */
  neighbours: Set<number>;
  lengths: number[];
}

let patterns: NamePatterns | undefined;

const neighbourKey = (left: number, right: number): number => left * 0x10000 + right;

function namePatterns(): NamePatterns {
  if (!patterns) {
    const byPattern = new Map<string, string>();
    const neighbours = new Set<number>();
    const lengths = new Set<number>();
    for (const name of longNames()) {
      if ([...name].some(isChineseNumeral) || name.length !== Array.from(name).length) continue;
      lengths.add(name.length);
      for (let i = 1; i + 1 < name.length; i++) {
        const key = `${name.slice(0, i)}_${name.slice(i + 1)}`;
        if (!byPattern.has(key)) byPattern.set(key, name);
        neighbours.add(neighbourKey(name.charCodeAt(i - 1), name.charCodeAt(i + 1)));
      }
    }
    patterns = { byPattern, neighbours, lengths: [...lengths].sort((a, b) => a - b) };
  }
  return patterns;
}

export function findLongNameChanges(runs: readonly ScoredRun[], text: string, model: CharModel, table: AttestedNgrams): Garble[] {
  const { byPattern, neighbours, lengths } = namePatterns();
  const lexicon = getLexicon();
  const out: Garble[] = [];
  for (const { start: runStart, end: runEnd, repeated, characters } of runs) {
    if (repeated || characters !== runEnd - runStart) continue;
    let run: string | undefined;
    for (let at = runStart + 1; at + 1 < runEnd; at++) {
      if (!neighbours.has(neighbourKey(text.charCodeAt(at - 1), text.charCodeAt(at + 1))) || isChineseNumeral(text[at])) continue;
      // Every string of four within the run that touches the character unseen (two or more).
      run ??= text.slice(runStart, runEnd);
      if (table.around(run, at - runStart, at - runStart + 1) !== "unseen") continue;
      let found: Garble | undefined;
      for (const length of lengths) {
        for (let i = 1; i + 1 < length && !found; i++) {
          const start = at - i;
          if (start < runStart || start + length > runEnd) continue;
          const name = byPattern.get(`${text.slice(start, at)}_${text.slice(at + 1, start + length)}`);
          if (!name || name[i] === text[at] || lexicon.hasAt(text, start, length) || occursElsewhere(text, start, start + length)) continue;
          const gain = readingGainInContext(text, start, start + length, runStart, runEnd, name, model, CONTEXT);
          if (gain < MIN_GAIN) continue;
          found = { start, end: start + length, text: text.slice(start, start + length), score: gain, gain, reading: { text: name, edit: "change" } };
        }
        if (found) break;
      }
      if (found) {
        out.push(found);
        at = found.end - 1;
      }
    }
  }
  return out;
}
