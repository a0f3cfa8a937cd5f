import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { describe, expect, it } from "vitest";
import { plugin } from "../../src/plugin.js";
import { displayWidth, isDocumentNumberLine } from "../../src/doc/paragraph-shape.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";
import { randomFloats as random } from "../../src/eval/random.js";
import { DEV_CORPUS, tuningHalf } from "../../test/support/paths.js";

const here = dirname(fileURLToPath(import.meta.url));
const fixtures = join(here, "fixtures");
const kernel = new TextlintKernel();
const options = (ext: string) => ({ ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "paragraph-split", rule }] });
const lint = async (text: string, ext = ".txt") => (await kernel.lintText(text, options(ext))).messages;
const fix = async (text: string, ext = ".txt") => (await kernel.fixText(text, options(ext))).output;
const category = (message: TextlintMessage) => (message.data as { jiaodui?: { category?: string } } | undefined)?.jiaodui?.category;
const squash = (text: string) => text.replace(/\s+/gu, "");

/** Hard-wrap `text` at `width` half-width cells, the way a PDF lays it out (no line starts with ，。 etc.). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const char of text) {
    if (displayWidth(line + char) > width && !/[，。、；：！？”）]/u.test(char)) {
      lines.push(line);
      line = "";
    }
    line += char;
  }
  return [...lines, line];
}

// ---------------------------------------------------------------------------
// Tables: our own sentences. Invalid cases give the text after the safe fix.

/** Pages of a regulation, each closing with its page number and the running header pdftotext keeps (three pages: a running header). */
const headerPages = (article: (n: number) => string, header: string, continuation: string) =>
  [1, 2, 3].map((n) => `${article(n)}\n\n第 ${n} 页 共 10 页\n${header}`).join("\n\n") + `\n\n${continuation}\n`;
