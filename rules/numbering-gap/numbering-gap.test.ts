import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { describe, expect, it } from "vitest";
import { formatChineseNumber, formatMarker, parseChineseNumber, parseMarker } from "../../src/doc/enumeration.js";
import { numberingSites } from "../../src/eval/numbering-injectors.js";
import { Rng } from "../../src/eval/random.js";
import { plugin } from "../../src/plugin.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const kernel = new TextlintKernel();
const lint = async (text: string, ext = ".txt") =>
  (await kernel.lintText(text, { ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "numbering-gap", rule }] })).messages;
const severity = (m: TextlintMessage) => (m.data as { jiaodui: { severity: string } }).jiaodui.severity;

describe("enumeration markers", () => {
  it.each([
    ["一", 1],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["九十九", 99],
    ["一百", 100],
    ["一百零五", 105],
    ["二百一十", 210],
    ["一千零四十", 1040],
    ["一〇五", 105],
  ])("reads %s as %d and writes it back", (text, value) => {
    expect(parseChineseNumber(text)).toBe(value);
    if (!text.includes("〇")) expect(formatChineseNumber(value)).toBe(text);
  });

  it.each([
    ["三、双方将加强协调", "cn-dun", 3],
    ["（十二）加强组织领导", "cn-paren", 12],
    ["(2) 资金保障", "digit-paren", 2],
    ["１．统筹协调", "digit-dot", 1],
    ["10、资金", "digit-dun", 10],
    ["③其他", "circled", 3],
    ["第一百零五条　本法自公布之日起施行。", "tiao", 105],
    ["第二章　总则", "zhang", 2],
    ["## 第三节　机构", "jie", 3],
    ["第１２条 本办法", "tiao", 12],
  ])("parses %s", (text, scheme, value) => {
    expect(parseMarker(text)).toMatchObject({ scheme, value });
  });

  it.each(["依照本法第十条的规定", "第十条规定的情形", "第五条第二款", "一、二级医院", "3.5亿元", "2023年3月", "一是加强协调"])("%s is no marker", (text) => {
    expect(parseMarker(text)).toBeNull();
  });

  it("spells missing markers like their neighbours", () => {
    expect(formatMarker(parseMarker("三、")!, 1)).toBe("一、");
    expect(formatMarker(parseMarker("（三）")!, 2)).toBe("（二）");
    expect(formatMarker(parseMarker("第十二条　")!, 11)).toBe("第十一条");
    expect(formatMarker(parseMarker("③")!, 2)).toBe("②");
  });
});

// ---------------------------------------------------------------------------
// Tables of our own sentences.

