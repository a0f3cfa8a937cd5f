import { describe, expect, it } from "vitest";
import { getCharModel } from "../../src/nlp/char-model.js";
import { findUnseenPairs } from "./unseen-pairs.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

const model = getCharModel();
// Our own regulation, long enough (≥ 2 000 ideographs) for "used nowhere else" to be evidence.
const REGULATION =
  "为了加强饮用水水源保护，保障公众身体健康，根据有关法律、行政法规，结合本市实际，制定本条例。本市行政区域内饮用水水源的保护和管理，适用本条例。市、县级人民政府应当将饮用水水源保护工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。生态环境主管部门对饮用水水源保护工作实施统一监督管理；水行政、自然资源、农业农村等部门按照各自职责做好相关工作。任何单位和个人都有保护饮用水水源的义务，并有权对污染饮用水水源的行为进行检举和控告。".repeat(11);

const runsOf = (text: string) => scoredRunsOf(text, model);
const pairs = (text: string) => findUnseenPairs(runsOf(text), text, model).map((g) => g.text);

describe("findUnseenPairs", () => {
  it("reports two foreign characters joined by pairs the model never saw, function characters included (余, 跟)", () => {
    expect(pairs(`${REGULATION}供水单位应当每年开展一次扭余检查。`)).toEqual(["扭余"]);
    expect(pairs(`${REGULATION}县级人民政府应当支持跟胪水源保护。`)).toEqual(["跟胪"]);
  });
  it("reads a run's first pair by its inner and right junctions only", () => {
    expect(pairs(`${REGULATION}对破坏水源的行为，奋壮向有关部门举报。`)).toEqual(["奋壮"]);
  });
  it("gives the unseen junctions' surprisal as the score", () => {
    const text = `${REGULATION}供水单位应当每年开展一次扭余检查。`;
    const [found] = findUnseenPairs(runsOf(text), text, model);
    expect(found!.score).toBeGreaterThan(3 * 5);
  });
  it("leaves a pair alone where the document uses one of its characters elsewhere", () => {
    expect(pairs(`${REGULATION}供水单位应当每年开展一次扭余检查。扭转水质下降的趋势。`)).toEqual([]);
  });
  it("leaves a pair with a name's character alone (蒂 transliterates names): an unknown foreign name is no garble", () => {
    expect(pairs(`${REGULATION}供水单位应当每年开展一次壮蒂检查。`)).toEqual([]);
    expect(pairs(`${REGULATION}供水单位应当每年开展一次壮余检查。`)).toEqual(["壮余"]);
  });
  it("leaves a short text alone: most of its characters are used once", () => {
    expect(pairs("供水单位应当每年开展一次扭余检查。")).toEqual([]);
  });
  it("reports two rare characters the model never saw together in any text, short or long (膈劾, 莞胱)", () => {
    expect(pairs("以交流超越膈劾，以互鉴超越冲突。")).toEqual(["膈劾"]);
    expect(pairs("欢迎更多朋友来华旅游莞胱、交流学习。")).toEqual(["莞胱"]);
  });
  it("leaves a rare character beside a common one alone (灰霾), and a river's name (泃洳河)", () => {
    expect(pairs("从“灰霾围城”到蓝天常驻，城市空气明显改善。")).toEqual([]);
    expect(pairs("编制拒马河、泃洳河防洪规划。")).toEqual([]);
  });
  it("needs the inner pair unseen too: unusual junctions alone are the junction detector's evidence", () => {
    // (余壮 occurs in the model's training text; 次余 and 壮检 do not.)
    expect(model.seen(model.id("余"), model.id("壮"))).toBe(true);
    expect(pairs(`${REGULATION}供水单位应当每年开展一次余壮检查。`)).toEqual([]);
  });
  it("leaves attested pairs alone: rare real words (永葆) and set phrases (敬佑生命)", () => {
    expect(pairs(`${REGULATION}使饮用水水源永葆清洁，医务人员应当敬佑生命。`)).toEqual([]);
  });
});