const valid: (string | { text: string; ext?: string })[] = [
  // A plain text with one paragraph per line, not wrapped at a page width: its line breaks are meant.
  "第五条　每一选民在一次选举中只有一个投票权。\n第六条　各级人民代表大会代表的名额，由本级选举委员会依照本法确定。\n第七条　选举经费列入财政预算，由国库开支。\n",
  // A news headline with a score or a colon above its dateline: the story starts there.
  "中国女排3:1力克荷兰队 提前锁定十六强席位\n\n新华社曼谷8月28日电（记者 周文涛）中国女排以3:1战胜荷兰队。",
  "全国慢性病防治专项行动启动：健康生活从“减盐控重”做起\n\n本报讯（记者王晓雯）3月18日，专项行动在北京启动。",
  // A running header ends no sentence: the paragraph after it (所在地… reads like a continuation) is no split of it.
  headerPages((n) => `第${"一二三"[n - 1]}条　宗教团体应当遵守宪法、法律、法规和规章，接受人民政府宗教事务部门的依法管理。`, "重庆市宗教事务条例", "所在地区县（自治县）无宗教团体的，由全市性宗教团体向拟登记地区县（自治县）宗教事务部门提出申请。"),
  // Short lines of a few characters (a name list, verse) are no vertical text; nor are five one-character lines.
  "主任\n王刚\n李明\n张华\n赵强\n刘伟\n陈静",
  "甲\n乙\n丙\n丁\n戊",
  "双方同意加强合作。\n\n双方将继续推进人文交流。",
  { text: "# 关于加强合作的通知\n\n双方将继续推进人文交流。", ext: ".md" },
  // A lone section marker belongs to the orphan-marker rule.
  "三、\n\n双方将加强协调，精准施策。",
  // Titles, signatures and dates end without a full stop.
  "关于进一步做好防汛工作的通知\n\n各区县人民政府：\n\n现将有关事项通知如下。",
  "特此通知。\n\n滨江市人民政府办公厅\n\n2024年3月18日",
  "中华人民共和国主席\n\n习近平\n\n二〇二三年三月二十一日于莫斯科",
  "此致\n\n敬礼！",
  "1979年7月1日第五届全国人民代表大会第二次会议通过\n\n根据本法的规定，制定实施细则。",
  // An official document's title, however long, above its addressees; its attachment note above the signature.
  "滨江市人民政府办公厅文件\n\n滨江市人民政府办公厅关于做好2024年度防汛防台工作的通知\n\n各区、县（市）人民政府，市政府各部门：\n\n现将有关事项通知如下。",
  // The same with the title set over two centred lines, as pdftotext -layout writes it.
  "                        滨江市人民政府文件\n\n                       滨政发〔2024〕5号\n\n          滨江市人民政府关于印发滨江市优化营商环境三年行动\n                     计划（2024—2026年）的通知\n\n各区、县（市）人民政府，市政府各部门、各直属单位：\n    现将行动计划印发给你们，请认真组织实施。",
  "请按要求报送材料。\n\n附件：1．报送材料清单\n2．联系人名单\n\n滨江市教育局\n\n2024年4月15日",
  // A speech: the speaker's line above the salutation (各位代表： is no tail of a sentence), a numbered
  // heading above a paragraph that opens with a word the heading's last one makes a phrase with (回顾|过去).
  "政府工作报告\n\n滨江市市长　王建国\n\n各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n\n一、2023年工作回顾\n\n过去一年，我们坚持稳中求进工作总基调，全市经济持续回升向好。",
  // A speech's addresses, one per line, each ended by a comma, above its first sentence.
  "尊敬的阿里耶夫总统阁下，\n\n尊敬的各位国家元首、政府首脑，\n\n女士们，先生们，朋友们：\n\n很高兴同大家相聚在美丽的巴库。",
  "尊敬的主席先生，\n\n各位同事，\n\n今天，我们在这里隆重集会。",
  // A plain-text table (pdftotext -layout): its rows are no wrapped lines, its last row no cut sentence.
  "会议原则同意以下分工：\n\n  项目名称          责任单位        完成时限\n  老旧小区改造      市住建局        2024年12月\n  海绵城市建设      市水利局        2025年6月\n\n分送：各区、县（市）人民政府。",
  // Numbered headings of plain text, whatever mark their number holds (一、 1． （一）).
  "一、总体要求\n\n坚持以人民为中心的发展思想，深入推进依法行政，加快建设法治政府。\n\n二、保障措施\n\n各地区各部门要加强组织领导，结合实际抓好贯彻落实。",
  "1．基本原则\n\n坚持依法行政，做到严格规范公正文明执法。",
  "（一）加强组织领导\n\n各地区要把行政执法工作摆上重要议事日程。",
  // A report's numbered heading may pair two phrases with a comma, list items with 、, and run longer than a title.
  "（二）依法化解矛盾纠纷，切实维护群众合法权益\n\n一年来，全市法院审结民事案件3.2万件。",
  "（三）坚持改革开放、创新驱动，推动经济高质量发展\n\n今年要着力扩大有效投资。",
  "八、教育、科技和文化\n\n年末全市共有普通高校12所。",
  "一、统一思想，充分认识加快推进农村综合改革和扶贫开发的重大意义\n\n近年来，我市农村改革不断深化。",
  "三、大力推动城乡基本公共服务均等化政策全面有效落实\n\n公共服务是群众最关心的事情。",
  // A title above its document number: 解释|法释 reads as a word across the break by chance.
  "关于审理物业服务纠纷案件适用法律若干问题的解释\n\n法释〔2023〕13号\n\n为正确审理物业服务纠纷案件，制定本解释。",
  "——纪念改革开放四十周年\n\n四十年来，我们取得了巨大成就。",
  // A formula ends its paragraph without a full stop.
  "从价计征的计算公式为：应纳税额＝完税价格×关税税率\n\n从量计征的计算公式为：应纳税额＝货物数量×单位税额\n\n复合计征的，按照规定计算。",
  // A sentence followed by a note in brackets (an amendment's deletion, a count) is complete.
  "第三十五条　企业必须完成指令性计划。（2009年8月27日删除）\n\n企业必须履行依法订立的合同。",
  "黄河流域：北金堤、东平湖、北展宽区。（共3个）\n\n海河流域：永定河泛区、小清河分洪区。（共2个）",
  // Lists and table rows.
  { text: "- 加强协调\n- 精准施策\n\n双方同意上述安排。", ext: ".md" },
  { text: "| 项目 | 负责单位 |\n|---|---|\n| 统筹协调 | 市发展改革委 |\n| 资金保障 | 市财政局 |\n\n以上分工请抓好落实。", ext: ".md" },
  // An enumeration laid out one item per paragraph after an introducing colon.
  "理事会由下列人员组成：\n\n理事长，\n\n副理事长若干人，\n\n秘书长，\n\n理事若干人。",
  "本办法所称材料包括：\n\n申请书；\n\n身份证明；\n\n其他材料。",
  // The next paragraph starts a list.
  "双方将在以下方面开展合作\n\n一、扩大贸易规模。",
  // The last paragraph of a file is truncation, not a split.
  "双方同意加强合作。\n\n在确保安全基础上稳步扩",
  // A page number between two halves: page furniture, not joined into prose.
  "双方将继续推进\n\n- 3 -\n\n交流合作。",
  // Verse, addresses and list-like lines keep their line breaks.
  "静夜思\n\n床前明月光，\n疑是地上霜。\n举头望明月，\n低头思故乡。",
  "联系单位：市政府办公厅综合处\n地址：滨江市人民路88号行政中心3号楼\n邮编：310000\n电话：0571-88886666",
  "（一）市发展改革委负责统筹协调和项目安排\n（二）市财政局负责资金保障和绩效评价\n（三）市政务服务数据管理局负责平台建设",
  "联系人：张三\n\n电话：0571-88886666",
  // A sentence that ends at the margin is ambiguous: the break is kept.
  "双方同意在能源、交通、农业等领域深化务实合作。\n双方还同意加强人文交流。",
  // Form feeds are page boundaries.
  "双方将继续推进交流合作。\n\f第二页的内容从这里开始。",
];