const valid: (string | { text: string; ext?: string })[] = [
  "关于做好防汛工作的通知\n\n各区县：\n\n一、加强组织领导。\n\n二、做好物资准备。\n\n三、及时报送信息。",
  // A web page's tag before the first article (the markup rule's finding) hides no marker.
  "<p>第一条　为了规范行政执法行为，制定本条例。</p>\n\n第二条　本条例适用于本市行政区域。",
  // The first item runs in after the lead-in's colon (附件：1．…), where no marker is read.
  "请按要求报送材料。\n\n附件：1．报送材料清单\n2．联系人名单\n\n滨江市教育局\n\n2024年4月15日",
  "第二十九条　申请登记应当提交下列文件：（一）登记申请书；\n\n（二）身份证明；\n\n（三）其他材料。",
  // Lists restart in each section.
  "一、总体要求\n\n（一）坚持稳中求进。\n\n（二）坚持系统观念。\n\n二、重点任务\n\n（一）扩大内需。\n\n（二）稳定就业。",
  // Law articles are numbered through the document, across chapters; items restart per article.
  "第一章　总则\n\n第一条　为了规范管理，制定本法。\n\n第二条　本法适用于下列活动：\n\n（一）建设；\n\n（二）运营。\n\n第二章　管理\n\n第三条　有下列情形之一的，依照本法第一条处理：\n\n（一）未经批准的；\n\n（二）逾期的。",
  // Cross-references and amendments quoting article numbers are not markers.
  "一、将第十条修改为：“国家鼓励合作。”\n\n二、删去第十二条。\n\n三、本决定自公布之日起施行。",
  "依照本法第十条的规定处理。\n\n第十五条规定的期限届满后，应当报告。",
  // An excerpt of a code starts at its own article number.
  { text: "# 中华人民共和国民法典·物权编\n\n## 第一章　一般规定\n\n第二百零五条　本编调整因物的归属和利用产生的民事关系。\n\n第二百零六条　国家坚持和完善社会主义基本经济制度。", ext: ".md" },
  // A list may number on across headings: the next section's list starts where the last one stopped.
  { text: "# 罪名一览\n\n## 第一节　危害公共安全罪\n\n1．放火罪\n\n2．决水罪\n\n## 第二节　破坏金融管理秩序罪\n\n3．伪造货币罪\n\n4．出售伪造的货币罪", ext: ".md" },
  // … also when each section's items were run into one paragraph: the last number stands inside it.
  { text: "# 罪名一览\n\n## 第一节　危害公共安全罪\n\n1．放火罪（第114条）2．决水罪（第115条）\n\n## 第二节　破坏金融管理秩序罪\n\n3．伪造货币罪（第170条）4．出售伪造的货币罪（第171条）", ext: ".md" },
  // Numbered headings above articles count on across the articles and their items.
  { text: "# 某某规定\n\n## 一、适用范围\n\n第一条　本规定适用于下列纠纷：\n\n（一）合同纠纷；\n\n（二）侵权纠纷。\n\n## 二、管辖\n\n第二条　甲，乙。\n\n## 三、附则\n\n第三条　本规定自公布之日起施行。", ext: ".md" },
  // Two lists in one article, the second restarting at one.
  "第五条　申请人应当提交下列材料：\n（一）申请书；\n（二）身份证明。\n有下列情形之一的，不予受理：\n（一）材料不全的；\n（二）超过期限的。",
  // 第X条之一 is inserted between articles.
  "第十条　甲。\n\n第十条之一　乙。\n\n第十一条　丙。",
  // Full-width digits, circled numbers, dotted items.
  "１．统筹协调。\n\n２．资金保障。\n\n３．督促检查。",
  "① 甲方负责。② 乙方配合。\n\n①统筹；\n②落实。",
  { text: "# 标题\n\n1. 加强协调\n2. 精准施策\n3. 督促落实", ext: ".md" },
];

const invalid: { text: string; ext?: string; errors: number; message?: RegExp }[] = [
  // The sample's pattern: numbering starts at 三、 after the opening paragraphs.
  { text: "# 联合声明\n\n双方同意加强合作，推动两国关系发展。\n\n双方将深化务实合作，扩大贸易规模。\n\n三、双方将加强协调，精准施策。\n\n四、双方将深化人文交流。", ext: ".md", errors: 1, message: /编号从“三、”开始，缺少“一、”“二、”/u },
  { text: "一、加强组织领导。\n\n二、做好物资准备。\n\n做好信息报送工作。\n\n四、强化督促检查。", errors: 1, message: /“二、”之后是“四、”，缺少“三、”/u },
  { text: "第一条　为了规范管理，制定本法。\n\n第二条　本法适用于各类活动。\n\n国家鼓励创新。\n\n第四条　本法自公布之日起施行。", errors: 1, message: /缺少“第三条”/u },
  { text: "一、总体要求\n\n（一）坚持稳中求进。\n\n坚持系统观念，统筹发展。\n\n（三）坚持底线思维。", errors: 1, message: /缺少“（二）”/u },
  // A section's list that neither restarts nor goes on from the last one: its first markers are lost.
  { text: "# 罪名一览\n\n## 第一节　危害公共安全罪\n\n1．放火罪\n\n2．决水罪\n\n## 第二节　破坏金融管理秩序罪\n\n伪造货币罪\n\n4．出售伪造的货币罪", ext: ".md", errors: 1, message: /编号从“4．”开始/u },
  // … the same when the last number of the section before is not 3． (13． holds 3．).
  { text: "# 罪名一览\n\n## 第一节　危害公共安全罪\n\n1．放火罪（第114条）13．决水罪（第115条）\n\n## 第二节　破坏金融管理秩序罪\n\n4．出售伪造的货币罪（第171条）", ext: ".md", errors: 1, message: /编号从“4．”开始/u },
  // … or when a number before the run-in ones is lost (2． nowhere).
  { text: "# 罪名一览\n\n## 第一节　危害公共安全罪\n\n1．放火罪（第114条）\n\n## 第二节　破坏金融管理秩序罪\n\n伪造货币罪（第170条）3．出售伪造的货币罪（第171条）\n\n4．持有假币罪（第172条）", ext: ".md", errors: 1, message: /编号从“4．”开始/u },
  // A list of numbers in a sentence (第二、三项) is no item run in.
  { text: "# 规定\n\n## 第一节　一般规定\n\n依照本法第二、三项的规定处理。\n\n## 第二节　处理\n\n四、依法处理。\n\n五、及时报告。", ext: ".md", errors: 1, message: /编号从“四、”开始/u },
  // A repeat and an out-of-order marker are warnings.
  { text: "一、加强领导。\n\n二、做好准备。\n\n二、及时报送。\n\n三、督促检查。", errors: 1, message: /重复/u },
  { text: "一、加强领导。\n\n二、做好准备。\n\n四、及时报送。\n\n三、督促检查。", errors: 2 },
  // Chapters and sections.
  { text: "# 某法\n\n## 第一章　总则\n\n第一条　甲，乙。\n\n## 管理\n\n第二条　丙，丁。\n\n## 第三章　附则\n\n第三条　本法自公布之日起施行。", ext: ".md", errors: 1, message: /缺少“第二章”/u },
];

