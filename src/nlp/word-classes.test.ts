import { describe, expect, it } from "vitest";
import { besideNameDot, formsCompound, inListOfPlaces, isFunctionChar, isMeasureChar, isNamedPlace, isPersonName, isProductiveFrame, lengthensAdjective, lengthensShortForm, namesTwoPlaces, readsNameAsAnother, slashJoinsTwoNames } from "./word-classes.js";

/** isNamedPlace on the first occurrence of `name` in `text`. */
const named = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isNamedPlace(text, start, start + name.length);
};

describe("isNamedPlace", () => {
  it("reads a piece followed by a generic term of place names as a name", () => {
    expect(named("加强对鹭汀河、护城河的治理", "鹭汀")).toBe(true);
    expect(named("保护邝埠故居等建筑", "邝埠")).toBe(true);
    expect(named("沥溪小学旧址", "沥溪")).toBe(true);
  });
  it("reads a piece of three characters ending with a generic term as a name", () => {
    expect(named("鹭汀河、护城河", "鹭汀河")).toBe(true);
    expect(named("鹭汀河、护城河", "汀河")).toBe(false);
  });
  it("does not take the start of a common word for a generic term (桥梁, 山区)", () => {
    expect(named("新建或者改建崩萝桥梁", "崩萝")).toBe(false);
    expect(named("开展驼翁山区调查", "驼翁")).toBe(false);
    expect(named("开展驼翁检测", "驼翁")).toBe(false);
  });
});

describe("inListOfPlaces", () => {
  const listed = (text: string, piece: string) => {
    const start = text.indexOf(piece);
    return inListOfPlaces(text, start, start + piece.length);
  };
  it("reads an item ending with the generic term its neighbour across a 、 ends with as a place (流浩河 after 落药河)", () => {
    expect(listed("包括沙溪河、落药河、流浩河、南胶莱河及其支流", "流浩")).toBe(true);
    expect(listed("重点保护下列古桥：拱宸桥、广济桥、凤鸣桥。", "拱宸桥")).toBe(true);
  });
  it("needs a neighbour of the same kind, and a whole item that is short", () => {
    expect(listed("包括沙溪河、落药湖及其支流", "落药湖")).toBe(false);
    expect(listed("流浩河", "流浩")).toBe(false);
    expect(listed("沿线各级人民政府应当加强对沙溪河、落药河的管理", "沙溪河")).toBe(false);
  });
});

describe("isMeasureChar", () => {
  it("knows measure words and the nouns that count like them (个, 层, 件, 项)", () => {
    for (const c of "个层件项") expect(isMeasureChar(c), c).toBe(true);
    for (const c of "的政土") expect(isMeasureChar(c), c).toBe(false);
  });
});

describe("isFunctionChar", () => {
  it("knows grammar characters that stand alone (的, 和, 在, 各, 最)", () => {
    for (const c of "的和在各最") expect(isFunctionChar(c), c).toBe(true);
  });
  it("keeps numerals and measure words, which stand alone before nouns (十, 级)", () => {
    for (const c of "十千级") expect(isFunctionChar(c), c).toBe(true);
  });
  it("takes grammar-tagged characters the dictionary counts mostly inside words for bound morphemes (务, 况, 根, 然)", () => {
    for (const c of "务况根然特") expect(isFunctionChar(c), c).toBe(false);
  });
  it("takes content characters for no grammar (土, 政)", () => {
    for (const c of "土政") expect(isFunctionChar(c), c).toBe(false);
  });
});

describe("lengthensShortForm", () => {
  it("knows a grammar word's short form made long on either side (应 + 当, 根 + 据)", () => {
    expect(lengthensShortForm("应", "当", "及")).toBe(true);
    expect(lengthensShortForm("可", "根", "据")).toBe(true);
    expect(lengthensShortForm("承", "或", "者")).toBe(false);
  });
  it("leaves a remnant that is no short form of the word it joins (负 of 负责, 当 of 应当)", () => {
    expect(lengthensShortForm("负", "责", "的")).toBe(false);
    expect(lengthensShortForm("中", "应", "当")).toBe(false);
  });
  it("knows a one-character verb that stands alone far more often than the verb it makes (送 + 交, 接 + 到), not one rarer alone (申 + 请)", () => {
    expect(lengthensShortForm("送", "交", "犬")).toBe(true);
    expect(lengthensShortForm("接", "到", "通")).toBe(true);
    expect(lengthensShortForm("申", "请", "许")).toBe(false);
    // The added character joins the word after it, not the verb (投放生活垃圾).
    expect(lengthensShortForm("放", "生", "活")).toBe(false);
  });
  it("knows 未 as the short form of 未经 (未批准 and 未经批准 are both prose)", () => {
    expect(lengthensShortForm("未", "经", "批")).toBe(true);
  });
});

describe("lengthensAdjective", () => {
  it("knows a one-character adjective made long in front, far rarer than it (大 → 重大)", () => {
    expect(lengthensAdjective("的", "重", "大")).toBe(true);
  });
  it("leaves an adjective whose long form is no adjective or not far rarer, and an added character that joins the word before", () => {
    // 环境: 境 is no adjective; 简约 is tagged an adverb.
    expect(lengthensAdjective("配", "环", "境")).toBe(false);
    expect(lengthensAdjective("导", "简", "约")).toBe(false);
    // 重 joins 注 before it (注重).
    expect(lengthensAdjective("注", "重", "大")).toBe(false);
  });
});

