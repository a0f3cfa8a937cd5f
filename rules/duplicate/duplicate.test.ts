import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { describe, expect, it } from "vitest";
import { plugin } from "../../src/plugin.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const kernel = new TextlintKernel();
const options = (ext: string) => ({ ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "duplicate", rule }] });
const lint = async (text: string, ext = ".txt") => (await kernel.lintText(text, options(ext))).messages;
const fix = async (text: string, ext = ".txt") => (await kernel.fixText(text, options(ext))).output;
type Data = { messageId: string; severity: string; related: { message: string; range: [number, number] }[] };
const data = (m: TextlintMessage) => (m.data as { jiaodui: Data }).jiaodui;

// ---------------------------------------------------------------------------
// Our own sentences.

const p1 = "各区县要加强值班值守，落实防汛责任，确保安全度汛。";
const p2 = "各部门要及时报告险情，做好人员转移和物资储备工作。";
const p3 = "市应急管理局负责统筹协调，每日汇总上报有关情况。";
/** A paragraph of about 60 ideographs: under the 120 of law text, over the 50 of a text without articles. */
const p1short = `${p1}${p2.replace("各部门", "各单位")}各单位要认真贯彻落实。`;
const sigTable = "|  |  |\n|--|--|\n| 滨江市人民政府<br>市长 张明 | 江北市人民政府<br>市长 李华 |\n| 2024年3月18日于滨江<br>（滨江日报3月18日电） |  |";
const opening = "应江北市人民政府邀请，滨江市市长张明于2024年3月17日至18日访问江北市。两市领导举行会谈。";

const valid: { text: string; ext?: string }[] = [
  { text: `${p1}\n\n${p2}\n\n${p3}\n` },
  // A refrain, said three times.
  { text: "我爱你，中国！\n\n山川壮丽，物产丰饶。\n\n我爱你，中国！\n\n人民勤劳，历史悠久。\n\n我爱你，中国！\n" },
  // Repeated salutations and short labels.
  { text: `各位代表！\n\n${p1}\n\n各位代表！\n\n${p2}\n` },
  { text: "| 职务 | 姓名 |\n|---|---|\n| 中华人民共和国主席 | 习近平 |\n| 中华人民共和国主席 | 胡锦涛 |\n", ext: ".md" },
  // Legal boilerplate after different articles, and list items repeated in two articles.
  {
    text:
      "第十条　违反本法规定，非法占用耕地的，处五年以下有期徒刑。\n\n单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。\n\n第十一条　违反本法规定，非法采伐林木的，处三年以下有期徒刑。\n\n单位犯前款罪的，对单位判处罚金，并对其直接负责的主管人员和其他直接责任人员，依照前款的规定处罚。\n",
  },
  { text: "第五条　抵押合同一般包括下列条款：\n\n（一）被担保债权的种类和数额；\n\n（二）债务人履行债务的期限；\n\n第六条　质押合同一般包括下列条款：\n\n（一）被担保债权的种类和数额；\n\n（二）债务人履行债务的期限；\n" },
  // Law text repeats a clause of this length far apart by right: it numbers its articles.
  { text: `第一条　${p3}\n\n${p1short}\n\n第二条　${p2}\n\n${p1short}\n` },
  // The same section heading in two chapters, and in two documents.
  { text: "# 某某法\n\n## 第一章　总则\n\n### 第一节　一般规定\n\n第一条　为了规范管理，制定本法。\n\n## 第二章　登记\n\n### 第一节　一般规定\n\n第二条　登记机关应当依法登记。\n", ext: ".md" },
  // Parallel paragraphs a character apart, with numbers of their own (the article each refers to): no copies.
  { text: "违反本条例第十条规定的，由主管部门责令限期改正，处一万元以上五万元以下罚款。\n\n违反本条例第十一条规定的，由主管部门责令限期改正，处一万元以上五万元以下罚款。\n" },
  // Parallel paragraphs that differ in more than a few characters.
  { text: `${p1}${p2}\n\n${p1.replace("各区县", "各乡镇")}${p2.replace("各部门", "各单位")}\n` },
  // Characters written twice on purpose: reduplications (even two side by side), words that share a character.
  { text: "要清清楚楚明明白白地讲，扎扎实实兢兢业业地做，常务委员会会议议程。\n" },
  // Two documents in one file: each has its own opening sentence and its own signature block.
  { text: `# 关于深化合作的联合声明\n\n${opening}\n\n${p1}\n\n${sigTable}\n\n# 关于共建园区的联合声明\n\n${opening}\n\n${p2}\n\n${sigTable}\n` },
  // The same in plain text: no headings, each statement closes with its signature.
  {
    text: `关于深化合作的联合声明\n\n${opening}\n\n${p1}\n\n滨江市人民政府　　　　江北市人民政府\n\n2024年3月18日于滨江\n\n关于共建园区的联合声明\n\n${opening}\n\n${p2}\n\n滨江市人民政府　　　　江北市人民政府\n\n2024年3月18日于滨江\n`,
  },
];