// A marker the count expects, run into the paragraph before it after a sentence's end: the break goes back.
testRule("numbering-gap", rule, {
  valid: [
    // An inline list after a block-level item, a cross-reference opening a sentence, and 二、 after a list's last item.
    "一、主要任务有三项：加强协调；二、做好准备；三、及时报送。\n\n依照本法规定。第十五条规定的期限届满后，应当报告。\n\n二、其他事项。三、附则另行规定。",
  ],
  invalid: [
    {
      text: "第一条　为了规范管理，制定本办法。\n\n第二条　本办法适用于全市。第三条　各部门应当加强协调。\n\n第四条　本办法自公布之日起施行。",
      output: "第一条　为了规范管理，制定本办法。\n\n第二条　本办法适用于全市。\n\n第三条　各部门应当加强协调。\n\n第四条　本办法自公布之日起施行。",
      errors: [{ message: "编号“第三条”紧接在上一段的句末：疑为提取时丢失了分段，应另起一段。", range: [32, 46] }],
    },
    // After the last chapter and article: a heading and an article run into the text.
    {
      text: "第一章　总则\n\n第一条　为了规范管理，制定本办法。第二章　管理\n\n第二条　各部门应当加强协调。第三条　本办法自公布之日起施行。",
      output: "第一章　总则\n\n第一条　为了规范管理，制定本办法。\n\n第二章　管理\n\n第二条　各部门应当加强协调。\n\n第三条　本办法自公布之日起施行。",
      errors: [{ range: [25, 31] }, { range: [47, 63] }],
    },
  ],
});

testRule("numbering-gap", rule, {
  valid: valid.map((c) => (typeof c === "string" ? { text: c } : c)) as never[],
  invalid: invalid.map((c) => ({ text: c.text, ext: c.ext ?? ".txt", errors: Array.from({ length: c.errors }, () => (c.message ? { message: undefined } : {})) })) as unknown as InvalidCase[],
});

