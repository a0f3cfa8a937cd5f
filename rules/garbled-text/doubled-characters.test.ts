import { describe, expect, it } from "vitest";
import { getCharModel } from "../../src/nlp/char-model.js";
import { editGain } from "../../src/nlp/channel.js";
import { getAttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { DOUBLED_ACROSS_GAIN, DOUBLED_GAIN, findDoubledCharacters, WORD_TWICE_GAIN } from "./doubled-characters.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

// Our own sentences.
const model = getCharModel();
const runsOf = (text: string) => scoredRunsOf(text, model);
const doubles = (text: string) => findDoubledCharacters(runsOf(text), text, model).map((g) => [g.text, g.reading?.text]);
/** The removal gain of the second copy in `pair` (a span written twice) in `text`. */
const gainAt = (text: string, pair: string) => {
  const length = pair.length / 2;
  const at = text.indexOf(pair) + length;
  const run = runsOf(text).find((r) => r.start < at && at < r.end)!;
  return editGain(model, run.ids, at - run.start, at - run.start + length, new Int32Array(0));
};

describe("findDoubledCharacters", () => {
  it("takes a character written three times for one written once too many, whatever the model's gain", () => {
    // 件件 and 认认真真 are reduplications of formal prose; three in a row are not.
    expect(doubles("建立信访事项件件件有回复的制度。")).toEqual([["件件", "件"]]);
    expect(doubles("我们要认认认真真地抓好落实。")).toEqual([["认认", "认"]]);
    expect(doubles("要做到件件有着落、事事有回音。")).toEqual([]);
    // A numeral (一九九九年) or a sound (哈哈哈, 咚咚咚) is written three times by right.
    expect(doubles("一九九九年十月，鼓声咚咚咚响起，孩子们哈哈哈地笑了。")).toEqual([]);
  });
  it("finds a character written twice where one copy stands alone, with the character once as the reading", () => {
    expect(doubles("登记机构应当依法办理不动产产登记，并发放权属证书。")).toEqual([["产产", "产"]]);
    expect(doubles("董事长和副董事长由由董事会以全体董事的过半数选举产生。")).toEqual([["由由", "由"]]);
  });

  it("needs more where both copies read inside words (自行|行车)", () => {
    const text = "骑自行行车应当遵守交通规则。";
    expect(gainAt(text, "行行")).toBeGreaterThanOrEqual(DOUBLED_ACROSS_GAIN);
    expect(doubles(text)).toEqual([["行行", "行"]]);
  });

  it("leaves a measure word doubled to mean every alone (项项, 批批, 座座), not one a number counts (六个个月)", () => {
    expect(doubles("要做到项项有人抓、事事有回音。")).toEqual([]);
    expect(doubles("全县民生实事做到批批有验收、座座有档案。")).toEqual([]);
    expect(doubles("合同约定的试用期为六个个月。")).toEqual([["个个", "个"]]);
  });

  it("leaves two words that share a character alone (生产|产品, 人人|享有)", () => {
    expect(doubles("企业应当加强生产产品质量管理，保障人人享有基本医疗卫生服务。")).toEqual([]);
  });

  it("finds a short span written twice, broken words or the same word twice (或者或者: no gain needed beyond WORD_TWICE_GAIN)", () => {
    expect(doubles("出卖人应当向买受人交付凭证凭证的，适用本条。")).toEqual([["凭证凭证", "凭证"]]);
    const twice = "土地被征用或者或者征用后，应当依法给予补偿。";
    expect(gainAt(twice, "或者或者")).toBeLessThan(DOUBLED_GAIN);
    expect(gainAt(twice, "或者或者")).toBeGreaterThanOrEqual(WORD_TWICE_GAIN);
    expect(doubles(twice)).toEqual([["或者或者", "或者"]]);
  });

  it("finds a word written again after a longer word that ends with it (外资企业|企业) and a grammar character read twice (的|的)", () => {
    const tail = "全面落实外资企业企业国民待遇，打造一流营商环境。";
    expect(gainAt(tail, "企业企业")).toBeLessThan(DOUBLED_ACROSS_GAIN);
    expect(doubles(tail)).toEqual([["企业企业", "企业"]]);
    const grammar = "中葡两国人民有着深厚的的传统友谊。";
    expect(gainAt(grammar, "的的")).toBeLessThan(DOUBLED_GAIN);
    expect(doubles(grammar)).toEqual([["的的", "的"]]);
  });

  it("leaves a grammar character after a word that ends with it (目的|的, 可以|以), and a content character read twice (钉|钉)", () => {
    expect(doubles("以营利为目的的单位，应当依法办理登记。")).toEqual([]);
    expect(doubles("工作人员可以使用钉钉等办公软件。")).toEqual([]);
  });

  it("leaves words that share their characters alone (年度|年度报告, 集装箱|装箱) and 一X一X", () => {
    expect(doubles("企业应当报送上一年度年度报告。")).toEqual([]);
    expect(doubles("危险化学品的集装箱装箱作业应当在现场检查员的指导下进行。")).toEqual([]);
    expect(doubles("节约资源和保护环境要一代一代人持之以恒地进行下去。")).toEqual([]);
    // 一 + a measure word and a noun, twice: 一个问题一个问题 (one problem after another).
    expect(doubles("要一个问题一个问题跟进解决，一个节点一个节点扎实推进。")).toEqual([]);
    // Not where 一 ends a word before it (进一步).
    expect(doubles("综合治理工作进一步加强一步加强。")).toEqual([["一步加强一步加强", "一步加强"]]);
    // 一AA: one by one (一根根, 一个个).
    expect(doubles("观众通过触摸屏放大观察壁画细节，甚至能看清人物胡须的一根根线条。")).toEqual([]);
  });

  it("leaves a repeat alone that the model reads as ordinary (可以|以书面形式)", () => {
    const text = "当事人可以以书面形式委托代理人。";
    expect(gainAt(text, "以以")).toBeLessThan(DOUBLED_GAIN);
    expect(doubles(text)).toEqual([]);
  });

  it("leaves a repeat alone that the training text writes with both its neighbours (行为|为由), not one it writes with a neighbour on one side only (行政法规|规定)", () => {
    const attested = getAttestedNgrams()!;
    const attestedDoubles = (text: string) => findDoubledCharacters(runsOf(text), text, model, attested).map((g) => [g.text, g.reading?.text]);
    const shared = "当事人以对方存在违约行为为由解除合同。";
    expect(gainAt(shared, "为为")).toBeGreaterThanOrEqual(DOUBLED_GAIN);
    expect(doubles(shared)).toEqual([["为为", "为"]]);
    expect(attestedDoubles(shared)).toEqual([]);
    // 政法规规 is written (行政法规规定), 法规规的 is not.
    expect(attestedDoubles("依照法律、行政法规规的规定执行。")).toEqual([["规规", "规"]]);
  });

  it("leaves a modifier said twice alone where the training text writes the seam (的航道|的航道保护), not another span written twice", () => {
    const attested = getAttestedNgrams()!;
    const attestedDoubles = (text: string) => findDoubledCharacters(runsOf(text), text, model, attested).map((g) => [g.text, g.reading?.text]);
    const ofOf = "由交通运输主管部门直接管理的航道的航道保护范围由国务院确定。";
    expect(doubles(ofOf)).toEqual([["的航道的航道", "的航道"]]);
    expect(attestedDoubles(ofOf)).toEqual([]);
    const andSoOn = "初等教育、中等教育、高等教育等教育机构应当开展垃圾分类教育。";
    expect(doubles(andSoOn)).toEqual([["等教育等教育", "等教育"]]);
    expect(attestedDoubles(andSoOn)).toEqual([]);
    expect(attestedDoubles("出卖人应当向买受人交付凭证凭证的，适用本条。")).toEqual([["凭证凭证", "凭证"]]);
  });

  it("leaves a repeat alone that the document writes again with a neighbour: a term", () => {
    expect(doubles("船舶不得抢越他船船艏。追越时不得抢越他船船艏或者妨碍他船航行。")).toEqual([]);
  });
});