const article = "第三条　各级人民政府应当将防汛工作纳入国民经济和社会发展规划，所需经费列入本级预算。";
const long = `${p1}${p2}${p3}${p1.replace("各区县", "各乡镇")}${p2.replace("各部门", "各单位")}${p3.replace("市应急管理局", "区应急管理局")}`;
const invalid: { text: string; ext?: string; output?: string; messageId: string; severity?: string }[] = [
  // A paragraph right after itself: safe fix deletes the copy.
  { text: `${p1}\n\n${p2}\n\n${p2}\n\n${p3}\n`, output: `${p1}\n\n${p2}\n\n${p3}\n`, messageId: "adjacent-copy" },
  { text: `${p1}\r\n\r\n${p1}\r\n`, output: `${p1}\r\n`, messageId: "adjacent-copy" },
  { text: `# 通知\n\n${p1}\n\n${p1}\n`, ext: ".md", output: `# 通知\n\n${p1}\n`, messageId: "adjacent-copy" },
  // Near-exact: half-width punctuation and a space — reported, suggestion only.
  { text: `${p1}\n\n${p1.replace(/，/gu, ", ").replace("。", ".")}\n`, messageId: "adjacent-copy" },
  // A copy damaged differently from its original (a character changed in one copy): reported, suggestion only.
  { text: `${p1}${p2}\n\n${p1}${p2.replace("物资", "物姿")}\n\n${p3}\n`, messageId: "adjacent-near-copy" },
  // A copy right after an original that a page break split in two.
  { text: `${p3}\n\n${p1}${p2.slice(0, 9)}\n\n${p2.slice(9)}\n\n${p1}${p2}\n`, messageId: "adjacent-near-copy" },
  // A run of two paragraphs repeated.
  { text: `${p1}\n\n${p2}\n\n${p1}\n\n${p2}\n\n${p3}\n`, output: `${p1}\n\n${p2}\n\n${p3}\n`, messageId: "adjacent-run" },
  // A table row repeated.
  { text: `| 项目 | 负责单位 |\n|---|---|\n| 统筹协调防汛物资储备 | 市应急管理局 |\n| 统筹协调防汛物资储备 | 市应急管理局 |\n`, ext: ".md", output: `| 项目 | 负责单位 |\n|---|---|\n| 统筹协调防汛物资储备 | 市应急管理局 |\n`, messageId: "adjacent-copy" },
  // A second copy of the signature block inside the same table, after stray rows.
  { text: `# 关于深化合作的联合声明\n\n${p1}\n\n${sigTable}\n| 共同打造先进制造业集群。 |  |\n${sigTable.split("\n").slice(2).join("\n")}\n`, messageId: "signature-copy" },
  // Plain text: the signature block twice in a row.
  { text: `${p1}\n\n滨江市人民政府\n\n2024年3月18日\n\n滨江市人民政府\n\n2024年3月18日\n`, output: `${p1}\n\n滨江市人民政府\n\n2024年3月18日\n`, messageId: "adjacent-run" },
  // Far apart: an article twice, a long paragraph twice.
  { text: `${article}\n\n${p1}\n\n${p2}\n\n${article}\n\n${p3}\n`, messageId: "repeated-article" },
  { text: `${long}\n\n${p1}\n\n${p3}\n\n${long}\n`, messageId: "repeated-paragraph", severity: "warning" },
  // In a text with no numbered articles (news, a statement) a shorter paragraph repeated far apart is a copy too.
  { text: `${p1}\n\n${p1short}\n\n${p2}\n\n${p3}\n\n${p1short}\n`, messageId: "repeated-paragraph", severity: "warning" },
];

const counted = await Promise.all(
  invalid.map(async (c) => {
    const errors = (await lint(c.text, c.ext)).map(() => ({}));
    return { text: c.text, ext: c.ext ?? ".txt", errors, ...(c.output !== undefined ? { output: c.output } : {}) } as unknown as InvalidCase;
  }),
);
testRule("duplicate", rule, { valid: valid as never[], invalid: counted });

// Fake bold: every character of a heading twice; the safe fix keeps one of each pair. A long line
// written twice in a row inside a block (overlapping text layers); short repeated lines are kept.
testRule("duplicate", rule, {
  valid: ["我爱你，中国！\n我爱你，中国！\n委员若干人\n委员若干人"],
  invalid: [
    {
      text: "各地区要加强组织领导，明确责任分工，\n各地区要加强组织领导，明确责任分工，\n确保各项任务落到实处。\n",
      output: "各地区要加强组织领导，明确责任分工，\n确保各项任务落到实处。\n",
      errors: [{ message: "重复的行（各地区要加强组织领导…）：紧接在相同的一行之后，疑为 PDF 文字层重叠导致提取两次，应删除此行。", range: [19, 37] }],
    },
    {
      text: `关关于于加加强强安安全全生生产产工工作作的的通通知知\n\n${p1}\n`,
      output: `关于加强安全生产工作的通知\n\n${p1}\n`,
      errors: [{ message: "“关关于于加加强强安安全全生生产产工工作作的的通通…”每个字都重复了一遍（PDF 仿粗体叠印，提取时读出两次），应为“关于加强安全生产工作的通知”。", range: [0, 26] }],
    },
  ],
});

