import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../src/paths.js";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { plugin } from "../../src/plugin.js";
import { SAMPLE } from "../../test/support/paths.js";
import { testRule } from "../../test/support/rule-tester.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { attestedTableOf } from "../../test/support/attested.js";
import { DEFAULT_GARBLE_OPTIONS, documentJunctionMean, findGarbles, isUnfamiliarRegister, writtenByTrainingText } from "./detect.js";
import rule from "./index.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

// Our own sentences. A garbled stretch is reported without a fix (output = input).
// The detector measures junctions against the document's own register, so the context is a
// realistic paragraph, not a single sentence.
const CONTEXT = "双方将继续深化务实合作，推动两国关系不断向前发展。双方同意加强在能源、交通、农业等领域的合作，扩大贸易规模，提高投资便利化水平。";
// The nonsense-word route takes "used nowhere else in the document" as evidence only in a
// document long enough to have a vocabulary (≥ 2 000 ideographs): a regulation's length.
const REGULATION =
  "为了加强饮用水水源保护，保障公众身体健康，根据有关法律、行政法规，结合本市实际，制定本条例。本市行政区域内饮用水水源的保护和管理，适用本条例。市、县级人民政府应当将饮用水水源保护工作纳入国民经济和社会发展规划，所需经费列入本级财政预算。生态环境主管部门对饮用水水源保护工作实施统一监督管理；水行政、自然资源、农业农村等部门按照各自职责做好相关工作。任何单位和个人都有保护饮用水水源的义务，并有权对污染饮用水水源的行为进行检举和控告。".repeat(11);
/** A case at the end of the long regulation, named by its own sentence. */
const inRegulation = (sentence: string) => ({ text: REGULATION + sentence, description: `(long regulation) ${sentence}` });
const garbled = (text: string, actual: string) => {
  const start = text.indexOf(actual);
  return { text, output: text, errors: [{ range: [start, start + actual.length] as [number, number] }] };
};

