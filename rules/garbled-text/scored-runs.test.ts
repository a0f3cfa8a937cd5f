import { describe, expect, it } from "vitest";
import { runSurprisals } from "../../src/nlp/channel.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { chineseRuns, getParsedDocument } from "../../src/nlp/document.js";
import { parseDocument } from "../../src/plugin.js";
import { scoreRuns } from "./scored-runs.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

const model = getCharModel();

describe("scoreRuns", () => {
  // Runs split by punctuation and Latin, one with a character outside the BMP (𠮷, two code units).
  const text = "国家有关规定，甲𠮷乙丙丁。县级以上人民政府应当加强领导AUKUS成员国履行义务。\n\n第二段落里有一些词语。";
  const parsed = getParsedDocument(parseDocument(text, "text"), text);
  const runs = scoreRuns(parsed.sentences, text, model);
  const expectedRuns = parsed.sentences.flatMap((s) => chineseRuns(s));
  it("has the runs chineseRuns gives, with their words", () => {
    expect(runs.map((r) => [r.start, r.end])).toEqual(expectedRuns.map((r) => [r[0]!.start, r.at(-1)!.end]));
    runs.forEach((r, k) => expect(r.tokens).toEqual(expectedRuns[k]));
    expect(runs.length).toBeGreaterThan(4);
  });
  it("visits each two adjacent one-character words once, by the first one's offset", () => {
    for (const r of runs) {
      const pairs: number[] = [];
      r.eachLonePair((first) => pairs.push(first));
      const expected = r.tokens.flatMap((t, k) => (k > 0 && t.end - t.start === 1 && r.tokens[k - 1]!.end - r.tokens[k - 1]!.start === 1 ? [t.start - 1] : []));
      expect(pairs).toEqual(expected);
    }
    expect(runs.some((r) => r.tokens.some((t, k) => k > 0 && t.end - t.start === 1 && r.tokens[k - 1]!.end - r.tokens[k - 1]!.start === 1))).toBe(true);
  });
  it("visits the words of its tokens, from the compact tokens, and stops where a test passes", () => {
    const tests = [(s: number, e: number) => e - s === 1, (s: number, e: number, logp: number) => logp < -12, (_s: number, _e: number, _l: number, known: boolean) => !known];
    for (const r of runs) {
      for (const test of tests) expect(r.eachWord(test)).toBe(r.tokens.some((t) => test(t.start, t.end, t.logp, t.known)));
      const visited: [number, number, number, boolean][] = [];
      r.eachWord((start, end, logp, known) => (visited.push([start, end, logp, known]), false));
      expect(visited).toEqual(r.tokens.map((t) => [t.start, t.end, t.logp, t.known]));
    }
  });
  it("gives each junction's bigram surprisal by code unit, as the junction detector reads the text", () => {
    for (const r of runs) {
      for (let i = r.start + 1; i < r.end; i++) expect(r.junction(i)).toBe(-model.logp(model.id(text[i - 1]!), model.id(text[i]!)));
    }
  });
  it("gives the ids and surprisals of the characters by code point, undefined past the last (as runSurprisals' array reads)", () => {
    for (const r of runs) {
      const ids = Int32Array.from(text.slice(r.start, r.end), (c) => model.id(c));
      const expected = runSurprisals(model, ids);
      expect([...r.ids]).toEqual([...ids]);
      expect([...r.surprisals]).toEqual([...expected]);
      for (let k = 0; k <= r.end - r.start; k++) expect(r.surprisal(k)).toBe(expected[k]);
    }
    expect(runs.some((r) => r.characters < r.end - r.start)).toBe(true);
  });
  it("marks the runs of two characters or more that the document writes again word for word", () => {
    const doubled = "县级以上人民政府应当加强领导，乡镇做好工作。县级以上人民政府应当加强领导；甲。乙丙丁；甲。";
    const marked = scoredRunsOf(doubled, model);
    const repeated = marked.filter((r) => r.repeated).map((r) => doubled.slice(r.start, r.end));
    // Twice: both copies; once: not; a lone character (甲 twice) has no neighbour to recur with.
    expect(repeated).toEqual(["县级以上人民政府应当加强领导", "县级以上人民政府应当加强领导"]);
  });
});