const invalid: { text: string; output: string; errors?: number; ext?: string }[] = [
  // A word across the break.
  { text: "双方高度重视维护两国海外人员安全，不断拓\n\n展海外公民安全保护合作。", output: "双方高度重视维护两国海外人员安全，不断拓展海外公民安全保护合作。" },
  { text: "双方愿共同构建和平、安全、开放、合作的全球互\n\n联网治理体系。", output: "双方愿共同构建和平、安全、开放、合作的全球互联网治理体系。" },
  { text: "会议认为，应当进一步提高服务业在国民经济中的比\n\n重。", output: "会议认为，应当进一步提高服务业在国民经济中的比重。" },
  // Mid-sentence without a word across.
  { text: "在市场化原则基础上发展冶金、\n\n化肥、化工等领域长期合作。", output: "在市场化原则基础上发展冶金、化肥、化工等领域长期合作。" },
  { text: "为此，双方同意，\n\n进一步扩大两国地方合作。", output: "为此，双方同意，进一步扩大两国地方合作。" },
  { text: "推动两国经济\n\n和贸易合作高质量发展。", output: "推动两国经济和贸易合作高质量发展。" },
  { text: "双方强调，维护地区和平稳定符合各方共同利益\n\n，应当共同努力。", output: "双方强调，维护地区和平稳定符合各方共同利益，应当共同努力。" },
  { text: "各部门要认真研究落实本通知提出的各项任务，并于年底前将落实情况报送市政府\n\n办公厅。", output: "各部门要认真研究落实本通知提出的各项任务，并于年底前将落实情况报送市政府办公厅。" },
  // A numbered paragraph cut after its first clause: a predicate (要) makes it no two-phrase heading.
  { text: "（一）加强组织领导，各地区要把行政执法工作\n\n摆上重要议事日程。", output: "（一）加强组织领导，各地区要把行政执法工作摆上重要议事日程。" },
  // A note in brackets that follows no sentence end does not close the paragraph.
  { text: "各部门应当按照本条例（第二版）\n\n规定的程序办理。", output: "各部门应当按照本条例（第二版）规定的程序办理。" },
  // A clause that cites a rule (违反本条例) ends with a genre word but is no title.
  { text: "第四十五条　违反本条例\n\n规定，有下列行为之一的，由县级以上人民政府责令改正。", output: "第四十五条　违反本条例规定，有下列行为之一的，由县级以上人民政府责令改正。" },
  // A clause that ends with those addressed (同志们) is no address line of a speech.
  { text: "我们要向奋战在抗洪一线的同志们，\n\n致以崇高的敬意。", output: "我们要向奋战在抗洪一线的同志们，致以崇高的敬意。" },
  // An unclosed quote across the break.
  { text: "本协定缔约各方（以下称“双\n\n方”）将加强合作。", output: "本协定缔约各方（以下称“双方”）将加强合作。" },
  // Markdown, CRLF, indentation and a page break.
  { text: "# 标题\n\n双方将进一步深化在能源领域的合\n\n作，推动重点项目落地。", output: "# 标题\n\n双方将进一步深化在能源领域的合作，推动重点项目落地。", ext: ".md" },
  { text: "双方高度重视数字经济发\r\n\r\n展，愿加强合作。", output: "双方高度重视数字经济发展，愿加强合作。" },
  { text: "　　双方高度重视数字经济发\n\n　　展，愿加强合作。", output: "　　双方高度重视数字经济发展，愿加强合作。" },
  { text: "双方将巩固贸易增长势头，将外部风险降到\n\f最低，确保产业链稳定。", output: "双方将巩固贸易增长势头，将外部风险降到最低，确保产业链稳定。" },
  // Two splits in one text.
  {
    text: "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发\n\n展理念。会议要求，各地要着力扩大国内需求，增强消费对经济发展的基础性\n\n作用。",
    output: "会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。会议要求，各地要着力扩大国内需求，增强消费对经济发展的基础性作用。",
    errors: 2,
  },
];

