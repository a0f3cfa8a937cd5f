import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { findSwappedWords } from "./swapped-words.js";
import { routeReadings } from "../../test/support/scored-runs.js";

// Our own sentences.
const swaps = (text: string) => routeReadings(findSwappedWords, text);

describe("findSwappedWords", () => {
  it("swaps two lone characters back into the common word they break", () => {
    expect(swaps("完成新一轮村农电网升级改造。")).toEqual([["村农", "农村"]]);
    expect(swaps("县级以上人民政府应当加强导领工作。")).toEqual([["导领", "领导"]]);
  });
  it("needs the model to read the swapped text better too (量大面广 is an idiom: 3.6 nats)", () => {
    expect(getLexicon().frequency("大量")).toBeGreaterThan(1000);
    expect(swaps("城镇老旧小区量大面广，要大力推进改造。")).toEqual([]);
  });
  it("leaves a pair the document writes again alone: it is meant", () => {
    expect(swaps("完成新一轮村农电网升级改造。村农电网由供电企业管理。")).toEqual([]);
  });
  it("leaves function, place and name characters alone: they pair with anything", () => {
    // 各国 → 国各 (各 is grammar); 港澳 → 澳港 (place abbreviations).
    expect(swaps("愿同国各人民一道努力。")).toEqual([]);
    expect(swaps("推动澳港两地合作不断深化。")).toEqual([]);
  });
  it("leaves a pair alone whose other order is no common word", () => {
    // 制理 is no word: 理制 stays (as 管理制度 reads).
    expect(getLexicon().frequency("制理")).toBeLessThan(1000);
    expect(swaps("供水单位应当建立健全安全管理制度。")).toEqual([]);
  });
  it("leaves a pair alone that the lexicon reads as a word (到达, though 达到 is commoner)", () => {
    expect(getLexicon().frequency("达到")).toBeGreaterThan(getLexicon().frequency("到达"));
    expect(swaps("力争到达近几年的实际规模。")).toEqual([]);
  });
});
