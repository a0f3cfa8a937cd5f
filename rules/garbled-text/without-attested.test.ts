import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { findChannelSlips } from "./channel-slips.js";
import { documentJunctionMean } from "./detect.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

// The table of attested strings is optional (a build without the big corpus may skip it): the
// rule then runs without that evidence. (The table is read on first use, after beforeAll.)
const saved = process.env.JIAODUI_ATTESTED_NGRAMS;
beforeAll(() => {
  process.env.JIAODUI_ATTESTED_NGRAMS = "/nonexistent/char-4grams.bin";
});
afterAll(() => {
  if (saved === undefined) delete process.env.JIAODUI_ATTESTED_NGRAMS;
  else process.env.JIAODUI_ATTESTED_NGRAMS = saved;
});

describe("garbled-text without the attested strings", () => {
  it("finds slips by the trigrams alone and no longer those only the strings' discount finds", () => {
    expect(getAttestedNgrams()).toBeUndefined();
    const slips = (text: string) => {
      const runs = scoredRunsOf(text);
      return findChannelSlips(runs, text, getCharModel(), undefined, documentJunctionMean(runs)).map((s) => s.text);
    };
    // 等门 → 等部门 gains 11.6 nats: found with the table (channel-slips.test.ts), not without.
    expect(slips("水行政、自然资源、农业农村等门按照各自职责做好相关工作。")).toEqual([]);
    expect(slips("违反国家忧关规定使用的，由主管部门责令改正。")).toEqual(["国家忧关"]);
  });
});