// Hard-wrapped text (line-wrap): paragraphs wrapped at 22 ideographs, blank lines lost.
const wrappedParagraphs = [
  "各地区各部门要坚持以人民为中心的发展思想，聚焦群众急难愁盼问题，持续优化政务服务流程，推动更多事项实现网上办、掌上办、就近办。",
  "要加强基层服务能力建设，统筹用好各类服务资源，完善考核评价机制，确保各项措施落到实处、取得实效。",
  "各单位要及时总结工作经验，重大问题及时报告。",
];
const wrapped = wrappedParagraphs.flatMap((paragraph) => wrap(paragraph, 44)).join("\n");
const articles = [
  "第五条　每一选民在一次选举中只有一个投票权。",
  "第二章　选举机构",
  "第六条　各级人民代表大会代表的名额，由本级选举委员会依照本法确定。",
  "第七条　代表应当具有广泛的代表性，应当有适当数量的基层代表，特别是工人、农民和专业技术人员代表。",
  "第八条　选举经费列入财政预算，由国库开支。",
];
const lineWrapCases: { text: string; output: string; errors?: number; ext?: string }[] = [
  { text: wrapped, output: wrappedParagraphs.join("\n\n") },
  { text: wrapped.replace(/\n/gu, "\r\n"), output: wrappedParagraphs.join("\r\n\r\n") },
  // Latin words either side of a wrap are separated by a space, Chinese never.
  {
    text: wrap("各部门应当按照统一的数据标准开放接口，采用的规范为 Open Data Protocol 第四版，并在每季度结束后十日内报送接口运行情况，及时处理发现的问题。", 44).join("\n"),
    output: "各部门应当按照统一的数据标准开放接口，采用的规范为 Open Data Protocol 第四版，并在每季度结束后十日内报送接口运行情况，及时处理发现的问题。",
  },
  // In Markdown a soft break that cuts Chinese text is a wrap.
  { text: "双方将进一步深化在能源、交通等领域的务实\n合作，推动重点项目落地。", output: "双方将进一步深化在能源、交通等领域的务实合作，推动重点项目落地。", ext: ".md" },
  // Articles whose blank lines were lost: a sentence's end before 第…条 or 第…章 ends a paragraph, even
  // after a paragraph of one line (第五条) or a line that runs full (第七条's last line); so does a
  // chapter's heading on its own line (第二章　选举机构).
  { text: articles.flatMap((paragraph) => wrap(paragraph, 44)).join("\n"), output: articles.join("\n\n") },
  // Vertical text read a character per line: one finding, the lines joined.
  { text: "关于加强管理的通知\n\n中\n华\n人\n民\n共\n和\n国\n成\n立\n了\n。\n", output: "关于加强管理的通知\n\n中华人民共和国成立了。\n" },
];

const asInvalid = (c: { text: string; output: string; errors?: number; ext?: string }): InvalidCase =>
  ({ text: c.text, output: c.output, ext: c.ext ?? ".txt", errors: [] }) as unknown as InvalidCase;

describe("tables", () => {
  it("line-wrap cases are what they claim", () => {
    // The wrapped fixture has hard-wrapped full lines and short last lines.
    expect(wrapped.split("\n").length).toBeGreaterThan(wrappedParagraphs.length + 3);
  });
});

// textlint-tester needs the exact number of errors: count them once with the kernel.
const counted = await Promise.all(
  [...invalid, ...lineWrapCases].map(async (c) => ({ ...asInvalid(c), errors: (await lint(c.text, c.ext)).map(() => ({})) }) as InvalidCase),
);

testRule("paragraph-split", rule, {
  valid: valid.map((c) => (typeof c === "string" ? { text: c } : c)) as never[],
  invalid: counted,
});