testRule("garbled-text", rule, {
  valid: [
    CONTEXT,
    // A hard wrap that cuts a word (筚路|蓝缕) leaves no garble: paragraph-split reports the wrap.
    "是广大干部群众筚路\n蓝缕、千辛万苦干出来的。",
    "双方同意加强在能源、交通、农业等领域的合作，扩大贸易规模。",
    // A case's number is an identifier: 民终 (second-instance civil) is no word.
    "上诉人不服一审判决，本院依法作出（2023）滨民终字第123号民事判决，驳回上诉，维持原判。",
    // Foreign names, Latin words, digits and dates are not garbles.
    "中华人民共和国主席习近平会见了俄罗斯联邦政府总理米舒斯京。",
    "双方支持2023年在俄罗斯叶卡捷琳堡举办第七届中俄博览会。",
    "在人工智能、物联网、5G、数字经济等领域探索合作新模式，敦促AUKUS成员国履行义务。",
    // The same word twice that the training text writes (本规定|规定的: "this regulation" and "provides").
    "有关机关应当依照本规定规定的程序办理。",
    // A coinage the document repeats is a term.
    "坚持控辍保学，做好控辍保学工作。",
    "Hello world, no Chinese at all.",
    // Ordinary single-character grammar and 四字格 coinages are not slips.
    "确保基本民生投入只增不减，形成以工促农、以城带乡的格局。",
    "各级政府要大力简除烦苛，事不避难、义不逃责。",
    // A four-character coinage of one-character words needs very unusual junctions to count as mangled (21.0 nats here).
    "应当采取揭膜晒垄等措施防治病虫害。",
    // Unknown local names next to a generic term of place names (村, 故居, 河) are names, not nonsense words.
    inRegulation("重点保护沥溪村、邝埠故居等历史建筑。"),
    inRegulation("市人民政府应当加强对鹭汀河、护城河的综合治理。"),
    // Rare formal words (永葆, 提振) are not slips.
    "使我们的事业永葆青春和活力，提振市场信心。",
    // A single-character word between words is grammar, not a stray character.
    "政府做的事，都应是群众盼的。",
    // A stray-looking character the document uses again with its neighbour is a term.
    "县级摆以上人民政府应当将农村公路建设资金列入本级财政预算，县级摆以上人民政府应当公开。",
    // Characters that have look-alikes (末/未, 八/人, 己/已) are not slips where they make words.
    "本周末各单位应当将八项措施的落实情况报送上级机关。",
    "会议末尾，主持人总结了本次会议的主要成果。",
    "他已经知道自己的错误，并表示今后一定改正。",
    // A change to a character that neither looks nor sounds alike needs more where the document
    // uses the pair it touches again: a term of the document (包件), not a random slip.
    "承运人应当赔偿同一份货运单所列其他包件的价值。包件在运输中损坏的，由承运人承担责任。",
    "国有企业和央企应当按规定上缴利润。",
    // A real word far rarer than its look-alike's word (本币 next to 本市) is not a slip.
    "双方将扩大本币在双边贸易中的使用。",
    // Two unusual characters the document uses elsewhere (骆驼, 老翁) are not a nonsense word.
    inRegulation("牧区应当为骆驼建立防疫档案，为老翁提供健康服务，定期开展驼翁检测，并向社会公布检测结果。"),
    // Two characters that each stand where they often do in two-character words (网 begins them,
    // 带 ends them) read as a compound the dictionary lacks, not as a nonsense word: both routes
    // (junctions, 13.5 nats; unseen pairs, 28.5) reported it before formsCompound.
    inRegulation("供水单位应当定期清洗网带过滤器，保证出水水质。"),
    // 且 is read jū only in old names: no IME offers it for the jū of 居, so 且住 → 居住 gets no
    // sound-alike prior (reported at 19.7 nats before soundAlike read the typed character's usual reading).
    inRegulation("对居住在本市农村且住房困难的家庭给予补助。"),
    // Items of a list built alike (the same length, the same first or last character) are parallel coinages.
    inRegulation("确保受灾群众有饭吃、有衣穿、有房住，卷烟厂应当设置储叶柜、储梗柜、储丝柜。"),
    // An item of a list of places of one kind (…河、…河): a river the lexicon does not know.
    inRegulation("本条例所称河道，包括沙溪河、落药河、流浩河、南胶莱河及其支流。"),
    // A short form the document coins and uses (以下简称区管会) is its own term (read as 管委会 short of a character before).
    inRegulation("本市设立管理委员会（以下简称区管会）。区管会对市人民政府负责。有关单位应当配合区管会开展工作，向区管会报送材料。"),
    // A word the dictionary lists, however rarely (较早: 3 times, read as 较|早), is no nonsense word.
    inRegulation("本市在全国较早建成覆盖市、区两级的预算联网监督系统。"),
    // In a short text most characters are used nowhere else: no evidence, no report.
    "县级人民政府应当加强饮用水水源保护，定期开展驼翁检测，并向社会公布检测结果。",
    // Strings of four remove a character in law text's register only: diplomatic prose adds
    // optional words freely, and the inserted 则 below is left alone there (see the invalid case).
    "外交部发言人在例行记者会上答问时表示，中方对此表示强烈不满和坚决反对，已第一时间向对方提出严正交涉。本办法由县级以则上人民政府组织实施。",
    // A look-alike change does not break a common word the lexicon reads (当今|大国 ↛ 今天: 大/天 are one stroke apart).
    "当今大国竞争日趋激烈，各方应当加强对话。",
    // 曰 of classical prose and enumerations follows no number of a date.
    "子曰：学而时习之。一曰民本，二曰法治。",
    "其要有三：一曰务实，二曰创新，三曰团结。",
    // 再 before a Chinese numeral or a verb is the adverb (再三强调, 再次).
    "会议再三强调，要在5年内再次提高标准。",
    // With the noisy-channel detector turned off, a lone slip is left alone.
    { text: "违反国家忧关规定使用的，由主管部门责令改正。", options: { slips: false } },
  ],
  invalid: [
    // A character written three times, reported on its first two: the last two begin 认认真真, inside which no report may lie.
    garbled("我们要认认认真真地抓好各项工作落实。", "认认"),
    // In news register, which the character model barely knows, the lexicon reads a look- or sound-alike back (lexicon-slips.ts).
    garbled("会谈结束后，两国元首共同见证了多项合作文件的签署，并向记者表示哀心感谢。", "哀心感谢"),
    // The same word cut by a comma instead of a wrap is an odd piece (the counterpart of the wrapped case above).
    garbled("是广大干部群众筚路，蓝缕、千辛万苦干出来的。", "筚路"),
    // A word replaced by two random characters the document uses nowhere else: reported without a reading.
    { ...garbled(REGULATION + "县级人民政府应当加强饮用水水源保护，定期开展驼翁检测，并向社会公布检测结果。", "驼翁"), description: "(long regulation) 驼翁" },
    { ...garbled(REGULATION + "学校应当建立学生体质监测制度，每学年组织一次杏蚊测试，并将结果告知家长。", "杏蚊"), description: "(long regulation) 杏蚊" },
    // Very unusual junctions: one character foreign to the document is enough (水 is the regulation's own).
    { ...garbled(REGULATION + "学校应当建立学生体质监测制度，每学年组织一次杏水测试，并将结果告知家长。", "杏水"), description: "(long regulation) 杏水" },
    // A character written twice around the word (以…以) is no parallel coinage: the repeat must touch the word.
    { ...garbled(REGULATION + "供水单位应当以杏蚊以外的方式处理污泥。", "杏蚊"), description: "(long regulation) 以杏蚊以外" },
    // At a run's edge (、蚊驼，) a word has one junction fewer to show.
    { ...garbled(REGULATION + "禁止在饮用水水源保护区内从事网箱养殖、蚊驼，以及其他可能污染水源的活动。", "蚊驼"), description: "(long regulation) 蚊驼" },
    // A list item between two marks shows only its inner junction; the two missing ones count too.
    { ...garbled(REGULATION + "供水单位应当配备必要的检测仪器、蚕愧、化学试剂和专业人员。", "蚕愧"), description: "(long regulation) 蚕愧" },
    // One of its two characters is also a name character (尔 of 尼日尔): still no name.
    { ...garbled(REGULATION + "学校应当建立学生体质监测制度，每学年组织一次杏尔测试，并将结果告知家长。", "杏尔"), description: "(long regulation) 杏尔" },
    // Two foreign characters the model never saw together, nor with their neighbours (unseen-pairs.ts):
    // at a run's start the junction detector sees too little of them.
    { ...garbled(REGULATION + "对破坏水源的行为，奋壮向有关部门举报。", "奋壮"), description: "(long regulation) 奋壮" },
    // Character slips (noisy channel): one edit turns the place into an ordinary word.
    // Four random characters: their junctions (23.0 nats) clear a four-character unit's higher bar.
    garbled("供水单位应当建立蜗豺秃甄管理制度。", "蜗豺秃甄"),
    garbled("各地应当依照本条例制定地方府政规章，报上级机关备案。", "府政"),
    garbled("依法保护耕地，任何单位不得改变土跑地用途。", "土跑地"),
    garbled("违反国家忧关规定使用的，由主管部门责令改正。", "国家忧关"),
    // Look-alike characters (OCR): the change gets a prior, as a sound-alike does (拔付 → 拨付, 气侯 → 气候).
    garbled("财政部门应当及时拔付专项资金，不得截留挪用。", "拔付"),
    garbled("各国应当共同应对全球气侯变化带来的挑战。", "气侯变化"),
    // A look-alike that is a function character (末, 八, 己) is not isolated: only a change to its look-alike is tried there.
    garbled("用人单位不得安排末成年工从事矿山井下作业。", "末成年工"),
    garbled("债务八应当按照约定全面履行自己的义务。", "债务八"),
    garbled("该项改造工程己经完成，并通过了竣工验收。", "己经"),
    // A sound-alike that is a function character (尚 for 上) or makes a rare dictionary word (标的 for 表的): only look- and sound-alikes are tried there.
    garbled("本办法由县级以尚人民政府组织实施。", "以尚"),
    // … also at a run's first character, where the confusable candidates are tried (、末成年人 → 未成年人).
    garbled("依法保护妇女、末成年人的合法权益。", "末成年人"),
    garbled("全国人民代表大会代标的名额由法律规定。", "代标"),
    // An inserted function character that splits a word, found by the strings of four it breaks (行业特点).
    garbled("供水单位应当根据行业特则点制定服务标准。", "特则点"),
    garbled("本办法由县级以则上人民政府组织实施。", "以则上"),
    // A dropped character: adding it back mends a word (企 → 企业).
    garbled("国家鼓励企开展技术创新，提高产品质量和服务水平。", "企"),
    // A stray character between two words: reported with both words (县级摆以上 → 县级以上).
    garbled("县级摆以上人民政府应当将农村公路建设资金列入本级财政预算。", "县级摆以上"),
    // A look-alike at the first or last character of a run, where no neighbour pair proposes candidates.
    garbled("八民法院应当依法审理案件。", "八民法院"),
    garbled("本条例所称经营者，是指药品上市许可持有入，以及药品经营企业。", "持有入"),
    // A random substitution (页 for 领) makes pairs new to the document: the plain bar applies.
    garbled("县级以上人民政府应当加强对安全生产工作的页导。", "页导"),
    // A sound-alike at a run's end: its frequent homophones are tried there (改政 → 改正, 举包 → 举报).
    garbled("违反本条例规定的，由主管部门责令改政。", "改政"),
    garbled("对违法行为，任何单位和个人有权举包。", "举包"),
    // There the trigrams see one side only, so a likely slip needs less (举保, 共民: sound-alikes).
    garbled("对违法行为，任何单位和个人有权举保。", "举保"),
    garbled("共民依法享有宪法规定的权利，履行宪法规定的义务。", "共民"),
    // A slip next to a character that names also use (比 of 比利时) is no name (see also channel-slips.test.ts).
    garbled("代表名额的分配办法另行规定，差额比狸由选举委员会确定。", "狸"),
    // A dictionary entry far rarer than the word one edit makes is no defence (八员 next to 人员).
    garbled("完善对基层医疗卫生八员的培训制度。", "八员"),
    // A look-alike joining two lone characters into a word needs less gain (白愿 → 自愿).
    garbled("当事人应当遵循白愿、平等、公平、诚信的原则。", "白愿"),
    garbled("本条例所称的技术标淮，由国务院规定。", "技术标淮"),
    // Look-alikes written with the same strokes (刀/力, 甲/申: pictures apart by a stroke's length).
    garbled("以暴刀、威胁方法阻碍国家机关工作人员依法执行职务的，依法追究刑事责任。", "暴刀"),
    garbled("各级人民政府应当努刀提高公共服务水平。", "努刀提高"),
    garbled("甲请人应当向登记机关提交书面材料。", "甲请人"),
    // 曰 for 日 after a number (a date's unit), where the runs the model reads start after the digits.
    garbled("本决定自2023年3月21曰起施行。", "曰"),
    garbled("本决定自２０２３年３月２１曰起施行。", "曰"),
    garbled("本决定自二〇二三年三月二十一曰起施行。", "曰"),
    // 再 for 在 before a number (an IME's sound-alike): formal text writes 再 before no digit.
    garbled("双方商定，力争再2030年前将双边贸易额提升至500亿美元。", "再"),
    // A grammar character the dictionary counts mostly inside words (务 of 义务, 特 of 特别, 然) is
    // a bound morpheme: alone, it shows a broken word, like a content character.
    garbled("不断提高办学层务次和办学水平。", "层务次"),
    garbled("我们要坚定特不移地走和平发展道路。", "坚定特不移"),
    garbled("县级以上人民政府应当根据本地然实际，制定规划。", "本地然实际"),
  ],
});

