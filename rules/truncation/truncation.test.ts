import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { describe, expect, it } from "vitest";
import { numberingSites } from "../../src/eval/numbering-injectors.js";
import { Rng } from "../../src/eval/random.js";
import { plugin } from "../../src/plugin.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import paragraphSplit from "../paragraph-split/index.js";
import rule from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const kernel = new TextlintKernel();
const lint = async (text: string, ext = ".txt") =>
  (await kernel.lintText(text, { ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "truncation", rule }] })).messages;
type Data = { jiaodui: { severity: string; related: { message: string; range: [number, number] }[] } };
const data = (m: TextlintMessage) => (m.data as Data).jiaodui;

// ---------------------------------------------------------------------------
// Tables of our own sentences. No safe fix: invalid cases keep their text.

const valid: (string | { text: string; ext?: string })[] = [
  // A running header cut short (国务院关于规范中介机构为, after a page number and a form feed on every page) is page furniture, not a truncated paragraph.
  [1, 2, 3].map((n) => `第${"一二三"[n - 1]}条　中介机构应当遵守法律、法规和规章，接受国务院证券监督管理机构的依法管理。\n\n- ${n} -\n\f国务院关于规范中介机构为`).join("\n\n") + "\n\n第四条　本规定自公布之日起施行。\n",
  "双方同意加强合作。\n\n双方将继续推进人文交流。",
  // Titles, headings, names, dates and labels end without a full stop.
  "关于进一步做好防汛工作的通知\n\n各区县人民政府：\n\n现将有关事项通知如下。\n\n滨江市人民政府办公厅\n\n2024年3月18日",
  // A communiqué and a decision in one file: the decision's title above its adoption note is complete.
  "全会号召全省各级党组织团结带领广大干部群众，为完成全年目标任务而努力奋斗。\n\n中共滨江省委关于加快县域经济发展、加大扶贫开发力度的决定\n\n（2008年11月20日中国共产党滨江省第九届委员会第六次全体会议通过）\n\n为加快县域经济发展，全会作出如下决定。",
  // Two signatories side by side: a row of names in columns.
  "双方将加强协调配合。\n\n中华人民共和国主席　　　　哈萨克斯坦共和国总统\n习近平　　　　　　　　　　卡西姆若马尔特·托卡耶夫\n\n2024年7月3日于阿斯塔纳",
  // An official document's attachment note lists titles.
  "请按要求报送材料。\n\n附件：1．报送材料清单\n2．联系人名单\n\n滨江市教育局\n\n2024年4月15日",
  { text: "# 某法\n\n## 第一章　总则\n\n第一条　为了规范管理，制定本法。\n\n## 第二章　管理\n\n第二条　本法自公布之日起施行。", ext: ".md" },
  "联系人：张三\n\n电话：0571-88886666",
  // A list of titles (laws, decisions) is not prose.
  "附：\n\n1．关于惩治偷税、抗税犯罪的补充规定\n\n2．关于严禁卖淫嫖娼的决定",
  // A paragraph continued by the next one is a paragraph split, not this rule's.
  "双方高度重视维护两国海外人员安全，不断拓\n\n展海外公民安全保护合作。",
  // The sentence ends before the table and before the signature.
  { text: "现将分工列表如下：\n\n| 事项 | 单位 |\n|---|---|\n| 统筹 | 发展改革委 |", ext: ".md" },
  "特此通知。\n\n滨江市人民政府\n\n2024年3月18日",
  "——以两国元首共识为引领\n\n——秉持互利原则",
  // A law's closing clause is complete without its full stop: the date it takes effect, what it repeals.
  { text: "# 某条例\n\n第一条　为了规范管理，制定本条例。\n\n第二条　本条例自2019年1月1日起施行\n\n# 某办法\n\n第一条　为了规范管理，制定本办法。", ext: ".md" },
  "第一条　为了规范管理，制定本办法。\n\n第二条　本办法自发布之日起施行，原办法同时废止",
  // An article that only names its subject before its numbered items.
  "第十七条　本规定适用于铁路运输。\n\n第十八条　承运人的责任\n\n一、由于下列原因造成损失的，承运人不负赔偿责任。\n\n二、其他情形。",
  // A formula is complete without a full stop.
  "第八条　关税从价计征。计算公式为：应纳税额＝完税价格×关税税率\n\n第九条　关税从量计征。计算公式为：应纳税额＝货物数量×单位税额",
];

