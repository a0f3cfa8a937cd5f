import { describe, expect, it } from "vitest";
import { runSurprisals } from "../../src/nlp/channel.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import type { ChineseToken } from "../../src/nlp/document.js";
import { scoreRuns } from "./scored-runs.js";

const model = getCharModel();
/** A run of one-character tokens at `start` (the scores do not depend on the segmentation). */
const run = (text: string, start: number, end: number): ChineseToken[] =>
  Array.from({ length: end - start }, (_, k) => ({ text: text[start + k]!, start: start + k, end: start + k + 1, logp: 0, known: true }));

describe("scoreRuns", () => {
  // Two runs, the second with a character outside the BMP (𠮷, two code units).
  const text = "国家有关规定，甲𠮷乙丙丁。";
  const runs = scoreRuns([run(text, 0, 6), run(text, 7, 13)], text, model);
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
      for (let k = 0; k <= r.end - r.start; k++) expect(r.surprisal(k)).toBe(expected[k]);
    }
    expect(runs[1]!.characters).toBe(5);
  });
});