describe("garbled-text on the bundled sample", () => {
  // (The mangled clause 国际间俄劝和促谈 is missed since the model learnt news copy, session 31: it knows
  // 劝和促谈, whose junctions made most of the clause's score; docs/measurements.md.)
  it.skipIf(!existsSync(SAMPLE))("leaves names, dates and Latin words alone", async () => {
    const text = readFileSync(SAMPLE, "utf8");
    const kernel = new TextlintKernel();
    const { messages } = await kernel.lintText(text, { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "garbled-text", rule }] });
    const flagged = messages.map((m) => text.slice(m.range[0], m.range[1]));
    for (const clean of ["米舒斯京", "叶卡捷琳堡", "AUKUS", "5G", "2023"]) expect(flagged.some((f) => f.includes(clean))).toBe(false);
  });
});

describe("findGarbles in a less predictable register", () => {
  it("raises the slip threshold by a point per nat of the document's mean junction surprisal above 3.5", () => {
    const text = "供水单位应当定期检侧出厂水水质，并向社会公开检测报告。";
    const model = getCharModel();
    const runs = scoredRunsOf(text, model);
    const found = (mean: number) => findGarbles(runs, text, model, DEFAULT_GARBLE_OPTIONS, mean).map((g) => g.text);
    expect(found(3.5)).toEqual(["检侧"]);
    // (Without the raise it is still found at 4.5, where only the junction baseline rises.)
    expect(found(4.5)).toEqual([]);
  });
});