const invalid: { text: string; ext?: string; message: RegExp }[] = [
  { text: "双方同意加强合作。\n\n在确保安全基础上稳步扩", message: /稳步扩），其后是文件末尾/u },
  { text: "# 甲\n\n双方将在能源、交通等领域深化合作，推动\n\n# 乙\n\n双方同意加强合作。", ext: ".md", message: /推动），其后是下一篇文档/u },
  { text: "# 通知\n\n各单位要认真落实，加强协调，确保各项\n\n## 二、工作要求\n\n各单位要及时报告。", ext: ".md", message: /其后是标题/u },
  { text: "各单位要认真落实本通知，加强协调配合，并于年底前\n\n滨江市人民政府\n\n2024年3月18日", message: /其后是落款/u },
  { text: "分工如下，各单位要认真落实，确保按期\n\n| 事项 | 单位 |\n|---|---|\n| 统筹 | 发展改革委 |", ext: ".md", message: /其后是表格/u },
  { text: "第一条　为了规范管理，制定本法。\n\n第二条　本法自2000年7月1", message: /7月1），其后是文件末尾/u },
  { text: "第一条　为了规范管理，制定本法。\n\n第二条　本法自2000年7月1日起施", message: /起施），其后是文件末尾/u },
  { text: "一、双方将加强协调，精准施策，推动\n\n二、双方将深化人文交流。", message: /其后是下一编号段落/u },
  // An article cut mid-sentence before items, or before the next article, is cut short.
  { text: "第十七条　本规定适用于铁路运输。\n\n第十八条　承运人对旅客的人身伤害应当\n\n一、由于下列原因造成损失的，承运人不负赔偿责任。", message: /伤害应当），其后是下一编号段落/u },
  { text: "第十七条　本规定适用于铁路运输。\n\n第十八条　承运人的责任\n\n第十九条　托运人应当如实申报。", message: /人的责任），其后是下一编号段落/u },
  // A web page's metadata and buttons after the text are furniture: the text still ends at the file's end.
  { text: "各地区要加强组织领导，明确责任分工。\n\n有关部门要加强督促检查，及时研究解决工作中遇到\n\n责任编辑：张三\n\n【打印】【关闭】", message: /遇到），其后是文件末尾/u },
  // A formula cut at its operator is not complete.
  { text: "第八条　计算公式为：应纳税额＝完税价格×\n\n第九条　关税从量计征。", message: /其后是下一编号段落/u },
];

testRule("truncation", rule, {
  valid: valid.map((c) => (typeof c === "string" ? { text: c } : c)) as never[],
  invalid: invalid.map((c) => ({ text: c.text, ext: c.ext ?? ".txt", errors: [{}] })) as unknown as InvalidCase[],
});

describe("invalid cases say where the text stops", () => {
  it.each(invalid)("%#", async (c) => {
    const messages = await lint(c.text, c.ext);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(c.message);
    expect(messages[0]!.fix).toBeUndefined();
  });

  it("names a continuation displaced into a signature table", async () => {
    const text =
      "# 声明\n\n双方同意加强合作。在确保安全基础上稳步扩\n\n|  |  |\n|--|--|\n| 中华人民共和国主席<br>习近平 | 俄罗斯联邦总统<br>弗·弗·普京 |\n| 二〇二三年三月二十一日于莫斯科 |  |\n| 大农产品相互准入，拓展农业领域投资合作。 |  |\n";
    const messages = await lint(text, ".md");
    expect(messages).toHaveLength(1);
    expect(messages[0]!.message).toMatch(/续文可能是第9行的“大农产品相互准入…”（接成“扩大”）/u);
    const [related] = data(messages[0]!).related;
    expect(text.slice(related!.range[0], related!.range[1])).toBe("大农产品相互准入，拓展农业领域投资合作。");
  });

  it("leaves the last paragraph of a file to truncation, not to paragraph-split", async () => {
    const text = "双方同意加强合作。\n\n在确保安全基础上稳步扩";
    const both = await kernel.lintText(text, {
      ext: ".txt",
      plugins: [{ pluginId: "jiaodui", plugin }],
      rules: [
        { ruleId: "truncation", rule },
        { ruleId: "paragraph-split", rule: paragraphSplit },
      ],
    });
    expect(both.messages.map((m) => m.ruleId)).toEqual(["truncation"]);
  });
});

// ---------------------------------------------------------------------------
// The bundled sample: the end of document 2 (…稳步扩) and its continuation in the table.

describe("bundled sample", () => {
  const text = readFileSync(join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt"), "utf8");
  it("reports only the truncated end of document 2, with the table row that continues it", async () => {
    const messages = await lint(text);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(text.slice(m!.range[1] - 3, m!.range[1])).toBe("稳步扩");
    expect(m!.range[1]).toBe(text.trimEnd().length);
    expect(m!.message).toContain("扩大");
    expect(data(m!).severity).toBe("error");
    const [related] = data(m!).related;
    expect(text.slice(related!.range[0], related!.range[1])).toBe("大农产品相互准入，拓展农业领域投资合作。");
  });
});

// ---------------------------------------------------------------------------
// Corpus: the tuning half is clean; a document cut mid-sentence is found.

const corpusDir = join(here, "..", "..", "..", "shared", "corpus", "dev");
const evenFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /^dev_\d*[02468]_.*\.md$/u.test(f)) : [];

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("finds no truncation in clean %s", async (file) => {
    const messages = await lint(readFileSync(join(corpusDir, file), "utf8"), ".md");
    expect(messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it("finds documents whose last paragraph was cut mid-sentence", async () => {
    const rng = new Rng(20240322);
    let cut = 0;
    let found = 0;
    for (const file of evenFiles) {
      const text = readFileSync(join(corpusDir, file), "utf8");
      for (const site of numberingSites("truncation", text, rng)) {
        const edit = site.make()!;
        const damaged = text.slice(0, edit.start) + text.slice(edit.end);
        cut++;
        if ((await lint(damaged, ".md")).some((m) => m.range[1] === edit.start)) found++;
      }
    }
    expect(cut).toBeGreaterThan(30);
    expect(found / cut).toBeGreaterThanOrEqual(0.85);
  });
});