describe("invalid cases report what they should", () => {
  it.each(invalid)("finds the split in %#", async (c) => {
    const messages = (await lint(c.text, c.ext)).filter((m) => category(m) === "paragraph-split");
    expect(messages).toHaveLength(c.errors ?? 1);
  });
  it.each(lineWrapCases)("finds the wraps in %#", async (c) => {
    const messages = await lint(c.text, c.ext);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => category(m) === "line-wrap")).toBe(true);
  });
});

// ---------------------------------------------------------------------------
// The bundled sample: exactly the eight broken paragraphs.

const samplePath = join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt");

describe("bundled sample", () => {
  const text = readFileSync(samplePath, "utf8");
  it("finds exactly the eight broken paragraphs", async () => {
    const messages = (await lint(text)).filter((m) => category(m) === "paragraph-split");
    const breaks = messages.map((m) => `${text.slice(m.fix!.range[0] - 12, m.fix!.range[0])}|${text.slice(m.fix!.range[1], m.fix!.range[1] + 12)}`);
    const expected = ["不断拓|展海外公民", "双|方将共同反对", "发展|中国家共同利益", "全球互|联网", "推动中俄经济|和贸易", "“双|方”）将在", "稳步提升本币结算比|重", "冶金、|化肥"];
    expect(breaks).toHaveLength(expected.length);
    for (const [left, right] of expected.map((e) => e.split("|") as [string, string])) {
      expect(breaks.some((b) => b.split("|")[0]!.endsWith(left) && b.split("|")[1]!.startsWith(right.slice(0, 6))), `${left}|${right}`).toBe(true);
    }
    expect(messages.every((m) => m.fix!.text === "")).toBe(true);
  });
  it("reports nothing on the sample after the fix", async () => {
    expect(await lint(await fix(text))).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------
// Real pdftotext output (see fixtures/README.md): unwrapping restores the paragraphs.

function sourceParagraphs(file: string): string[] {
  const source = readFileSync(join(fixtures, file), "utf8");
  if (file.endsWith(".html")) return [...source.matchAll(/<p[^>]*>(.*?)<\/p>/gu)].map((m) => m[1]!);
  return source
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#") && !line.startsWith("|") && !/^[一二三四五六七八九十]+、$/u.test(line));
}

const pdfFixtures = [
  { file: "sample.pdftotext.txt", source: "../../../samples/000_b0e387f7a5bfc16d.txt", maxBroken: 1 },
  { file: "sample.pdftotext-layout.txt", source: "../../../samples/000_b0e387f7a5bfc16d.txt", maxBroken: 1 },
  // Running headers and footers cut four paragraphs at page breaks: page-furniture's to remove first.
  { file: "sample-header-footer.pdftotext.txt", source: "../../../samples/000_b0e387f7a5bfc16d.txt", maxBroken: 4 },
  { file: "own-notice.pdftotext.txt", source: "own-notice.html", maxBroken: 0 },
  { file: "own-notice.pdftotext-layout.txt", source: "own-notice.html", maxBroken: 0 },
];

describe.each(pdfFixtures)("pdftotext fixture $file", ({ file, source, maxBroken }) => {
  const text = readFileSync(join(fixtures, file), "utf8");
  const paragraphs = sourceParagraphs(source);

  it("changes nothing but white space, and brings the prose paragraphs back on single lines", async () => {
    const output = await fix(text);
    expect(squash(output)).toBe(squash(text));
    const lines = output.split(/\r?\n/u).map(squash);
    const broken = paragraphs.filter((p) => !lines.some((line) => line.includes(squash(p.replace(/<[^>]+>/gu, "")))));
    expect(broken.length, broken.join("\n")).toBeLessThanOrEqual(maxBroken);
  });

  it("keeps page furniture, verse, addresses and signatures on their own lines", async () => {
    const output = await fix(text);
    const before = text.split(/\r?\n/u).map((l) => l.replace(/\f/gu, "").trim());
    const after = new Set(output.split(/\r?\n/u).map((l) => l.replace(/\f/gu, "").trim()));
    const kept = before.filter((l) => /^\d+\/\d+$|^file:|^\d+\/\d+\/\d+,|^sample$|^晨光|^万家灯火|^邮编|^电话|^2024年3月18日$|^习近平$/u.test(l));
    for (const line of kept) expect(after.has(line), line).toBe(true);
  });

  it("is idempotent: the fixed text has nothing left to report", async () => {
    expect(await lint(await fix(text))).toHaveLength(0);
  });

  it("inserts paragraph breaks with the file's own line ending", async () => {
    const output = await fix(text.replace(/\n/gu, "\r\n"));
    expect(output.replace(/\r\n/gu, "")).not.toMatch(/[\r\n]/u);
    expect(squash(output)).toBe(squash(text));
  });
});

// A page set in two columns (spacing reports it): its lines hold half-lines of both columns, none is joined.
it("joins no line of a page set in two columns", async () => {
  const messages = await lint(readFileSync(join(fixtures, "sample-two-columns.pdftotext-layout.txt"), "utf8"));
  expect(messages.filter((m) => category(m) === "line-wrap")).toEqual([]);
});

// ---------------------------------------------------------------------------
// Corpus-backed tests: the tuning half (even-numbered files) of ../shared/corpus/dev/.

const corpusDir = DEV_CORPUS;
const evenFiles = tuningHalf();


describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("finds no paragraph split (nor line wrap) in clean %s", async (file) => {
    const messages = await lint(readFileSync(join(corpusDir, file), "utf8"), ".md");
    expect(messages.filter((m) => category(m) === "paragraph-split").map((m) => `${m.line}: ${m.message}`)).toEqual([]);
    expect(messages.filter((m) => category(m) === "line-wrap").map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it("finds ≥ 90 % of random mid-word / mid-sentence splits, with fixes that restore the text", async () => {
    const next = random(20240318);
    let inserted = 0;
    let found = 0;
    let restored = 0;
    let spurious = 0;
    for (const file of evenFiles) {
      const original = readFileSync(join(corpusDir, file), "utf8");
      // Prose paragraphs: not headings, tables or lists, mostly Chinese.
      const paragraphs = [...original.matchAll(/(?<=^|\n\n)([^\n]+)(?=\n\n|\n?$)/gu)].filter(
        (m) => !/^[#|>\-*]/u.test(m[1]!) && [...m[1]!].length >= 12 && (m[1]!.match(/\p{Unified_Ideograph}/gu)?.length ?? 0) >= [...m[1]!].length / 2,
      );
      // Split up to eight random paragraphs, at a random point inside a sentence.
      const chosen = new Set<number>();
      for (let k = 0; k < 8 && chosen.size < paragraphs.length; k++) chosen.add(Math.floor(next() * paragraphs.length));
      const cuts: number[] = [];
      for (const index of [...chosen].sort((x, y) => x - y)) {
        const match = paragraphs[index]!;
        const chars = [...match[1]!];
        const candidates: number[] = [];
        let offset = match.index!;
        for (let i = 0; i < chars.length; i++) {
          if (i > 0 && /\p{Unified_Ideograph}/u.test(chars[i - 1]!) && !/\s/u.test(chars[i]!)) candidates.push(offset);
          offset += chars[i]!.length;
        }
        if (candidates.length > 0) cuts.push(candidates[Math.floor(next() * candidates.length)]!);
      }
      let damaged = "";
      let last = 0;
      const positions: number[] = [];
      for (const cut of cuts) {
        damaged += original.slice(last, cut);
        positions.push(damaged.length);
        damaged += "\n\n";
        last = cut;
      }
      damaged += original.slice(last);
      inserted += positions.length;
      const splits = (await lint(damaged, ".md")).filter((m) => category(m) === "paragraph-split");
      for (const m of splits) {
        const at = positions.find((p) => m.fix!.range[0] === p);
        if (at === undefined) spurious++;
        else {
          found++;
          if (m.fix!.range[1] === at + 2 && m.fix!.text === "") restored++;
        }
      }
      const output = await fix(damaged, ".md");
      if (splits.length === positions.length) expect(output).toBe(original);
    }
    expect(inserted).toBeGreaterThan(100);
    expect(found / inserted).toBeGreaterThanOrEqual(0.9);
    expect(restored).toBe(found);
    expect(spurious).toBe(0);
  });
});

describe("isDocumentNumberLine", () => {
  it.each(["法释〔2023〕13号", "国发〔2019〕5号", "京政发[2020]3号", "国办函（2021）第12号", " 法释 〔 2022 〕 15 号 "])("%j is a document number", (line) => {
    expect(isDocumentNumberLine(line)).toBe(true);
  });
  it.each(["法释〔2023〕13号文件的规定", "2023年3月21日", "本规定自2023年1月1日起施行", "第十三号"])("%j is not", (line) => {
    expect(isDocumentNumberLine(line)).toBe(false);
  });
});
