import { describe, expect, it } from "vitest";
import { getAttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { testRule } from "../../test/support/rule-tester.js";
import { CREDIBILITY_MODEL } from "./credibility-model.js";
import { credibility, CREDIBILITY_FEATURES, credibilityFeatures, garbleKind, type GarbleKind } from "./credibility.js";
import type { Garble } from "./detect.js";
import rule from "./index.js";

/** A report of `actual` (its first occurrence in `text`), with a reading when given. */
function garbleIn(text: string, actual: string, reading?: { text: string; edit: "remove" | "add" | "change" | "swap" }, message?: Garble["message"]): Garble {
  const start = text.indexOf(actual);
  return { start, end: start + actual.length, text: actual, score: 20, gain: 10, ...(reading ? { reading } : {}), ...(message ? { message } : {}) };
}

const featuresOf = (text: string, g: Garble, kind: GarbleKind = garbleKind(g)!) => {
  const values = credibilityFeatures(g, kind, { text, model: getCharModel(), attested: getAttestedNgrams(), documentMean: 3.5 });
  return Object.fromEntries(CREDIBILITY_FEATURES.map((name, j) => [name, values[j]!]));
};

describe("credibility model", () => {
  it("was fitted on the features the rule computes, in the same order (train-credibility fit regenerates it)", () => {
    expect(CREDIBILITY_MODEL.features).toEqual(CREDIBILITY_FEATURES);
    for (const list of [CREDIBILITY_MODEL.mean, CREDIBILITY_MODEL.scale, CREDIBILITY_MODEL.weights]) expect(list).toHaveLength(CREDIBILITY_FEATURES.length);
  });

  it("names a report's kind as its message does", () => {
    expect(garbleKind(garbleIn("甲乙丙丁", "乙丙"))).toBe("bare");
    expect(garbleKind(garbleIn("产产登记", "产产", { text: "产", edit: "remove" }, "doubled-character"))).toBeUndefined();
    expect(garbleKind(garbleIn("曰", "曰", { text: "日", edit: "change" }, "number-unit"))).toBeUndefined();
    expect(garbleKind(garbleIn("末取得", "末", { text: "未", edit: "change" }))).toBe("lone");
    expect(garbleKind(garbleIn("营经许可", "营经", { text: "经营", edit: "swap" }))).toBe("swap");
    expect(garbleKind(garbleIn("对化", "对化", { text: "对话", edit: "change" }))).toBe("sound-alike");
    expect(garbleKind(garbleIn("己经", "己经", { text: "已经", edit: "change" }))).toBe("look-alike");
    expect(garbleKind(garbleIn("对甲话", "对甲话", { text: "对话", edit: "remove" }))).toBe("remove");
  });

  it("reads the evidence around a report: the reading's gain, the document's own use of the reading, a list mark", () => {
    const text = "滥用职权、玩忽职守、徇私舞弊的，依法给予处分；对玩护职守的人员，依法追究责任。";
    const g = garbleIn(text, "玩护职守", { text: "玩忽职守", edit: "change" });
    const f = featuresOf(text, g);
    expect(f.readingGain).toBeGreaterThan(5);
    expect(f.trigramGain).toBeGreaterThan(5);
    expect(f.readingElsewhere).toBe(1);
    expect(f["kind:sound-alike"]).toBe(1);
    expect(f.nextToListMark).toBe(0);
    const listed = featuresOf("甲、翻拣、乙", garbleIn("甲、翻拣、乙", "翻拣"));
    expect(listed.nextToListMark).toBe(1);
    expect(listed.readingGain).toBe(0);
  });

  it("trusts a slip that mends a word the document writes elsewhere more than a rare pair without a reading in a list", () => {
    const judge = (text: string, g: Garble) => credibility(credibilityFeatures(g, garbleKind(g)!, { text, model: getCharModel(), attested: getAttestedNgrams(), documentMean: 3.5 }));
    const text = "滥用职权、玩忽职守、徇私舞弊的，依法给予处分；对玩护职守的人员，依法追究责任。";
    const slip = judge(text, garbleIn(text, "玩护职守", { text: "玩忽职守", edit: "change" }));
    expect(slip).toBeGreaterThan(0.9);
    const listed = "禁止在垃圾收集点翻拣、混合已分类的生活垃圾。";
    expect(judge(listed, garbleIn(listed, "翻拣"))).toBeLessThan(slip);
  });
});

// Our own law prose, a regulation long enough to have a vocabulary. 走行 (of trains: running, as in
// 走行线) is a rare term the swap route reads as 行走 turned round; the credibility model scores it
// low (no word mended that the document writes), so a precision setting drops it, while a look-alike
// that mends 办理 stays. (Until session 31 the example was 泉水出露区 in three short articles; the model
// that learnt more prose of our own no longer reports it.)
const RARE_TERM =
  "为了加强饮用水水源保护，保障公众身体健康，根据有关法律、行政法规，结合本市实际，制定本条例。本市行政区域内饮用水水源的保护和管理，适用本条例。市、县级人民政府应当将饮用水水源保护工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。生态环境主管部门对饮用水水源保护工作实施统一监督管理；水行政、自然资源、农业农村等部门按照各自职责做好相关工作。任何单位和个人都有保护饮用水水源的义务，并有权对污染饮用水水源的行为进行检举和控告。".repeat(11) +
  "禁止在动车走行线附近取水。建设单位应当依法办理建设用地审批手续。";
const garbled = (text: string, actual: string) => {
  const start = text.indexOf(actual);
  return { text, output: text, errors: [{ range: [start, start + actual.length] as [number, number] }] };
};

testRule("garbled-text", rule, {
  valid: [{ text: RARE_TERM, options: { minCredibility: 0.2 }, description: "minCredibility 0.2: the rare term's report dropped" }],
  invalid: [
    { ...garbled(RARE_TERM, "走行"), description: "by default (minCredibility 0) every report is kept" },
    { ...garbled(RARE_TERM.replace("依法办理", "依法办埋"), "依法办埋"), options: { minCredibility: 0.2 }, description: "minCredibility 0.2: a slip kept" },
  ],
});