describe("garbled-text messages", () => {
  const lint = async (text: string, options: Record<string, unknown> = {}) => {
    const kernel = new TextlintKernel();
    const { messages } = await kernel.lintText(text, { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "garbled-text", rule, options }] });
    return messages.map((m) => m.message);
  };
  it("says whether a wrong character looks or sounds like the reading (OCR or typing)", async () => {
    // (The score in the middle follows the model; the end of the message is what is tested.)
    expect(await lint("债务八应当按照约定全面履行自己的义务。")).toEqual([expect.stringMatching(/^“债务八”不成词.*：疑为“债务人”（形近错字）$/)]);
    expect(await lint("违反国家忧关规定使用的，由主管部门责令改正。")).toEqual([expect.stringMatching(/^“国家忧关”不成词.*：疑为“国家有关”（音近错字）$/)]);
    expect(await lint("违反国家忧关规定使用的，由主管部门责令改正。", { locale: "en" })).toEqual([
      expect.stringMatching(/^“国家忧关” does not form words .*: probably “国家有关” \(sound-alike character\)$/),
    ]);
  });
  it("does not call one character “不成词”: it is a word by itself", async () => {
    expect(await lint("征求意见的时间一般不少干三十日。")).toEqual([expect.stringMatching(/^“干”在此处与上下文不搭配.*：疑为“于”（形近错字）$/)]);
    expect(await lint("征求意见的时间一般不少干三十日。", { locale: "en" })).toEqual([expect.stringMatching(/^“干” does not fit its context here .*: probably “于” \(look-alike character\)$/)]);
  });
  it("says that a character or a word is written twice, in its own words", async () => {
    expect(await lint("登记机构应当依法办理不动产产登记。")).toEqual(["“产产”疑为“产”重复了一遍（提取或录入时多出），应只保留一处"]);
    expect(await lint("登记机构应当依法办理不动产产登记。", { locale: "en" })).toEqual(["“产产” looks like “产” written twice (doubled in extraction or typing): keep one"]);
    expect(await lint("被征用或者或者征用后，应当依法给予补偿。")).toEqual(["“或者或者”疑为“或者”重复了一遍（提取或录入时多出），应只保留一处"]);
  });
  it("says that a name is written two ways, without claiming which one is wrong", async () => {
    const text = "努尔别科夫总统主持会议。会后，努尔别科洛夫总统会见记者。努尔别科夫总统表示满意。";
    expect(await lint(text)).toEqual(["“努尔别科洛夫”与文中别处的“努尔别科夫”只差一字：同一名称疑有一处写错，请核对"]);
    expect(await lint(text, { locale: "en" })).toEqual([
      "“努尔别科洛夫” differs by one character from “努尔别科夫” elsewhere in the text: one of the two spellings of the name is probably wrong; check",
    ]);
  });
  it("says that 再 before a number is probably 在", async () => {
    expect(await lint("双方商定，力争再2030年前完成谈判。")).toEqual(["数字前的“再”疑为“在”（音近错字）"]);
    expect(await lint("双方商定，力争再2030年前完成谈判。", { locale: "en" })).toEqual(["“再” before a number is probably “在” (sound-alike character)"]);
  });
  it("names the other edits plainly", async () => {
    expect(await lint("依法保护耕地，任何单位不得改变土跑地用途。")).toEqual([expect.stringMatching(/疑为“土地”（多字）$/)]);
  });
});