describe("formsCompound", () => {
  it("reads two characters that often begin and end two-character words as a compound (网带, 入读)", () => {
    expect(formsCompound("网", "带")).toBe(true);
    expect(formsCompound("入", "读")).toBe(true);
  });
  it("does not read random characters so (杏蚊, 驼翁)", () => {
    expect(formsCompound("杏", "蚊")).toBe(false);
    expect(formsCompound("驼", "翁")).toBe(false);
  });
});

describe("besideNameDot", () => {
  const at = (text: string, piece: string) => besideNameDot(text, text.indexOf(piece), text.indexOf(piece) + piece.length);
  it("reads the ideographs next to a foreign name's middle dot as the name's (奥卢塞贡·阿德巴约)", () => {
    expect(at("尼日利亚外交部长奥卢塞贡·阿德巴约在接受采访时说", "塞贡")).toBe(true);
    expect(at("尼日利亚外交部长奥卢塞贡·阿德巴约在接受采访时说", "德巴")).toBe(true);
  });
  it("not what lies farther from the dot, or beyond other marks", () => {
    expect(at("尼日利亚外交部长奥卢塞贡·阿德巴约在接受采访时说", "外交")).toBe(false);
    expect(at("记者采访了阿德巴约·奥卢塞贡，外长表示满意", "外长")).toBe(false);
  });
});

describe("slashJoinsTwoNames", () => {
  const at = (text: string) => slashJoinsTwoNames(text, text.indexOf("/"));
  it("reads a slash between two people's names as a pair (周立恒/孙雨桐), not one between two terms", () => {
    expect(at("中国组合周立恒/孙雨桐迎战日本组合")).toBe(true);
    expect(at("中国组合韩嘉/徐晨阳出场")).toBe(true);
    expect(at("双方将推动签订合作框架协议/备忘录")).toBe(false);
    expect(at("对外空物体使用或威胁使用武力条约/政治承诺")).toBe(false);
  });
});

describe("isProductiveFrame", () => {
  it("knows frames of many three-character words (含?量, 可?性), not a word's own outer characters (委?会)", () => {
    expect(isProductiveFrame("含", "量")).toBe(true);
    expect(isProductiveFrame("可", "性")).toBe(true);
    expect(isProductiveFrame("委", "会")).toBe(false);
  });
});

describe("namesTwoPlaces", () => {
  it("reads two places' one-character abbreviations in either order (中葡, 葡中, 京津), not a common word swapped", () => {
    expect(namesTwoPlaces("中", "葡")).toBe(true);
    expect(namesTwoPlaces("葡", "中")).toBe(true);
    expect(namesTwoPlaces("京", "津")).toBe(true);
    // (The lexicon tags 央 a place as well: 央中 is 中央 swapped.)
    expect(namesTwoPlaces("央", "中")).toBe(false);
    expect(namesTwoPlaces("中", "中")).toBe(false);
  });
});

describe("isPersonName", () => {
  // Our own sentences; the span asked about is marked by its text.
  const inName = (text: string, piece: string) => isPersonName(text, text.indexOf(piece), text.indexOf(piece) + piece.length);
  it("takes a surname and a given name introduced by a role, or listed between marks in a credit, for a name", () => {
    expect(inName("新华社广州6月21日电（记者林晓彤、陈立新）", "晓彤")).toBe(true);
    expect(inName("新华社广州6月21日电（记者林晓彤、陈立新）", "立新")).toBe(true);
    expect(inName("新华社长沙电（记者 谭思雨 周航）", "谭思")).toBe(true);
    expect(inName("在深圳工作的青年刘嘉怡和同事们筹集了物资。", "刘嘉")).toBe(true);
    expect(inName("“今年收成不错。”王秀英说。", "秀英")).toBe(true);
    expect(inName("中国队在二传孙晓彤的组织下打出一波6:0。", "晓彤")).toBe(true);
  });
  it("takes no place of prose for a name, though it starts with a surname's character", () => {
    // 白 and 向 are surnames; 白治区 stands in a list of places, 向城诗 after a comma.
    expect(inName("省、白治区、直辖市人民政府负责组织实施。", "白")).toBe(false);
    expect(inName("竣工验收后六个月内，向城诗、县城乡规划主管部门报送。", "城诗")).toBe(false);
    expect(inName("黄河干流水质持续向好。", "干流")).toBe(false);
  });
});

describe("readsNameAsAnother", () => {
  it("takes a three-character name read as another name of the same surname for no evidence (孙晓彤 → 孙晓群)", () => {
    expect(readsNameAsAnother("孙晓彤", "孙晓群")).toBe(true);
  });
  it("takes no other reading for a name, though the lexicon tags it nr (文明, 高明)", () => {
    expect(readsNameAsAnother("吻明", "文明")).toBe(false);
    expect(readsNameAsAnother("申情人", "申请人")).toBe(false);
  });
});
