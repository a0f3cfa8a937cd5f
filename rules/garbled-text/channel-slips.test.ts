import { describe, expect, it } from "vitest";
import { getCharModel } from "../../src/nlp/char-model.js";
import { getParsedDocument } from "../../src/nlp/document.js";
import { parseDocument } from "../../src/plugin.js";
import { findChannelSlips } from "./channel-slips.js";
import { documentJunctionMean } from "./detect.js";
import { scoreRuns } from "./scored-runs.js";

// Our own sentences. The noisy channel alone (the rule also runs the junction detector, which
// finds some of these by another route).
const slipsIn = (text: string) => {
  const runs = scoreRuns(getParsedDocument(parseDocument(text, "text"), text).sentences, text, getCharModel());
  return findChannelSlips(runs, text, getCharModel(), undefined, documentJunctionMean(runs)).map((s) => [s.text, s.reading?.text]);
};

// A document long enough to have a vocabulary (≥ 2 000 ideographs; see hasVocabulary).
const REGULATION =
  "为了加强饮用水水源保护，保障公众身体健康，根据有关法律、行政法规，结合本市实际，制定本条例。本市行政区域内饮用水水源的保护和管理，适用本条例。市、县级人民政府应当将饮用水水源保护工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。生态环境主管部门对饮用水水源保护工作实施统一监督管理；水行政、自然资源、农业农村等部门按照各自职责做好相关工作。任何单位和个人都有保护饮用水水源的义务，并有权对污染饮用水水源的行为进行检举和控告。".repeat(11);

describe("findChannelSlips", () => {
  it("removes a stray character the document uses nowhere else at a lower bar, once the document has a vocabulary", () => {
    // 并靠处以 → 并处以 gains 20.5 nats, short of the stray bar of 21; 靠 occurs nowhere else.
    const sentence = "违者由主管部门责令拆除并靠处以罚款。";
    expect(slipsIn(REGULATION + sentence)).toEqual([["并靠处以", "并处以"]]);
    expect(slipsIn(sentence)).toEqual([]);
  });
  it("removes a foreign character that breaks a word at the same lower bar", () => {
    // 保时持 → 保持 gains 17.3 nats against a removal bar of 20; 时 occurs nowhere else.
    expect(slipsIn(REGULATION + "船舶在航行中应当遵守交通管理规定，保时持安全航速。")).toEqual([["保时持", "保持"]]);
  });
  it("changes a foreign character at the same lower bar", () => {
    // 说期 → 定期 gains 18.7 nats against a change bar of 21; 说 occurs nowhere else.
    expect(slipsIn(REGULATION + "供水单位应当说期检测出厂水水质，并向社会公开检测报告。")).toEqual([["说期", "定期"]]);
  });
  it("does not take a place character used once for a foreign one (a name is used once by right)", () => {
    // 全俄 → 全国 gains 18.6 nats: a slip's character at the lower bar, were 俄 not a place abbreviation.
    expect(slipsIn(REGULATION + "参见《全俄中央执行委员会文件汇编》第二卷。")).toEqual([]);
  });
  it("mends a slip next to a character that transliterated names also use (比 of 比利时)", () => {
    expect(slipsIn("代表名额的分配办法另行规定，差额比狸由选举委员会确定。")).toEqual([["比狸", "比例"]]);
  });
  it("takes the document's own phrase as the reading of a dropped character that gains too little alone", () => {
    // 人身全负 → 人身安全负 gains 12.7 nats, short of the bar of 13; the text writes 人身安全负责 before.
    expect(slipsIn("承运人应当对旅客的人身安全负责。承运人应当对旅客的人身全负责。")).toEqual([["人身全负", "人身安全负"]]);
    expect(slipsIn("承运人应当对旅客的人身全负责。")).toEqual([]);
    // A swap short of its bar of 12 (记登 → 登记 gains 11.4 nats), the phrase written elsewhere.
    expect(slipsIn("民警应当核查现场并登记身份信息。民警可以带离现场并记登身份信息。")).toEqual([["场并记登身份", "场并登记身份"]]);
  });
  it("leaves a changed piece alone when the document uses it again with a neighbour (a term)", () => {
    expect(slipsIn("未经海关许可不得提离货物。擅自提离货物的，由海关责令退回。")).toEqual([]);
  });
  it("leaves an unknown foreign name alone", () => {
    expect(slipsIn("俄罗斯联邦政府总理米舒斯京会见了代表团。")).toEqual([]);
  });
});
