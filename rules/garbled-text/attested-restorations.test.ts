import { describe, expect, it } from "vitest";
import { attestedTableOf as tableOf } from "../../test/support/attested.js";
import { getAttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { ATTESTED_MIN_GAIN, CACHED_ADD_GAIN, findAttestedRestorations, OUTSIDE_LAW_SEARCH, type AttestedSearch } from "./attested-restorations.js";
import { scoredRunsOf } from "../../test/support/scored-runs.js";

const model = getCharModel();
const committed = getAttestedNgrams()!;

const find = (text: string, table = committed, search?: AttestedSearch) => findAttestedRestorations(scoredRunsOf(text, model), text, model, table, search);
const readings = (text: string, table = committed, search?: AttestedSearch) => find(text, table, search).map((g) => `${g.text}→${g.reading!.text} ${g.reading!.edit}`);

describe("findAttestedRestorations", () => {
  it("restores a dropped character where the strings of four around the gap are unknown and the reading's are known", () => {
    expect(readings("生态环境主部门实施统一监督管理。")).toEqual(["主部门→主管部门 add"]);
    expect(readings("供水单位应当建立健安全管理制度。")).toEqual(["建立健→建立健全 add"]);
  });
  it("restores a dropped character at a smaller gain where the document writes the word with a neighbour twice elsewhere", () => {
    // Adding 有 gains 8.3 nats: short of the additions' bar, above the cached one.
    expect(CACHED_ADD_GAIN).toBeLessThan(8.3);
    expect(ATTESTED_MIN_GAIN.add).toBeGreaterThan(8.3);
    const slip = "本级人民政府及其关部门应当予以配合。";
    expect(readings(slip)).toEqual([]);
    // 其有关 and 有关部 elsewhere: the document's own term, written short once.
    expect(readings("县级以上人民政府及其有关部门应当加强监督。有关部门应当依法处理。" + slip)).toEqual(["关→有关 add"]);
    // Once elsewhere is not enough.
    expect(readings("县级以上人民政府有关部门应当加强监督。" + slip)).toEqual([]);
  });
  it("restores a dropped grammar character at the full bar (以上 written 以), but never an optional particle", () => {
    // 上 is a function character: adding it gains 15.3 nats, above the additions' bar.
    expect(readings("由县级以地方人民政府卫生健康主管部门责令改正。")).toEqual(["以→以上 add"]);
    // Adding 的 (交付之日的次月) would restore the strings of four too and gain 15.7 nats, but clean prose writes it either way.
    expect(readings("房屋交付之日次月起计收物业费。")).toEqual([]);
  });
  it("swaps two characters back", () => {
    expect(readings("供水单位应当建立健全安全理管制度。")).toEqual(["理管制度→管理制度 swap"]);
  });
  it("removes an inserted function character only where it splits a word, with a large gain (行业特则点 → 特点)", () => {
    expect(readings("供水单位应当根据行业特则点制定服务标准。")).toEqual(["特则点→特点 remove"]);
    // 还 and 该 are optional: their removal restores the strings of four and gains enough (20.0,
    // 21.8 nats), but mends no word. A character that is no function word is removed (冰).
    expect(readings("政府工作中还存在不少问题。", tableOf("政府工作中存在不少问题"))).toEqual([]);
    expect(readings("供水单位应当设置该障碍物。", tableOf("供水单位应当设置障碍物"))).toEqual([]);
    expect(readings("政府工作中冰存在不少问题。", tableOf("政府工作中存在不少问题"))).toEqual(["中冰存→中存 remove"]);
  });
  it("removes an inserted numeral or measure word like any other character: they are seldom optional", () => {
    // 类 (a measure word) and 斤 (a numeral's unit) are function characters, but no grammar a text may leave out.
    expect(readings("供水单位应当对其类直接负责的主管人员给予处分。")).toEqual(["其类直→其直 remove"]);
    expect(readings("供水单位应当在依照斤前款规定的期限内改正。")).toEqual(["照斤前→照前 remove"]);
  });
  it("removes a character at a large gain when only some of the strings across the joined characters are known", () => {
    // Of the strings of four across 装|冲 in 防止武装冲突的, the training text writes some, not all; the removal gains 24.4 nats.
    expect(committed.around("防止武装冲突的", 4, 4)).toBe("mixed");
    expect(readings("防止武装根冲突的发生。")).toEqual(["武装根冲突→武装冲突 remove"]);
  });
  it("leaves a word the lexicon knows alone (包修 next to 保修): a rare word's strings of four are unseen by right", () => {
    const table = tableOf("经营者应当承担保修责任");
    expect(readings("经营者应当承担包修责任。", table)).toEqual([]);
    // The same place with a character that makes no word: restored.
    expect(readings("经营者应当承担饱修责任。", table)).toEqual(["饱修→保修 change"]);
  });
  it("leaves clean sentences alone", () => {
    for (const text of [
      "生态环境主管部门对饮用水水源保护工作实施统一监督管理。",
      "供水单位应当建立健全安全管理制度，定期开展水质检测。",
      "任何单位和个人都有保护饮用水水源的义务，并有权对污染饮用水水源的行为进行检举和控告。",
    ]) expect(readings(text)).toEqual([]);
  });
  it("needs the edit's trigram gain too: a restoration the model finds little better is not reported", () => {
    // Every string of four of the reading known and none of the text's: only the gain (12.4 nats for 观 → 管) stands between.
    const clean = "供水单位应当建立健全安全管理制度";
    expect(readings("供水单位应当建立健全安全观理制度。", tableOf(clean))).toEqual([]);
    expect(ATTESTED_MIN_GAIN.change).toBeGreaterThan(12.4);
    expect(readings("供水单位应当建立健全岸全管理制度。", tableOf(clean))).toEqual(["岸全→安全 change"]);
  });
  it("needs 20 nats for a removal: an optional character of clean prose restores the strings too (每日早六时 → 每日六时, 19.5 nats)", () => {
    expect(readings("清扫作业每日早六时前结束。", tableOf("清扫作业每日六时前结束"))).toEqual([]);
    expect(readings("清扫作业每日早七时前结束。", tableOf("清扫作业每日七时前结束"))).toEqual(["日早七→日七 remove"]);
  });
  it("never changes a numeral into another (二年 and 三年 are both prose; 17 nats here)", () => {
    expect(readings("公司成立之日起未逾二年的，不得申请。", tableOf("公司成立之日起未逾三年的"))).toEqual([]);
  });
  it("leaves a place alone where a string of four around it is known", () => {
    // The same slip, with one of its strings in the table: not every string around the place is unseen.
    const clean = "生态环境主管部门实施统一监督管理";
    expect(readings("生态环境主部门实施统一监督管理。", tableOf(clean))).toEqual(["主部门→主管部门 add"]);
    expect(readings("生态环境主部门实施统一监督管理。", tableOf(clean, "境主部门"))).toEqual([]);
  });
});

describe("findAttestedRestorations outside law text's register (OUTSIDE_LAW_SEARCH)", () => {
  it("restores a dropped character at a smaller gain than in law text", () => {
    // Adding 体 gains 13.2 nats: short of law text's bar, above this one.
    expect(OUTSIDE_LAW_SEARCH.minGain!.add).toBeLessThan(13.2);
    expect(ATTESTED_MIN_GAIN.add).toBeGreaterThan(13.2);
    const slip = "双方同意进一步加强气候治理系建设。";
    expect(readings(slip)).toEqual([]);
    expect(readings(slip, committed, OUTSIDE_LAW_SEARCH)).toEqual(["系→体系 add"]);
  });
  it("removes nothing: such prose adds optional words freely", () => {
    const table = tableOf("供水单位应当根据行业特点制定服务标准");
    expect(readings("供水单位应当根据行业特则点制定服务标准。", table)).toEqual(["特则点→特点 remove"]);
    expect(readings("供水单位应当根据行业特则点制定服务标准。", table, OUTSIDE_LAW_SEARCH)).toEqual([]);
  });
  it("leaves a one-character adjective alone, which reports write by choice (大改革大发展)", () => {
    // The document writes 重大 with a neighbour twice, so the cached bar would restore 重 before 大.
    const text = "各地要统筹推进重大改革，确保重大改革落地见效。我们要以现代职业教育的大改革大发展，加快培养技能人才。";
    expect(readings(text)).toEqual(["大→重大 add"]);
    expect(readings(text, committed, OUTSIDE_LAW_SEARCH)).toEqual([]);
  });
});