describe("invalid cases", () => {
  it.each(invalid)("case %# reports one copy, the first occurrence related", async (c) => {
    const messages = await lint(c.text, c.ext);
    expect(messages).toHaveLength(1);
    const d = data(messages[0]!);
    expect(d.messageId).toBe(c.messageId);
    expect(d.severity).toBe(c.severity ?? "error");
    expect(d.related).toHaveLength(1);
    expect(d.related[0]!.range[1]).toBeLessThanOrEqual(messages[0]!.index);
    if (c.output === undefined) {
      expect(messages[0]!.fix).toBeUndefined();
      expect(await fix(c.text, c.ext)).toBe(c.text);
    }
  });
});

describe("a numbered paragraph pasted into another list", () => {
  const item = "（二）债务人履行债务的期限；";
  const list = `第五条　抵押合同一般包括下列条款：\n\n（一）被担保债权的种类和数额；\n\n${item}\n\n（三）抵押财产的名称、数量等情况；`;
  const single = (text: string) => {
    const at = text.indexOf(item);
    return [at, text.indexOf(item, at + 1)];
  };
  it("reports the copy that stands outside its list's count, after or before the original, with the other copy related", async () => {
    const after = `${list}\n\n第六条　抵押人应当妥善保管抵押财产。\n\n${item}\n\n第七条　抵押权人应当依法行使抵押权。\n`;
    const before = `第四条　抵押人应当妥善保管抵押财产。\n\n${item}\n\n${list}\n\n第六条　抵押权人应当依法行使抵押权。\n`;
    for (const [text, pasted, kept] of [[after, 1, 0], [before, 0, 1]] as const) {
      const messages = await lint(text);
      expect(messages).toHaveLength(1);
      const d = data(messages[0]!);
      expect(d.messageId).toBe("misplaced-item");
      const copies = single(text);
      expect(messages[0]!.range).toEqual([copies[pasted]!, copies[pasted]! + item.length]);
      expect(d.related.map((r) => r.range[0])).toEqual([copies[kept]]);
      expect(messages[0]!.fix).toBeUndefined();
    }
  });
  it("leaves alone an item two lists share, also where one list lost its first marker (the count's finding)", async () => {
    const shared = `${list}\n\n第六条　质押合同一般包括下列条款：\n\n（一）被担保债权的种类和数额；\n\n${item}\n`;
    expect(await lint(shared)).toEqual([]);
    expect(await lint(shared.replace("（一）被担保债权的种类和数额；", "被担保债权的种类和数额；"))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The bundled sample: document 2's signature block as a second copy in document 1's table.

describe("bundled sample", () => {
  const text = readFileSync(join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt"), "utf8");
  it("reports only the second signature block, with the first as related location", async () => {
    const messages = await lint(text);
    expect(messages).toHaveLength(1);
    const [m] = messages;
    expect(m!.line).toBe(213);
    expect(data(m!).messageId).toBe("signature-copy");
    expect(data(m!).severity).toBe("error");
    const related = data(m!).related[0]!.range;
    expect(text.slice(related[0], related[1])).toMatch(/^\| 中华人民共和国主席<br>习近平[\s\S]*新华社莫斯科3月21日电\)\s+\|\s+\|$/u);
    expect(text.split("\n").slice(206, 208).join("\n")).toBe(text.slice(related[0], related[1]));
    expect(m!.fix).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// Corpus-backed tests: the tuning half (even-numbered files) of ../shared/corpus/dev/.

const corpusDir = join(here, "..", "..", "..", "shared", "corpus", "dev");
const evenFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /^dev_\d*[02468]_.*\.md$/u.test(f)).sort() : [];
const read = (file: string) => readFileSync(join(corpusDir, file), "utf8");

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("finds nothing in clean %s (repeated legal boilerplate, tables)", async (file) => {
    expect((await lint(read(file), ".md")).map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it("finds a paragraph copied right after itself, and the fix restores the original", async () => {
    let cases = 0;
    for (const file of evenFiles) {
      const original = read(file);
      const paragraphs = [...original.matchAll(/(?<=\n\n)([^\n|#][^\n]{11,})(?=\n\n)/gu)];
      if (paragraphs.length === 0) continue;
      const target = paragraphs[Math.floor(paragraphs.length / 2)]!;
      const end = target.index + target[1]!.length;
      const damaged = `${original.slice(0, end)}\n\n${target[1]}${original.slice(end)}`;
      const messages = await lint(damaged, ".md");
      expect(messages.map((m) => m.index), file).toEqual([end + 2]);
      expect(await fix(damaged, ".md")).toBe(original);
      cases++;
    }
    expect(cases).toBeGreaterThan(20);
  });

  it("finds nothing when two clean documents are joined into one file", async () => {
    for (let i = 0; i + 1 < evenFiles.length; i += 2) {
      const file = `${read(evenFiles[i]!).trimEnd()}\n\n${read(evenFiles[i + 1]!)}`;
      expect((await lint(file, ".md")).map((m) => m.message)).toEqual([]);
    }
  });

});
