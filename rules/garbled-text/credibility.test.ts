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

// Our own law prose. 出露 (of springs: to come to the surface) is a rare term the swap route reads
// as 露出 turned round; the credibility model scores it low (no word mended that the document
// writes, strings of four the training text writes as they stand), so a precision setting drops
// it, while a look-alike that mends 办理 stays.
const SPRINGS =
  "第二十条　建设项目需要使用林地的，建设单位应当根据项目用林需求，向县级以上人民政府林业主管部门提出申请，经审核同意后，依法办理建设用地审批手续。\n\n第二十一条　泉水出露区和汇集区内禁止新建、改建、扩建排放污染物的建设项目。\n\n第二十三条　生活垃圾分类投放后，任何单位和个人不得随意翻拣、混合已分类投放的生活垃圾。";
const garbled = (text: string, actual: string) => {
  const start = text.indexOf(actual);
  return { text, output: text, errors: [{ range: [start, start + actual.length] as [number, number] }] };
};

testRule("garbled-text", rule, {
  valid: [{ text: SPRINGS, options: { minCredibility: 0.2 }, description: "minCredibility 0.2: the rare term's report dropped" }],
  invalid: [
    { ...garbled(SPRINGS, "出露"), description: "by default (minCredibility 0) every report is kept" },
    { ...garbled(SPRINGS.replace("依法办理", "依法办埋"), "依法办埋"), options: { minCredibility: 0.2 }, description: "minCredibility 0.2: a slip kept" },
  ],
});
