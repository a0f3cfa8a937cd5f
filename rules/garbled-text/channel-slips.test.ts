import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { getAttestedNgrams, restoresAttested } from "../../src/nlp/attested-ngrams.js";
import { DEFAULT_CANDIDATES } from "../../src/nlp/channel.js";
import { confusableCandidates, DEFAULT_CHANNEL_OPTIONS, findChannelSlips, wordMendingConfusables } from "./channel-slips.js";
import { documentJunctionMean } from "./detect.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

// Our own sentences. The noisy channel alone (the rule also runs the junction detector, which
// finds some of these by another route).
const slipsIn = (text: string) => slipsAt(text);
/** The slips of a text read as a document of the given mean junction surprisal (its register; default: its own). */
const slipsAt = (text: string, mean?: number) => {
  const runs = scoredRunsOf(text);
  return findChannelSlips(runs, text, getCharModel(), undefined, mean ?? documentJunctionMean(runs)).map((s) => [s.text, s.reading?.text]);
};

// A document long enough to have a vocabulary (≥ 2 000 ideographs; see hasVocabulary).
const REGULATION =
  "为了加强饮用水水源保护，保障公众身体健康，根据有关法律、行政法规，结合本市实际，制定本条例。本市行政区域内饮用水水源的保护和管理，适用本条例。市、县级人民政府应当将饮用水水源保护工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。生态环境主管部门对饮用水水源保护工作实施统一监督管理；水行政、自然资源、农业农村等部门按照各自职责做好相关工作。任何单位和个人都有保护饮用水水源的义务，并有权对污染饮用水水源的行为进行检举和控告。".repeat(11);