describe("invalid cases say what is missing", () => {
  it.each(invalid.filter((c) => c.message))("%#", async (c) => {
    const messages = await lint(c.text, c.ext);
    expect(messages.some((m) => c.message!.test(m.message)), messages.map((m) => m.message).join("\n")).toBe(true);
  });
  it("a clear gap is an error, a repeat a warning", async () => {
    expect((await lint(invalid[1]!.text)).map(severity)).toEqual(["error"]);
    expect((await lint(invalid[4]!.text)).map(severity)).toEqual(["warning"]);
  });
  it("a document starting at a later number with nothing before it is a warning at most", async () => {
    const messages = await lint("# 某某通知（节选）\n\n三、加强协调。\n\n四、精准施策。", ".md");
    expect(messages.map(severity)).toEqual(["warning"]);
  });
  it("checks each document of a file on its own", async () => {
    const text = "# 甲\n\n一、加强领导。\n\n二、做好准备。\n\n# 乙\n\n一、及时报送。\n\n二、督促检查。";
    expect(await lint(text, ".md")).toHaveLength(0);
  });
  it("splits plain-text documents after a signature block", async () => {
    const text = "关于甲的通知\n\n一、加强领导。\n\n二、做好准备。\n\n滨江市人民政府\n\n2024年3月18日\n\n关于乙的通知\n\n一、及时报送。\n\n二、督促检查。";
    expect(await lint(text)).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------
// The bundled sample: the 一、二、 gap of the first statement, nothing else.

describe("bundled sample", () => {
  const text = readFileSync(join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt"), "utf8");
  it("reports that document 1 starts at 三、", async () => {
    const messages = await lint(text);
    expect(messages.map((m) => m.message)).toEqual([expect.stringMatching(/编号从“三、”开始，缺少“一、”“二、”/u)]);
    expect(severity(messages[0]!)).toBe("error");
    expect(text.slice(messages[0]!.range[0], messages[0]!.range[1])).toBe("三、");
  });
});

// ---------------------------------------------------------------------------
// Corpus: the tuning half (even-numbered files) is clean; a dropped marker is found.

const corpusDir = join(here, "..", "..", "..", "shared", "corpus", "dev");
const evenFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /^dev_\d*[02468]_.*\.md$/u.test(f)) : [];

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("finds no numbering gap in clean %s", async (file) => {
    const messages = await lint(readFileSync(join(corpusDir, file), "utf8"), ".md");
    expect(messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it("finds a dropped section marker at the marker after it", async () => {
    const rng = new Rng(20240318);
    let dropped = 0;
    let found = 0;
    for (const file of evenFiles) {
      const text = readFileSync(join(corpusDir, file), "utf8");
      const sites = numberingSites("numbering-gap", text, rng);
      for (const site of sites.length > 0 ? [rng.pick(sites), rng.pick(sites)] : []) {
        const edit = site.make()!;
        const damaged = text.slice(0, edit.start) + text.slice(edit.end);
        const next = [edit.start + edit.from, edit.start + edit.to];
        dropped++;
        if ((await lint(damaged, ".md")).some((m) => m.range[0] <= next[1]! && m.range[1] >= next[0]!)) found++;
      }
    }
    expect(dropped).toBeGreaterThan(30);
    expect(found / dropped).toBeGreaterThanOrEqual(0.95);
  });
});

describe("a garbled number between two that keep the count", () => {
  const category = (m: TextlintMessage) => (m.data as { jiaodui: { category: string } }).jiaodui.category;
  it.each([
    ["第十条　甲。\n\n第一条　乙。\n\n第十二条　丙。", "第一条", "第十一条"],
    ["第十四条　甲。\n\n第十条　乙。\n\n第十六条　丙。", "第十条", "第十五条"],
    ["第二十二条　甲。\n\n第二十条　乙。\n\n第二十四条　丙。", "第二十条", "第二十三条"],
    ["（一）甲；\n\n（二）乙；\n\n（八）丙；\n\n（四）丁。", "（八）", "（三）"],
    // A digit swapped past the marker's end is part of the slip.
    ["第三十五条　甲。\n\n第三十条六　乙。\n\n第三十七条　丙。", "第三十条六", "第三十六条"],
  ])("%s: a slip in the number, not a lost marker", async (text, actual, expected) => {
    const messages = await lint(text);
    expect(messages.map((m) => text.slice(m.range[0], m.range[1]))).toEqual([actual]);
    expect(messages[0]!.message).toContain(`疑为“${expected}”`);
    expect(category(messages[0]!)).toBe("garbled");
  });
  it.each([
    ["第九条　甲。\n\n第十壶条　乙。\n\n第十一条　丙。", "第十壶条", "第十条"],
    ["第九条　甲。\n\n弟十条　乙。\n\n第十一条　丙。", "弟十条", "第十条"],
    ["## 第一章　总则\n\n第一条　甲。\n\n## 第二早　管理\n\n第二条　乙。\n\n## 第三章　附则\n\n第三条　丙。", "第二早", "第二章"],
  ])("%s: a marker garbled past reading, where the count lost one", async (text, actual, expected) => {
    const messages = await lint(text, text.startsWith("#") ? ".md" : ".txt");
    expect(messages.map((m) => text.slice(m.range[0], m.range[1]))).toEqual([actual]);
    expect(messages[0]!.message).toContain(`疑为“${expected}”`);
    expect(category(messages[0]!)).toBe("garbled");
  });
  it("keeps a gap a gap where the paragraph only cites the missing article (第十条规定…)", async () => {
    const messages = await lint("第九条　甲。\n\n第十条规定的情形除外。\n\n第十一条　丙。");
    expect(messages.map(category)).toEqual(["numbering-gap"]);
  });
  it("leaves a marker equal to the next one to the count (a lost marker, then one written twice)", async () => {
    const messages = await lint("（九）甲；\n\n（十一）乙；\n\n（十一）丙；\n\n（十二）丁。");
    expect(messages.map(category)).not.toContain("garbled");
  });
  it("names a marker more than one slip away a gap, as before", async () => {
    const messages = await lint("第十七条　甲。\n\n第一十九条　乙。\n\n第十九条　丙。");
    expect(messages.map(category)).not.toContain("garbled");
  });
  it("offers the expected marker as a suggestion, not a fix", async () => {
    const text = "第十条　甲。\n\n第一条　乙。\n\n第十二条　丙。";
    const [message] = await lint(text);
    expect(message!.fix).toBeUndefined();
    expect((message!.data as { jiaodui: { suggestionIds: string[] } }).jiaodui.suggestionIds).toHaveLength(1);
  });
});

describe("duplicated paragraphs", () => {
  it("leaves a paragraph copied word for word to the duplicate rule", async () => {
    const text = "第一条　甲，乙。\n\n第二条　国家鼓励和支持先进科学技术在海上交通安全工作中的应用。\n\n第三条　戊，己。\n\n第二条　国家鼓励和支持先进科学技术在海上交通安全工作中的应用。\n\n第四条　庚，辛。";
    expect(await lint(text)).toHaveLength(0);
  });
  it("reports a stray marker once, and counts on from the one before", async () => {
    const text = "第一条　甲，乙。\n\n第二条　丙，丁。\n\n第三条　戊，己。\n\n第二条　壬，癸。\n\n第四条　庚，辛。";
    expect((await lint(text)).map((m) => m.message)).toEqual([expect.stringMatching(/“第二条”重复|顺序错乱/u)]);
  });
});

describe("a table of contents", () => {
  const contents = "## 第一章　总则\n\n## 第二章　规划管理\n\n## 第三章　建设管理\n\n## 第四章　附则\n\n";
  it("lets the body count anew after it", async () => {
    const body = "## 第一章　总则\n\n第一条　甲，乙。\n\n## 第二章　规划管理\n\n第二条　丙，丁。\n\n## 第三章　建设管理\n\n第三条　戊，己。\n\n## 第四章　附则\n\n第四条　庚，辛。";
    expect(await lint("# 某条例\n\n" + contents + body, ".md")).toHaveLength(0);
  });
  it("reports a body that opens at a later chapter once, not at every chapter after the contents", async () => {
    const body = "总则\n\n第一条　甲，乙。\n\n第二条　丙，丁。\n\n## 第三章　建设管理\n\n第三条　戊，己。\n\n## 第四章　附则\n\n第四条　庚，辛。";
    const messages = (await lint("# 某条例\n\n" + contents + body, ".md")).map((m) => m.message);
    expect(messages).toEqual([expect.stringMatching(/编号从“第三章”开始，缺少“第一章”“第二章”/u)]);
  });
  it("reads plain-text contents lines one under another", async () => {
    const text = "第一章　总则\n第二章　管理\n第三章　附则\n\n总则\n\n第一条　甲，乙。\n\n管理\n\n第二条　丙，丁。\n\n第三章　附则\n\n第三条　戊，己。";
    const messages = (await lint(text)).map((m) => m.message);
    expect(messages).toEqual([expect.stringMatching(/编号从“第三章”开始/u)]);
  });
  it("is no table of contents when text stands between the chapters", async () => {
    const text = "第一章　总则\n\n第一条　甲，乙。\n\n第二章　管理\n\n第二条　丙，丁。\n\n第三章　附则\n\n第三条　戊，己。\n\n第二章　管理\n\n第四条　庚，辛。";
    expect((await lint(text)).map((m) => m.message)).toEqual([expect.stringMatching(/顺序错乱|重复/u)]);
  });
});
