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

describe("findChannelSlips", () => {
  it("mends a slip next to a character that transliterated names also use (比 of 比利时)", () => {
    expect(slipsIn("代表名额的分配办法另行规定，差额比狸由选举委员会确定。")).toEqual([["比狸", "比例"]]);
  });
  it("takes the document's own phrase as the reading of a dropped character that gains too little alone", () => {
    // 人身全负 → 人身安全负 gains 12.7 nats, short of the bar of 13; the text writes 人身安全负责 before.
    expect(slipsIn("承运人应当对旅客的人身安全负责。承运人应当对旅客的人身全负责。")).toEqual([["人身全负", "人身安全负"]]);
    expect(slipsIn("承运人应当对旅客的人身全负责。")).toEqual([]);
  });
  it("leaves a changed piece alone when the document uses it again with a neighbour (a term)", () => {
    expect(slipsIn("未经海关许可不得提离货物。擅自提离货物的，由海关责令退回。")).toEqual([]);
  });
  it("leaves an unknown foreign name alone", () => {
    expect(slipsIn("俄罗斯联邦政府总理米舒斯京会见了代表团。")).toEqual([]);
  });
});
