import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { plugin } from "../../src/plugin.js";
import { formatMessage, type Params } from "../../src/rule-kit.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";
import { messages, type MessageId } from "./messages.js";
import { DEV_CORPUS, SAMPLE } from "../../test/support/paths.js";

const here = dirname(fileURLToPath(import.meta.url));

const zh = (id: MessageId, params: Params) => formatMessage(messages, id, params, "zh-CN");

/** An expected error on the n-th occurrence of `word` in `text`. */
function at(text: string, word: string, id: MessageId, params: Params = {}, occurrence = 0) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(word, index + 1);
  if (index < 0) throw new Error(`"${word}" not in ${text}`);
  return { message: zh(id, { word, ...params }), range: [index, index + word.length] as [number, number] };
}

/** A stray conjunction with its safe fix. */
function fixed(text: string, word: string, replacement: string, output: string, extra: Partial<InvalidCase> = {}, occurrence = 0): InvalidCase {
  return { text, output, errors: [at(text, word, "strayConjunction", { replacement }, occurrence)], ...extra } as InvalidCase;
}

/** A stray word without a safe fix: the text stays as it is. */
function unfixed(text: string, word: string, id: MessageId = "strayFunctionWord", extra: Partial<InvalidCase> = {}): InvalidCase {
  return { text, output: text, errors: [at(text, word, id)], ...extra } as InvalidCase;
}