describe("garbled-text in news register", () => {
  // Our news texts, two together: long enough to have a vocabulary (the nonsense routes' evidence).
  const dir = join(PACKAGE_ROOT, "test", "fixtures", "news-register");
  const news = (...names: string[]) => names.map((name) => readFileSync(join(dir, `${name}.txt`), "utf8")).join("\n");
  const flagged = async (text: string) => {
    const kernel = new TextlintKernel();
    const { messages } = await kernel.lintText(text, { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "garbled-text", rule }] });
    return messages.map((m) => text.slice(m.range[0], m.range[1]));
  };
  it("takes the people a news text names by role or in its credit for names, not nonsense words", async () => {
    // (钟雅 of 青年钟雅琪 read as a nonsense word before; so did 王毅 of 外交部长王毅.)
    const credit = "\n新华社韶关6月22日电（记者罗婉清、邵子航）在深圳工作的青年钟雅琪和同事们筹集了一批物资。\n";
    const found = [...(await flagged(news("disaster-relief", "economy-data") + credit)), ...(await flagged(news("commentary", "state-visit")))];
    // A news text the model reads almost as well as law text (mean junction between law's bar and news's):
    // its credit's names are names too (李书航 was read as nonsense there, session 32).
    found.push(...(await flagged(news("uruguay-foreign-ministers"))));
    for (const name of ["罗婉清", "邵子航", "钟雅琪", "王毅", "李书航"]) expect(found.filter((piece) => name.includes(piece) || piece.includes(name))).toEqual([]);
  });
});

