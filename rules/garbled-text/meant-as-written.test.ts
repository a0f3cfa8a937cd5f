import { describe, expect, it } from "vitest";
import { getCharModel } from "../../src/nlp/char-model.js";
import { lintText } from "../../src/index.js";
import type { Garble } from "./detect.js";
import { isMeantAsWritten } from "./meant-as-written.js";

// Our own sentences. A reading of `span` (its first occurrence in `text`) by one edit.
function garble(text: string, span: string, reading: string, edit: "change" | "remove" | "swap" | "add"): Garble {
  const start = text.indexOf(span);
  return { start, end: start + span.length, text: span, score: 20, gain: 20, reading: { text: reading, edit } };
}
const vetoed = (text: string, span: string, reading: string, edit: "change" | "remove" | "swap" | "add" = "change") =>
  isMeantAsWritten(text, garble(text, span, reading, edit), getCharModel());

describe("isMeantAsWritten", () => {
  it("vetoes a unit clean text writes after the numeral, changed into another that neither looks nor sounds alike", () => {
    expect(vetoed("依照民事诉讼法第四编的规定确定管辖。", "第四编", "第四条")).toBe(true);
  });
  it("keeps a unit slip that looks or sounds like the right one, or one clean text never writes there", () => {
    expect(vetoed("处一千元以上一万原以下罚款。", "一万原", "一万元")).toBe(false); // sound-alike, 万原 unseen
    expect(vetoed("自收到申请之日起二十曰内作出决定。", "二十曰", "二十日")).toBe(false); // look-alike
    expect(vetoed("关于修改等十五郡法律的决定。", "十五郡", "十五部")).toBe(false); // 五郡 unseen
  });
  it("reads a lone numeral as part of a word, not a number (统一领导 garbled to 统一席导)", () => {
    expect(vetoed("市人民政府统一席导本市行政区域内的工作。", "席导", "领导")).toBe(false);
  });
  it("vetoes a number lengthened at a run's end (三十人 is a whole quantity) but not before its unit", () => {
    expect(vetoed("村民代表人数不少于三十人。", "三十人", "三十八")).toBe(true);
    expect(vetoed("本法第二十人条规定的期限届满。", "第二十人条", "第二十八条")).toBe(false);
  });
  it("vetoes a swap of two numerals that leaves another number, not one that mends a number", () => {
    expect(vetoed("年满八十周岁的老年人享受补贴。", "八十周岁", "十八周岁", "swap")).toBe(true);
    expect(vetoed("第百一零一条　本法自公布之日起施行。", "第百一", "第一百", "swap")).toBe(false);
  });
  it("vetoes a conjunction changed into another", () => {
    expect(vetoed("应当使用国家或本省统一制定的合同示范文本。", "国家或本省", "国家和本省")).toBe(true);
  });
  it("vetoes removing the repeated character of a parallel construction (AxAy, xAyA)", () => {
    expect(vetoed("对偷排偷放污水的单位依法处罚。", "排偷放", "排放", "remove")).toBe(true);
    expect(vetoed("提高公民遵法守法意识。", "遵法守", "遵守", "remove")).toBe(true);
  });
  it("vetoes changing the repeated character of a parallel construction (宜荒则荒), not a swap, which makes such a pattern by itself (全球全安)", () => {
    expect(vetoed("坚持宜草则草、宜湿则湿、宜荒则荒，因地制宜推进生态修复。", "宜荒", "宜黄")).toBe(true);
    expect(vetoed("推动落实全球发展倡议、全球全安倡议。", "全安", "安全", "swap")).toBe(false);
  });
  it("keeps a removal beside the repeat or where nothing varies (土跑地, 或者或者)", () => {
    expect(vetoed("不得改变土跑地用途。", "土跑地", "土地", "remove")).toBe(false);
    expect(vetoed("对偷排偷放污水的单位依法处罚。", "偷放污", "偷污", "remove")).toBe(false);
  });
  it("vetoes an edit of a list item where the item shares the edited character's place with its neighbour (抢大险 beside 抗大旱)", () => {
    expect(vetoed("立足于防大汛、抗大旱、抢大险、救大灾，压实防汛责任。", "抢大险", "大抢险", "swap")).toBe(true);
    expect(vetoed("坚持稳就业、保民生、防风险，推动高质量发展。", "保民生", "保民声")).toBe(false);
  });
  it("vetoes lengthening or shortening a list item as long as its neighbour (扩内需 beside 保增长), not one already the odd one out", () => {
    expect(vetoed("今年以来，我们着力稳增长、扩内需、调结构，经济回升向好。", "扩内需", "扩大内需", "add")).toBe(true);
    expect(vetoed("今年以来，我们着力稳增长、扩内需、调结构，经济回升向好。", "调结构", "调构", "remove")).toBe(true);
    expect(vetoed("今年以来，我们着力稳增长、扩需、调结构，经济回升向好。", "扩需", "扩内需", "add")).toBe(false);
    // Clauses between commas are as long as each other by chance.
    expect(vetoed("根据有关法律、法规，结合本市实际，制失定本条例。", "制失定", "制定", "remove")).toBe(false);
  });
  it("vetoes removing a joining character between two words (言传与身教), not one inside a word or a foreign character", () => {
    expect(vetoed("坚持言传与身教相结合。", "言传与身教", "言传身教", "remove")).toBe(true);
    expect(vetoed("坚持理论和实践相统一。", "理论和实", "理论实", "remove")).toBe(true);
    expect(vetoed("着力提高技术和惯信息化水平。", "和惯信", "和信", "remove")).toBe(false);
    // 而 joins clauses, not words.
    expect(vetoed("保障教师和其他工作而人员的工资福利。", "工作而人员", "工作人员", "remove")).toBe(false);
    expect(vetoed("以歪曲宗教教义或按者其他方法煽动仇恨。", "或按者", "或者", "remove")).toBe(false);
  });
  it("vetoes removing a character the document writes elsewhere with the same two neighbours (热用户), not a double's copy", () => {
    const twice = "热费由供热企业向最终热用户收取。热用户应当按时缴纳热费。";
    expect(vetoed(twice, "最终热用户", "最终用户", "remove")).toBe(true);
    expect(vetoed("热费由供热企业向最终热用户收取。", "最终热用户", "最终用户", "remove")).toBe(false);
    // A character written twice is doubled-characters' to read (不动产产登记 in a text about 不动产登记).
    const doubled = "办理不动产产登记。不动产登记机构应当依法办理。";
    const copy = { ...garble(doubled, "产产", "产", "remove"), message: "doubled-character" as const };
    expect(isMeantAsWritten(doubled, copy, getCharModel())).toBe(false);
  });
  it("keeps a slip in the part of a list item that varies (建筑度密 beside 建筑高度)", () => {
    expect(vetoed("确定地块的用地性质、建筑度密、建筑高度、容积率。", "度密", "密度", "swap")).toBe(false);
  });
  it("leaves other changes alone, grammar characters included (不的 → 不得)", () => {
    expect(vetoed("广告不的含有恐怖、残酷等内容。", "不的含有", "不得含有")).toBe(false);
    expect(vetoed("违反国家忧关规定。", "国家忧关", "国家有关")).toBe(false);
  });
  it("lets garbled-text still report the slip before a unit", async () => {
    const result = await lintText("本法第二十人条规定的期限届满。", { path: "x.txt", ruleIds: ["garbled-text"] });
    expect(result.findings.map((f) => f.message)).toEqual([expect.stringContaining("第二十八条")]);
  });
});