testRule("stray-latin", rule, {
  valid: [
    // Acronyms, names, product names, numbers with letters.
    "双方强烈敦促AUKUS成员国严格履行不扩散义务。",
    "在人工智能、物联网、5G、数字经济等领域加强合作。",
    "共同应对COVID-19疫情，支持WTO改革，办好G20和APEC会议。",
    "用iPhone拍摄的照片，mRNA疫苗研发取得进展。",
    "使用 IT 技术提高效率，推动 AI 赋能千行百业。",
    "计算OR值，砷As含量超标，检测In元素。",
    "患者 OR 值为2.5，检测 In 元素，是否同意 OR 反对。",
    // Units and quantities.
    "道路全长5 km，货物重约20 kg，溶液pH值为7，管径为5 mm。",
    // URLs, e-mail addresses, HTML.
    "详见 https://www.gov.cn/zhengce/and/list 发布的文件。",
    "请访问http://example.com/and查看，或发送邮件至 news.and.more@example.org 咨询。",
    "中国&nbsp;北京，AT&T公司与H&M门店。",
    // Glosses, titles and quotations.
    "人工智能（Artificial Intelligence，AI）是新一轮科技革命的重要驱动力。",
    "加大研究与开发（Research and Development，R&D）投入，研发（R and D）经费持续增长。",
    "国际标准化组织（International Organization for Standardization）发布新标准。",
    "据《Nature》报道，《Pride and Prejudice》在国内再版。",
    "他引用了一句话：“The rule of law is the foundation of a nation.”",
    "正如那句名言所说，All the world is a stage。",
    "这是 iPhone and iPad 共有的功能，以 A and B 为例说明。",
    // English lines in a Chinese document.
    "二〇二三年工作报告\nChina and the World in the New Era\n全文如下。",
    "参考文献\n[1] Smith J, Brown K. Trade and development in Asia[J]. Journal of Economics, 2020, 12(3): 45-67.",
    "The report by 国务院 and 国家发改委 was published yesterday.",
    "他说 The report by 国务院 and 国家发改委 was published yesterday 然后离开。",
    // Words mentioned, not used.
    "英文单词 and 的意思是“和”，“or”表示选择。",
    "在 Python 中使用 for 循环遍历列表，用 with 语句管理资源。",
    "SQL 中的 AND 和 OR 用于组合条件，介词如 of、to 较常见。",
    // Latin neighbours, bracket or punctuation neighbours.
    "调查对象包括：Smith and Jones、张三等人。",
    "中国，and 美国。",
    // Common-word tier can be switched off.
    { text: "中国 is 大国。", options: { commonWords: false } },
    // Markdown: inline code, code blocks, link targets, tables, HTML.
    { text: "使用 `a and b` 表达式，或 ``x or y`` 形式。", ext: ".md" },
    { text: "示例如下：\n\n```\n国家 and 地区\n```\n", ext: ".md" },
    { text: "参见[说明](https://example.com/a and b)文件，或<https://example.com/and>页面。", ext: ".md" },
    { text: "| 英文 | 中文 |\n|---|---|\n| and | 和 |\n| Research and Development | 研究与开发 |\n", ext: ".md" },
    { text: "| 中华人民共和国主席<br>习近平 | 俄罗斯联邦总统<br>普京 |\n|--|--|\n", ext: ".md" },
    { text: "<div>国家 and 地区</div>\n", ext: ".md" },
  ],
  invalid: [
    // and / And / AND / & → 和, with and without spaces.
    fixed("破坏国际地区安全 and 全球战略稳定。", "and", "和", "破坏国际地区安全和全球战略稳定。"),
    fixed("在国家AND地区间开展经验交流。", "AND", "和", "在国家和地区间开展经验交流。"),
    fixed("按照思路And分阶段推进。", "And", "和", "按照思路和分阶段推进。"),
    fixed("坚持研究 & 开发并重。", "&", "和", "坚持研究和开发并重。"),
    fixed("加强人文交流  and\t高质量合作。", "and", "和", "加强人文交流和高质量合作。"),
    fixed("在国家ａｎｄ地区间开展合作。", "ａｎｄ", "和", "在国家和地区间开展合作。"),
    // or → 或.
    fixed("是否同意 or 反对，请明确表态。", "or", "或", "是否同意或反对，请明确表态。"),
    fixed("三年以下有期徒刑Or拘役。", "Or", "或", "三年以下有期徒刑或拘役。"),
    // Chinese quotes, titles and numbers with measure words count as Chinese sides.
    fixed("坚持“一国两制” and “港人治港”方针。", "and", "和", "坚持“一国两制”和“港人治港”方针。"),
    fixed("根据《宪法》and《立法法》的规定。", "and", "和", "根据《宪法》和《立法法》的规定。"),
    fixed("在2020年 and 2021年期间持续增长。", "and", "和", "在2020年和2021年期间持续增长。"),
    // Acronyms elsewhere in the sentence do not make it English.
    fixed("敦促AUKUS成员国 and 相关国家履行义务，推进5G建设。", "and", "和", "敦促AUKUS成员国和相关国家履行义务，推进5G建设。"),
    // Other function words: reported, no safe fix, suggestions.
    {
      text: "促进中国 with 世界各国合作。",
      output: "促进中国 with 世界各国合作。",
      errors: [
        {
          ...at("促进中国 with 世界各国合作。", "with", "strayFunctionWord"),
          suggestions: [
            { id: "suggestRemove-0", message: "删除“with”", range: [4, 10], output: "" },
            { id: "suggestReplace-1", message: "将“with”改为“与”", range: [4, 10], output: "与" },
          ],
        },
      ],
    } as InvalidCase,
    unfixed("维护国家 the 主权和安全。", "the"),
    unfixed("推动构建人类命运共同体of新时代。", "of"),
    unfixed("铁路从北京 to 上海全线贯通。", "to"),
    unfixed("在国家 between 地区之间。", "between"),
    unfixed("双方 From 各自立场出发。", "From"),
    unfixed("维护国际 and the 地区安全。", "and the"),
    // Weaker evidence: warnings.
    unfixed("甲队 vs. 乙队的比赛。", "vs."),
    unfixed("中国 is 世界上最大的发展中国家。", "is", "strayCommonWord"),
    unfixed("这些措施 which 有效保障了权益。", "which", "strayCommonWord"),
    // An English gloss in brackets does not make the sentence English.
    fixed(
      "人工智能（Artificial Intelligence and Machine Learning Systems）促进国家 and 地区合作。",
      "and",
      "和",
      "人工智能（Artificial Intelligence and Machine Learning Systems）促进国家和地区合作。",
      {},
      1,
    ),
    // Several in one line: all fixed.
    {
      text: "加强交流 and 合作，深化政治 and 经济互信。",
      output: "加强交流和合作，深化政治和经济互信。",
      errors: [at("加强交流 and 合作，深化政治 and 经济互信。", "and", "strayConjunction", { replacement: "和" }), at("加强交流 and 合作，深化政治 and 经济互信。", "and", "strayConjunction", { replacement: "和" }, 1)],
    } as InvalidCase,
    // Markdown: headings, list items, table cells, next to inline code.
    fixed("# 中国 and 世界\n\n正文。\n", "and", "和", "# 中国和世界\n\n正文。\n", { ext: ".md" }),
    fixed("- 深化人文交流 and 合作\n- 推进互联互通\n", "and", "和", "- 深化人文交流和合作\n- 推进互联互通\n", { ext: ".md" }),
    fixed("| 领域 | 内容 |\n|---|---|\n| 经贸 | 贸易 and 投资 |\n", "and", "和", "| 领域 | 内容 |\n|---|---|\n| 经贸 | 贸易和投资 |\n", { ext: ".md" }),
    fixed("用 `x and y` 表示交流 and 合作。", "and", "和", "用 `x and y` 表示交流和合作。", { ext: ".md" }, 1),
    fixed("参见[国家 and 地区](https://example.com/and)名录。", "and", "和", "参见[国家和地区](https://example.com/and)名录。", { ext: ".md" }),
    // Plain text with several lines: only the Chinese line is touched.
    fixed("China and the World\n国家 and 地区间开展交流。", "and", "和", "China and the World\n国家和地区间开展交流。", {}, 1),
    // English messages.
    {
      text: "安全 and 稳定。",
      output: "安全和稳定。",
      options: { locale: "en" },
      errors: [{ message: 'Stray English word "and" inside a Chinese sentence; expected "和".', range: [3, 6] }],
    } as InvalidCase,
  ],
});