describe("garbled-text and the lexicon's long words", () => {
  it("leaves a piece of a word of four characters or more that the lexicon knows, as written (常来常往 read as 往常 swapped before)", async () => {
    const text = readFileSync(join(PACKAGE_ROOT, "test", "fixtures", "news-register", "taiwan-affairs-briefing.txt"), "utf8");
    expect(text).toContain("常来常往");
    const kernel = new TextlintKernel();
    const { messages } = await kernel.lintText(text, { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "garbled-text", rule }] });
    const at = text.indexOf("常来常往");
    expect(messages.filter((m) => m.range[0] < at + 4 && at < m.range[1])).toEqual([]);
  });
});

describe("isUnfamiliarRegister", () => {
  it("reads the sample's diplomatic statements as the news register and a regulation as law text", () => {
    // The sample's mean junction is 4.45 nats with the model of session 32: the bar (4.4) was moved
    // below it when the model learnt more news, so that diplomatic prose keeps the news register's routes.
    const mean = (text: string) => documentJunctionMean(scoredRunsOf(text, getCharModel()));
    expect(isUnfamiliarRegister(mean(readFileSync(SAMPLE, "utf8")))).toBe(true);
    expect(isUnfamiliarRegister(mean(REGULATION))).toBe(false);
  });
});

describe("writtenByTrainingText", () => {
  const text = "供水单位应当定期检侧出厂水水质，并向社会公开检测报告。";
  const model = getCharModel();
  const runs = scoredRunsOf(text, model);
  const [garble] = findGarbles(runs, text, model, DEFAULT_GARBLE_OPTIONS, 3.5);
  it("takes a place the training text writes in every string of four around it for a term it knows", () => {
    expect(garble?.text).toBe("检侧");
    expect(writtenByTrainingText(attestedTableOf("应当定期检侧出厂水水质"), runs, text, garble!)).toBe(true);
  });
  it("needs every string: one the training text never wrote leaves the place a slip", () => {
    expect(writtenByTrainingText(attestedTableOf("应当定期检测出厂水水质"), runs, text, garble!)).toBe(false);
    expect(writtenByTrainingText(attestedTableOf("应当定期检侧出厂"), runs, text, garble!)).toBe(false);
  });
});