describe("findChannelSlips", () => {
  it("tries the rarer homophones that complete a word where the character as written makes none (整结 → 整洁, 解尸 → 解释)", () => {
    // 洁 and 释 are no top-eight homophone of jie and shi (confusableCandidates), but make 整洁 and 解释.
    const model = getCharModel();
    expect(confusableCandidates(model, "结")).not.toContain("洁");
    expect(wordMendingConfusables(model, "环境卫生整结", 5)).toContain("洁");
    expect(slipsIn("保持街道环境卫生整结。")).toEqual([["整结", "整洁"]]);
    expect(slipsIn("本规定由省人民政府负责解尸。")).toEqual([["解尸", "解释"]]);
    // At a run's last character, before digits, too (总植 → 总值).
    expect(slipsIn("全市一季度地区生产总植1200亿元。")).toEqual([["生产总植", "生产总值"]]);
  });
  it("offers no such homophone for a character in a word, nor for a grammar character", () => {
    const model = getCharModel();
    // 配饰 is a word: 饰 → 式 would read 装配式 across 服装.
    expect(wordMendingConfusables(model, "销售服装配饰等商品", 5)).toBe("");
    // 只 stands alone by right: 行为只造成 ↛ 为止.
    expect(wordMendingConfusables(model, "这种行为只造成损害", 4)).toBe("");
  });
  it("restores a dropped character at a lower bar where the strings of four around the gap are unknown and the reading's known", () => {
    // 等门 → 等部门 and 统一督管理 → 统一监督管理 gain 11.6 and 12.8 nats against an addition bar of 13.
    const table = getAttestedNgrams()!;
    expect(slipsIn("水行政、自然资源、农业农村等门按照各自职责做好相关工作。")).toEqual([["门", "部门"]]);
    expect(slipsIn("生态环境主管部门对饮用水水源保护工作实施统一督管理。")).toEqual([["督管理", "监督管理"]]);
    expect(DEFAULT_CHANNEL_OPTIONS.minGain.add).toBeGreaterThan(12.8);
    const run = "农业农村等门按照各自职责做好相关工作";
    expect(restoresAttested(table, run, 5, 5, "农业农村等部门按照各自职责做好相关工作", 6)).toBe(true);
  });
  it("counts the one string of four at a run's first character as restored (驹备 → 具备 after a comma)", () => {
    // A sound-alike at the run's first character gains 17.6 nats: short of the run-edge bar (18),
    // above it less the attestation discount (驹备相应 unseen, 具备相应 seen).
    expect(slipsIn("从事检验工作的人员，驹备相应的专业知识。")).toEqual([["驹备", "具备"]]);
  });
  it("leaves two places' abbreviations in either order (葡中 beside 中葡, as the partner writes it)", () => {
    const text =
      "李强表示，中葡友谊源远流长。中方愿同葡方一道，推动中葡全面战略伙伴关系不断向前发展。" +
      "蒙特内格罗表示，葡中友谊历久弥坚。葡方愿同中方深化政治互信，推动葡中全面战略伙伴关系取得更大发展。";
    expect(slipsAt(text, 5.5)).toEqual([]);
  });
  it("does not lengthen a short form, though the document writes the long one (应 → 应当, 接 → 接到)", () => {
    // Both were found, at 10.5 and 10.7 nats, by the phrase cache before lengthensShortForm.
    expect(slipsIn("物业服务企业应妥善保管钥匙。物业服务企业应当妥善保管相关资料。")).toEqual([]);
    expect(slipsIn("经营者应如实告知。经营者应当如实告知消费者。")).toEqual([]);
    // Nor a one-character verb that stands alone far more often than the long one (接 → 接到: 12.9 nats by the cache).
    expect(slipsIn("公安机关接举报后应当及时处理。公安机关接到举报后应当登记。")).toEqual([]);
    // A remnant that is no grammar word's short form keeps the cache (门 → 部门 in a text that writes 等部门).
    expect(slipsIn("农业农村等门按照职责做好工作。农业农村等部门按照职责做好相关工作。")).toEqual([["门", "部门"]]);
  });
  it("removes a stray character the document uses nowhere else at a lower bar, once the document has a vocabulary", () => {
    // 并冰处以 → 并处以 gains 18.9 nats, less than the stray bar of 21; 冰 occurs nowhere else.
    const sentence = "违者由主管部门责令拆除并冰处以罚款。";
    expect(slipsIn(REGULATION + sentence)).toEqual([["并冰处以", "并处以"]]);
    expect(slipsIn(sentence)).toEqual([]);
  });
  it("removes a foreign character that breaks a word at the same lower bar", () => {
    // 保时持 → 保持 gains 17.6 nats against a removal bar of 20; 时 occurs nowhere else.
    expect(slipsIn(REGULATION + "公共场所经营者应当遵守卫生管理规定，保时持清洁卫生。")).toEqual([["保时持清洁", "保持清洁"]]);
  });
  it("reads a look-alike of a grammar character as that character, though it mends no longer word (末取得 → 未取得)", () => {
    // 未 is a word by itself, so no word holds the change; its own bar is the change bar plus LONE_CHANGE_EXTRA.
    expect(slipsIn(REGULATION + "违反本条例规定，末取得许可证擅自从事经营活动的，处以罚款。")).toEqual([["末", "未"]]);
    // Not an item of a list of single characters, which the model reads poorly (鱼 → 与 gains 16.8 nats).
    expect(slipsIn(REGULATION + "禁止在保护区内从事鱼、虾、蟹等水产养殖。")).toEqual([]);
  });
  it("takes unseen pairs as evidence for a look-alike in a work report's register too", () => {
    // 刀 → 力 gains 16 nats: short of the change bar less the foreign discount (18), enough with the
    // unseen-pairs discount (14). In a report (mean 4.5 nats) that discount is kept for look-alikes only.
    const sentence = "构建中国特色现代军事刀量体系。";
    expect(slipsAt(REGULATION + sentence, 4.5)).toEqual([["军事刀量", "军事力量"]]);
  });
  it("changes a foreign character at the same lower bar", () => {
    // 说期 → 定期 gains 18.7 nats against a change bar of 21; 说 occurs nowhere else.
    expect(slipsIn(REGULATION + "供水单位应当说期检测出厂水水质，并向社会公开检测报告。")).toEqual([["说期", "定期"]]);
    // In a less predictable register (mean 4.5 nats: a work report) a change into a character that neither
    // looks nor sounds alike needs 2.5 nats more, as additions and removals do: 18.7 falls short there.
    expect(slipsAt(REGULATION + "供水单位应当说期检测出厂水水质。", 4.5)).toEqual([]);
    expect(slipsAt(REGULATION + "供水单位应当说期检测出厂水水质。", 3.5)).toEqual([["说期", "定期"]]);
  });
  it("tries a character's frequent sound-alikes inside a run too, where the reading is no frequent bridge (通果 → 通过)", () => {
    // 过 is not among the model's best bridges between 通 and 票; as a sound-alike of 果 it gains 19.7 nats.
    expect(getCharModel().bridges("通", "票", DEFAULT_CANDIDATES)).not.toContain("过");
    expect(slipsIn(REGULATION + "持票人可以通果票据交换系统提示付款。")).toEqual([["通果", "通过"]]);
  });
  it("changes no character of a collocation into one that neither looks nor sounds alike (抄告 is no slip of 报告)", () => {
    // 抄告 → 报告 gains 18.6 nats, above the change bar less the foreign discount; 抄 and 告 are a
    // collocation of the training text (association 3.6 nats), which a random substitution seldom makes.
    const model = getCharModel();
    expect(model.association(model.id("抄"), model.id("告"))).toBeGreaterThan(2.5);
    expect(slipsIn(REGULATION + "生态环境主管部门抄告的水源污染信息，由水行政部门核实。")).toEqual([]);
    // The foreign-character change of a chance pair stays a slip (说期 → 定期 above).
    expect(model.association(model.id("说"), model.id("期"))).toBeLessThan(2.5);
  });
  it("does not take a place character used once for a foreign one (a name is used once by right)", () => {
    // 全俄 → 全国 gains 18.6 nats: a slip's character at the lower bar, were 俄 not a place abbreviation.
    expect(slipsIn(REGULATION + "参见《全俄中央执行委员会文件汇编》第二卷。")).toEqual([]);
  });
  it("mends a slip next to a character that transliterated names also use (比 of 比利时)", () => {
    expect(slipsIn("代表名额的分配办法另行规定，差额比狸由选举委员会确定。")).toEqual([["比狸", "比例"]]);
  });
  it("takes the document's own phrase as the evidence for a dropped character that gains too little alone, the word it mends as the reading", () => {
    // 的质安全 → 的质量安全 gains 8.5 nats, short of the bar of 13; the text writes 质量安全 before.
    // The reading is the word the edit mends (质 → 质量), as the other routes give it, not the phrase's window.
    expect(slipsIn("经营者应当保证商品的质量安全。经营者应当保证商品的质安全。")).toEqual([["质", "质量"]]);
    expect(slipsIn("经营者应当保证商品的质安全。")).toEqual([]);
    // A swap short of its bar of 12 (记登 → 登记 gains 11.4 nats), the phrase written elsewhere.
    expect(slipsIn("民警应当核查现场并登记身份信息。民警可以带离现场并记登身份信息。")).toEqual([["记登", "登记"]]);
  });
  it("takes a longer phrase of the document (three characters each side) as stronger evidence than the five-character window", () => {
    // 离婚记 → 离婚登记 gains 9.3 nats; in this register (mean junction surprisal 3.9) the bar less the
    // cache's discount is 10.0. The text writes 撤回离婚登记申请 (回离婚登记申请 around the edit) elsewhere.
    const mean = 3.9;
    expect(slipsAt("任何一方不愿意离婚的，可以向婚姻登记机关撤回离婚登记申请。未申请的，视为撤回离婚记申请。", mean)).toEqual([["记", "登记"]]);
    // Only the shorter window (离婚登记申) elsewhere: short of the bar.
    expect(slipsAt("任何一方不愿意离婚的，可以向婚姻登记机关提出离婚登记申请。未申请的，视为撤回离婚记申请。", mean)).toEqual([]);
  });
  it("removes a foreign character or changes a look/sound-alike whose pairs the model never saw at a lower bar, when the edit makes seen pairs", () => {
    // 出雪 and 雪厂 are unseen, 出厂 is seen: the removal gains 16.9 nats, short of its bar of 20 less
    // 3 for a foreign character, but mends them. A removed character the document uses elsewhere
    // (雪后) does not count: optional characters of rare phrases make unseen pairs too.
    const sentence = "生产企业应当对产品进行出雪厂检验，检验合格的方可出售。";
    expect(slipsIn(REGULATION + sentence)).toEqual([["出雪厂", "出厂"]]);
    expect(slipsIn(`${REGULATION + sentence}冬季应当做好雪后道路清扫。`)).toEqual([]);
    // 厨 (chú) for 出 (chū): a sound-alike whose pairs 进行厨 and 厨厂 are unseen, 行出 and 出厂 seen (20.6 nats against 21).
    // (In a context whose strings of four the edit does not mostly restore: 料进行出 and 行出厂检 unseen.)
    expect(slipsIn("生产企业应当对原料进行厨厂检验，检验合格的方可出售。")).toEqual([["厨厂", "出厂"]]);
    // A pair the document uses elsewhere (厨厂) is attested by the document itself.
    expect(slipsIn("生产企业应当对原料进行厨厂检验，检验合格的方可出售。中央厨厂应当保持清洁。")).toEqual([]);
  });
  it("does not count unseen pairs in a less predictable register than law text (a work report makes many by right)", () => {
    // (A change's bar does not rise with the register: only the unseen pairs decide here.)
    const text = "生产企业应当对原料进行厨厂检验，检验合格的方可出售。";
    expect(slipsAt(text, 4.1)).toEqual([["厨厂", "出厂"]]);
    expect(slipsAt(text, 4.3)).toEqual([]);
  });
  it("needs 20 nats for a change or a removal, in law text's register, whose reading the training text never writes", () => {
    // The same removal as above (出雪厂 → 出厂), but no law writes 检测出厂水水质: every string of four around 出厂 is unseen.
    const table = getAttestedNgrams()!;
    expect(table.around("定期检测出厂水水质", 4, 6)).toBe("unseen");
    expect(slipsIn(REGULATION + "供水单位应当定期检测出雪厂水水质，并向社会公开检测报告。")).toEqual([]);
  });
  it("needs 22 nats to take out a stray character between two words: optional words of clean prose gain nearly as much", () => {
    // 责令哈拆除 → 责令拆除 gains 21.9 nats.
    expect(slipsAt("违者由主管部门责令哈拆除并处以罚款。", 3.5)).toEqual([]);
  });
  it("raises the bar of removals by 2.5 nats per nat of the register's mean junction surprisal above 3.5", () => {
    // 责令嘻拆除 → 责令拆除 gains 24.7 nats: over the stray bar of 22, under 22 + 2.5 × 1.5.
    const text = "违者由主管部门责令嘻拆除并处以罚款。";
    expect(slipsAt(text, 3.5)).toEqual([["责令嘻拆除", "责令拆除"]]);
    expect(slipsAt(text, 5)).toEqual([]);
  });
  it("swaps two characters back at a smaller gain where the document writes the mended word with a neighbour twice elsewhere", () => {
    // 查审 → 审查 gains 9.5 nats, short of the swaps' bar of 12.
    // (In a context whose strings of four the swap does not mostly restore: 行恢复审, 复审查程 unseen.)
    const slip = "诉讼中止的，即行恢复查审程序。";
    expect(DEFAULT_CHANNEL_OPTIONS.minGain.swap).toBeGreaterThan(9.5);
    expect(slipsIn(slip)).toEqual([]);
    expect(slipsIn("人民法院应当依法进行审查。审查程序由法律规定，审查程序公开。" + slip)).toEqual([["查审", "审查"]]);
    // 审查程 once elsewhere is not enough.
    expect(slipsIn("人民法院应当依法进行审查。审查程序由法律规定。" + slip)).toEqual([]);
  });
  it("swaps two characters of two words back, the span of both words as the reading (经营及者其 → 经营者及其)", () => {
    // No one word holds both swapped characters: 者 ends 经营者, 及 begins 及其.
    expect(slipsIn("经营及者其工作人员违反本条例规定的，由主管部门责令改正。")).toEqual([["经营及者其", "经营者及其"]]);
    // Interleaving two words of two (予以|公告) at 28.0 nats, above INTERLEAVED_SWAP_GAIN.
    expect(slipsIn("登记机关应当将登记事项予公以告。")).toEqual([["予公以告", "予以公告"]]);
  });
  it("leaves a 四字格 coinage alone that a swap would turn into two words of two, below 18 nats (危岩险石 → 危险|岩石 gains 15.4)", () => {
    expect(slipsIn("管理单位应当及时清除道路两侧的危岩险石。")).toEqual([]);
  });
  it("swaps a known word into its far more probable reverse (期限 → 限期), and leaves a known word alone where the swap gains less", () => {
    expect(slipsIn("违反本条例规定的，由主管部门责令期限改正，并处罚款。")).toEqual([["期限", "限期"]]);
    // 审评 → 评审 gains 16.9 nats: both are words, and the text means 审评.
    expect(slipsIn("药品审批审评过程中应当保守秘密。")).toEqual([]);
  });
  it("leaves a changed piece alone when the document uses it again with a neighbour (a term)", () => {
    expect(slipsIn("未经海关许可不得提离货物。擅自提离货物的，由海关责令退回。")).toEqual([]);
  });
  it("changes no character of a set phrase of four or more that the lexicon reads, however rare (不进则退 ↛ 进兵)", () => {
    expect(getLexicon().frequency("不进则退")).toBeLessThan(1000);
    expect(slipsIn("我们常说，学习如逆水行舟，不进则退。")).toEqual([]);
  });
  it("changes a character of a word the lexicon reads only into a far more common word (音像 ↛ 音响, 八员 → 人员)", () => {
    // 音像|器材 → 音响器材 gains 22 nats, but 音响 (285) is about as common as 音像 (269).
    expect(slipsIn("限额以上单位家用电器和音像器材类商品零售额增长较快。")).toEqual([]);
    // 八员 (37) → 人员 (19 810): the dictionary's odd piece, a slip.
    expect(getLexicon().frequency("人员")).toBeGreaterThan(10 * getLexicon().frequency("八员"));
    expect(slipsIn(REGULATION + "医务八员违反本条例规定的，依法给予处分。")).toEqual([["医务八员", "医务人员"]]);
  });
  it("leaves 多 after a round number alone (10多个小时, 二十多天: both orders are right)", () => {
    // The text writes 个多小时 too, which would back the swap as a phrase of its own.
    const text = "在韶关，官兵们在齐腰深的积水中连续奋战10多个小时，装填、搬运沙袋2万余袋，成功排除险情3处。志愿者驱车4个多小时把物资送到乐昌，连续工作二十多天。";
    expect(slipsAt(text, 5.24)).toEqual([]);
  });
  it("reads a run's first two characters after digits as after a numeral (4个多小时 is no slip of 多个, though the text writes 10多个小时)", () => {
    expect(slipsIn("抢险队员连续奋战10多个小时，装填沙袋。电力抢修队也连续奋战10多个小时。志愿者驱车4个多小时送到乐昌。")).toEqual([]);
  });
  it("leaves a number's prefix alone before the digits that end its run (第62届 ↛ 的62届)", () => {
    expect(slipsIn("《联合国气候变化框架公约》附属机构第62届会议正在德国波恩举行。")).toEqual([]);
  });
  it("leaves an unknown foreign name alone", () => {
    expect(slipsIn("俄罗斯联邦政府总理米舒斯京会见了代表团。")).toEqual([]);
  });
  it("mends a word of three or more the lexicon knows though names use most of its characters (基恩础学科: 基, 恩 and 科 spell names too)", () => {
    expect(slipsIn("推动数学、物理、化学、生命科学等基恩础学科深度融合。")).toEqual([["基恩础学科", "基础学科"]]);
  });
});