/** Lint a file's text with this rule alone, as the CLI parses it. */
async function lint(text: string, ext: string) {
  const kernel = new TextlintKernel();
  const result = await kernel.lintText(text, {
    ext,
    plugins: [{ pluginId: "jiaodui", plugin }],
    rules: [{ ruleId: "stray-latin", rule }],
  });
  return result.messages;
}

describe.skipIf(!existsSync(DEV_CORPUS))("stray-latin on the dev corpus (tuning half)", () => {
  const files = existsSync(DEV_CORPUS) ? readdirSync(DEV_CORPUS).filter((name) => /^dev_\d*[02468]_.*\.(md|txt)$/u.test(name)) : [];
  it("finds the even-numbered files", () => expect(files.length).toBeGreaterThan(20));
  it.each(files)("reports nothing in %s (clean text)", async (name) => {
    const messages = await lint(readFileSync(join(DEV_CORPUS, name), "utf8"), extname(name));
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});

describe("stray-latin on the bundled sample", () => {
  const text = readFileSync(SAMPLE, "utf8");

  it("finds exactly the four stray ' and ' and fixes them to 和", async () => {
    const messages = await lint(text, ".txt");
    const found = messages.map((m) => text.slice(m.range[0] - 8, m.range[1] + 4));
    expect(found).toHaveLength(4);
    for (const [fragment, context] of [
      ["安全 and 全球", found[0]],
      ["国家 and 地区", found[1]],
      ["思路 and 分阶段", found[2]],
      ["交流 and 高质量", found[3]],
    ]) expect(context).toContain(fragment);
    expect(messages.every((m) => text.slice(m.range[0], m.range[1]) === "and" && m.fix?.text === "和")).toBe(true);
  });

  it("does not flag AUKUS or 5G", async () => {
    const messages = await lint(text, ".txt");
    expect(text).toContain("AUKUS");
    expect(text).toContain("5G");
    const flagged = messages.map((m) => text.slice(m.range[0], m.range[1]));
    expect(flagged).not.toContain("AUKUS");
    expect(flagged).not.toContain("5G");
  });
});

describe("stray-latin README examples", () => {
  // Lines "before → after" in the README's text block; "(reported…)" means no safe fix.
  const readme = readFileSync(join(here, "README.md"), "utf8");
  const examples = [...readme.matchAll(/^(\S.*?)\s+→\s+(.+)$/gmu)].map((m) => [m[1]!, m[2]!.trim()] as const);
  it("has examples", () => expect(examples.length).toBeGreaterThan(3));
  it.each(examples)("%s → %s", async (before, after) => {
    const kernel = new TextlintKernel();
    const options = { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "stray-latin", rule }] };
    const result = await kernel.fixText(before, options);
    expect((await kernel.lintText(before, options)).messages.length).toBeGreaterThan(0);
    expect(result.output).toBe(after.startsWith("(") ? before : after);
  });
});
