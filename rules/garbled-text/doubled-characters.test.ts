import { describe, expect, it } from "vitest";
import { getCharModel } from "../../src/nlp/char-model.js";
import { editGain } from "../../src/nlp/channel.js";
import { getParsedDocument } from "../../src/nlp/document.js";
import { parseDocument } from "../../src/plugin.js";
import { DOUBLED_ACROSS_GAIN, DOUBLED_GAIN, findDoubledCharacters } from "./doubled-characters.js";
import { scoreRuns } from "./scored-runs.js";

// Our own sentences.
const model = getCharModel();
const runsOf = (text: string) => scoreRuns(getParsedDocument(parseDocument(text, "text"), text).sentences, text, model);
const doubles = (text: string) => findDoubledCharacters(runsOf(text), text, model).map((g) => [g.text, g.reading?.text]);
/** The removal gain of the second copy of `pair` in `text`. */
const gainAt = (text: string, pair: string) => {
  const at = text.indexOf(pair) + 1;
  const run = runsOf(text).find((r) => r.start < at && at < r.end)!;
  return editGain(model, run.ids, at - run.start, at - run.start + 1, new Int32Array(0));
};

describe("findDoubledCharacters", () => {
  it("finds a character written twice where one copy stands alone, with the character once as the reading", () => {
    expect(doubles("登记机构应当依法办理不动产产登记，并发放权属证书。")).toEqual([["产产", "产"]]);
    expect(doubles("董事长和副董事长由由董事会以全体董事的过半数选举产生。")).toEqual([["由由", "由"]]);
  });

  it("needs more where both copies read inside words (反恐|恐怖主义)", () => {
    const text = "有关部门应当建立反恐恐怖主义工作协调机制。";
    expect(gainAt(text, "恐恐")).toBeGreaterThanOrEqual(DOUBLED_ACROSS_GAIN);
    expect(doubles(text)).toEqual([["恐恐", "恐"]]);
  });

  it("leaves two words that share a character alone (生产|产品, 人人|享有)", () => {
    expect(doubles("企业应当加强生产产品质量管理，保障人人享有基本医疗卫生服务。")).toEqual([]);
  });

  it("leaves a repeat alone that the model reads as ordinary (可以|以书面形式)", () => {
    const text = "当事人可以以书面形式委托代理人。";
    expect(gainAt(text, "以以")).toBeLessThan(DOUBLED_GAIN);
    expect(doubles(text)).toEqual([]);
  });

  it("leaves a repeat alone that the document writes again with a neighbour: a term", () => {
    expect(doubles("船舶不得抢越他船船艏。追越时不得抢越他船船艏或者妨碍他船航行。")).toEqual([]);
  });
});
