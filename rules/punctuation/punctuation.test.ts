import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BALANCED_PAIRS } from "../../src/cjk/paired-marks.js";
import { plugin } from "../../src/plugin.js";
import { formatMessage, type Params } from "../../src/rule-kit.js";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE } from "../../test/support/paths.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";
import { messages } from "./messages.js";

type MessageId = keyof typeof messages;
const zh = (id: MessageId, params: Params) => formatMessage(messages, id, params, "zh-CN");
const FULL: Record<string, string> = { ",": "，", ".": "。", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）" };
const CLOSE_OF = (open: string) => BALANCED_PAIRS.get(open)!;
const OPEN_OF = (close: string) => [...BALANCED_PAIRS].find(([, c]) => c === close)![0];

/** Half-width marks at the given offsets of `text`, each fixed to full width. */
function halfWidth(text: string, ext = ".txt"): InvalidCase {
  const errors: { message: string; range: [number, number] }[] = [];
  let output = "";
  for (let i = 0; i < text.length; i++) {
    const marked = text[i] === "^";
    if (!marked) {
      output += text[i];
      continue;
    }
    const actual = text[++i]!;
    const at = output.length;
    errors.push({ message: zh("half-width", { actual, expected: FULL[actual]! }), range: [at, at + 1] as [number, number] });
    output += FULL[actual];
  }
  const input = [...output].map((c, i) => (errors.some((e) => e.range[0] === i) ? Object.entries(FULL).find(([, f]) => f === c)![0] : c)).join("");
  return { text: input, output, ext, errors } as InvalidCase;
}

/** An unbalanced mark at the n-th occurrence of `mark`: reported, never fixed. */
function unbalanced(text: string, mark: string, occurrence = 0, ext = ".txt"): InvalidCase {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(mark, index + 1);
  const opening = BALANCED_PAIRS.has(mark);
  const message = opening ? zh("unclosed-mark", { mark, expected: CLOSE_OF(mark) }) : zh("unopened-mark", { mark, expected: OPEN_OF(mark) });
  return { text, output: text, ext, errors: [{ message, range: [index, index + 1] }] } as InvalidCase;
}

/** Clause marks run together in `text`, each of `runs` reported where it stands; `output` after the safe fixes. */
function repeated(text: string, output: string, runs: string[]): InvalidCase {
  let from = 0;
  const errors = runs.map((marks) => {
    const at = text.indexOf(marks, from);
    from = at + marks.length;
    const same = [...marks].every((mark) => mark === marks[0]);
    const message = same ? zh("repeated-mark", { marks, expected: marks[0]! }) : zh("conflicting-marks", { marks });
    return { message, range: [at, at + marks.length] as [number, number] };
  });
  return { text, output, errors } as InvalidCase;
}

testRule("punctuation", rule, {
  valid: [
    // Straight quotes around Latin text, an inch mark, and a line whose quotes do not pair up are left alone.
    '世界贸易组织（"WTO"）成立。屏幕尺寸为15"的显示器。',
    'He said "OK"，他说："好的，还说"行"',
    // Ellipses and mark runs typed in ASCII, numbers and versions are not sentence ends to fix.
    "情况复杂，等等...",
    "真的吗?!",
    // A ? for a character a charset conversion lost is encoding's, not a question mark to widen.
    "国务院总理朱?基出席会议。",
    "版本号为v1.2.",
    "中华人民共和国和俄罗斯联邦（以下称“双方”），声明如下：",
    "双方重申遵循《中华人民共和国和俄罗斯联邦关于〈中俄睦邻友好合作条约〉签署20周年的联合声明》。",
    "「甲」『乙』【丙】〔2023〕1号，‘丁’。",
    // Numbers, times, Latin text, URLs, e-mail.
    "经济增长3.5个百分点，会议于10:30开始，比分为3:2。",
    "他说 Hello, world. This is fine! Really? Yes; ok: done.",
    "详见https://www.gov.cn/a,b.html?x=中文!页面，或写信至a.b@example.org。",
    "Please see China’s report, pp. 3-5.",
    // Enumerators: "1." and "一." at line start, "1）" items, "(1)" and f(x).
    "1.总则\n一.总则\n二十.附则",
    "包括：1）安全；2）发展；a）合作。",
    "(1)项目名称\n函数f(x)的值，用户(user)名。",
    // Ellipsis and full width left alone; a question and an exclamation mark together are emphasis.
    "中国...人民，中国……人民。",
    "这难道不是事实吗？！我们必须正视。",
    // A paragraph split inside “双方” (paragraph-split reports it), as in the bundled sample.
    "中华人民共和国和俄罗斯联邦（以下称“双\n\n方”）将在以下八个重点方向开展双边经济合作：",
    // A quotation of several paragraphs: each opens with “, only the last closes.
    "一、将刑法第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。\n\n“已满十四周岁不满十六周岁的人，应当负刑事责任。\n\n“对依照前款规定追究刑事责任的人，应当从轻处罚。”",
    // The same without blank lines (pdftotext): the paragraphs are lines of one block.
    "一、将刑法第十七条修改为：“已满十六周岁的人犯罪，应当负刑事责任。\n“已满十四周岁不满十六周岁的人，应当负刑事责任。\n“对依照前款规定追究刑事责任的人，应当从轻处罚。”",
    // A quotation of several paragraphs that only its first opens and its last closes (web pages).
    "一、将第一条修改为：\n\n“本院管辖下列第一审案件：\n\n（一）金融借款合同纠纷；\n\n（二）证券纠纷案件。”\n\n二、将第二条修改为第三条。",
    // Quotation marks written as HTML entities (the markup rule's finding) pair with real ones.
    "坚持毛泽东思想、邓小平理论、“三个代表&rdquo;重要思想和科学发展观。",
    "本规定所称&ldquo;一日&quot;、“三日”，是指工作日。",
    // Markdown: code, inline code, links, tables.
    { text: "```\n中国,人民（\n```\n\n`中,国`与[链接](http://a.b/中,国)。\n", ext: ".md" },
    { text: "| 名称（单位 | 数值 |\n| --- | --- |\n| 面积）| 3.5 |\n", ext: ".md" },
    { text: "**中国**,人民。\n", ext: ".md" },
  ],
  invalid: [
    halfWidth("中国^,人民"),
    // Straight double quotes around Chinese text: the pair is fixed at once.
    {
      text: '第三条　"行政执法"是指行政机关依法实施的活动。他说："我们要加强合作。"',
      output: "第三条　“行政执法”是指行政机关依法实施的活动。他说：“我们要加强合作。”",
      errors: [
        { message: zh("straight-quotes", { quoted: "行政执法" }), range: [4, 10] },
        { message: zh("straight-quotes", { quoted: "我们要加强合作。" }), range: [27, 37] },
      ],
    } as InvalidCase,
    // A sentence-final mark at the end of a line or before a closing quote.
    halfWidth("双方同意加强合作^.\n双方将继续推进交流^!"),
    halfWidth("他问：“你们同意吗^?”"),
    // Between ideographs after a question: a question mark.
    halfWidth("这是为什么^?我们认为应当加强。"),
    // The spaces typed after a half-width mark go with it.
    {
      text: "双方同意加强合作, 推动发展;  共同繁荣。",
      output: "双方同意加强合作，推动发展；共同繁荣。",
      errors: [{ message: zh("half-width", { actual: ",", expected: "，" }), range: [8, 9] }, { message: zh("half-width", { actual: ";", expected: "；" }), range: [14, 15] }],
    } as InvalidCase,
    halfWidth("你好吗^?我很好^!谢谢"),
    halfWidth("发展^.然后"),
    halfWidth("时间^:下午^;地点^:北京"),
    halfWidth("中国^(北京^)人民"),
    halfWidth("^(一^)总则"),
    halfWidth("参见“双方”^,将于会后^(另行^)通知。"),
    halfWidth("使用应用程序接口API^(应用程序接口^)，GDP^(国内生产总值^)。"),
    halfWidth("# 标题^:副题\n\n中国^,人民。\n\n- 列表^,项目\n", ".md"),
    halfWidth("| 名称 | 值 |\n| --- | --- |\n| 中国^,人民 | 1 |\n", ".md"),
    // Clause marks run together: the same mark repeated is written once (a safe fix); different marks are left to a reader.
    repeated("其他玩忽职守、、徇私舞弊的情形，，依法处理。。", "其他玩忽职守、徇私舞弊的情形，依法处理。", ["、、", "，，", "。。"]),
    repeated("安装火灾探测报警器。、寄宿制学校；，养老机构。", "安装火灾探测报警器。、寄宿制学校；，养老机构。", ["。、", "；，"]),
    unbalanced("中国（北京人民。", "（"),
    unbalanced("北京）人民。", "）"),
    unbalanced("签署《条约的声明。", "《"),
    unbalanced("他说：“第一段。", "“"),
    unbalanced("“甲‘乙”。", "‘"),
    unbalanced("中国【北京人民。", "【"),
    unbalanced("甲〕乙。", "〕"),
    unbalanced("内容」结束。", "」"),
    // Left open mid-clause but the next paragraph does not close it: reported at the mark.
    unbalanced("第一段（内容\n\n第二段。", "（"),
    // Two quotation paragraphs opened, the second closing nothing and the last not reopening.
    unbalanced("他说：“第一段。\n\n第二段。", "“"),
    // A quote left open and one closed more paragraphs later than a quotation runs: both reported.
    { text: `他说：“第一段。${"\n\n又一段。".repeat(12)}\n\n末段。”`, errors: [{ message: zh("unclosed-mark", { mark: "“", expected: "”" }), range: [3, 4] }, { message: zh("unopened-mark", { mark: "”", expected: "“" }) }] } as InvalidCase,
    // As lines of one block: the next line does not reopen the quote, or the line stops mid-clause.
    unbalanced("他说：“第一段。\n第二段。", "“"),
    // An entity quote that pairs with nothing is still reported, at the entity.
    { ...unbalanced("称为&ldquo;三个代表重要思想。", "“"), errors: [{ message: zh("unclosed-mark", { mark: "“", expected: "”" }), range: [2, 3] }] } as InvalidCase,
    unbalanced("他说：“第一段，\n“第二段。”", "“"),
    unbalanced("# 标题\n\n中国（北京人民。\n", "（", 0, ".md"),
    {
      text: "中国,人民（北京。",
      output: "中国，人民（北京。",
      options: { locale: "en" },
      errors: [
        { message: "Half-width “,” between Chinese characters, expected full-width “，”", range: [2, 3] },
        { message: "Unclosed “（”: no matching “）” in this paragraph", range: [5, 6] },
      ],
    } as InvalidCase,
  ],
});

const kernel = new TextlintKernel();
const config = (ext: string) => ({ ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "punctuation", rule }] });
const lint = async (text: string, ext = ".txt") => (await kernel.lintText(text, config(ext))).messages;
const fix = async (text: string, ext = ".txt") => (await kernel.fixText(text, config(ext))).output;

describe("punctuation does no harm", () => {
  const HALF = [",", ".", ":", ";", "?", "!", "(", ")"];
  const alphabet = fc.constantFrom("中", "国", "人", "民", "发", "展", "a", "B", "1", "5", " ", "\n", "，", "。", "“", "”", "（", "）", "《", "》", ...HALF);

  // A run of one clause mark repeated (，， 。。。) becomes the mark once; runs of different marks are left to a reader.
  const collapseRepeats = (text: string) => text.replace(/[，。、；：？！][，。、；：]+/gu, (run) => ([...run].every((c) => c === run[0]) ? run[0]! : run));

  it("only ever turns half-width marks full-width, one for one, and writes a repeated clause mark once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(alphabet, { maxLength: 40 }), async (chars) => {
        const text = chars.join("");
        const output = await fix(text);
        const expected = collapseRepeats(text);
        expect(output.length).toBe(expected.length);
        for (let i = 0; i < expected.length; i++) if (output[i] !== expected[i]) expect(FULL[expected[i]!]).toBe(output[i]);
      }),
      { numRuns: 200, seed: 20240605 },
    );
  });

  it("leaves decimals, times, URLs and Latin sentences untouched", async () => {
    const text = "增长3.5%，于10:30开始，见http://x.cn/a,b.html。He said: yes, no. OK? Fine!";
    expect(await fix(text)).toBe(text);
  });

  it("never outputs half-width marks where the input had full-width ones", async () => {
    const text = "中国，人民。时间：下午；你好吗？好！（北京）";
    expect(await lint(text)).toEqual([]);
    expect(await fix(text)).toBe(text);
  });
});

describe("punctuation on the bundled sample", () => {
  it("reports nothing (the split “双\\n\\n方” is skipped)", async () => {
    const text = readFileSync(SAMPLE, "utf8");
    expect(text).toContain("“双\n\n方”");
    expect((await lint(text)).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});

const evenFiles = HAS_DEV_CORPUS ? readdirSync(DEV_CORPUS).filter((name) => /^dev_\d*[02468]_.*\.(md|txt)$/u.test(name)) : [];

describe.skipIf(!HAS_DEV_CORPUS)("punctuation on the dev corpus (tuning half)", () => {
  it("finds the even-numbered files", () => expect(evenFiles.length).toBeGreaterThan(20));
  it.each(evenFiles)("reports nothing in %s (clean text)", async (name) => {
    const messages = await lint(readFileSync(join(DEV_CORPUS, name), "utf8"), extname(name));
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});

/** Deterministic PRNG (mulberry32), so the synthetic damage is the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plain prose paragraphs of the tuning half (no headings, tables or list syntax). */
function corpusParagraphs(): string[] {
  return evenFiles
    .flatMap((name) => readFileSync(join(DEV_CORPUS, name), "utf8").split(/\n{2,}/u))
    .filter((p) => p.length >= 30 && !/^[#|>\-*\d]/u.test(p) && !p.includes("\n"));
}

describe.skipIf(!HAS_DEV_CORPUS)("punctuation recall on synthetic damage", () => {
  const SAMPLE_SIZE = 300;
  const IDEOGRAPH = /\p{Unified_Ideograph}/u;

  /** Join damaged paragraphs into one document; return it with each damage's paragraph span and offset. */
  async function run(damage: (p: string, next: () => number) => { text: string; at: number } | null, seed: number) {
    const next = random(seed);
    const paragraphs = corpusParagraphs();
    const parts: string[] = [];
    const spots: { start: number; end: number; at: number }[] = [];
    let offset = 0;
    while (spots.length < SAMPLE_SIZE) {
      const damaged = damage(paragraphs[Math.floor(next() * paragraphs.length)]!, next);
      if (!damaged) continue;
      spots.push({ start: offset, end: offset + damaged.text.length, at: offset + damaged.at });
      parts.push(damaged.text);
      offset += damaged.text.length + 2;
    }
    return { spots, messages: await lint(parts.join("\n\n")) };
  }

  it("finds ≥ 95 % of half-width marks inserted between ideographs", async () => {
    const { spots, messages } = await run((p, next) => {
      const slots = [...p].flatMap((c, i, a) => (i > 0 && IDEOGRAPH.test(a[i - 1]!) && IDEOGRAPH.test(c) ? [i] : []));
      if (slots.length === 0 || p.length !== [...p].length) return null;
      const at = slots[Math.floor(next() * slots.length)]!;
      // (Not ?: inside a clause that asks nothing, a ? between ideographs is a character lost in a charset conversion, encoding's.)
      const mark = [",", ":", ";", "!", "."][Math.floor(next() * 5)]!;
      return { text: p.slice(0, at) + mark + p.slice(at), at };
    }, 1);
    const found = spots.filter((s) => messages.some((m) => m.range[0] === s.at && m.fix?.text === FULL[m.message.match(/“(.)”/u)![1]!]));
    console.info(`punctuation recall, half-width: ${found.length}/${spots.length}`);
    expect(found.length / spots.length).toBeGreaterThanOrEqual(0.95);
  });

  it("finds ≥ 95 % of deleted closing marks", async () => {
    const closers = new Set(BALANCED_PAIRS.values());
    const { spots, messages } = await run((p, next) => {
      const slots = [...p].flatMap((c, i) => (closers.has(c) ? [i] : []));
      if (slots.length === 0 || p.length !== [...p].length) return null;
      const at = slots[Math.floor(next() * slots.length)]!;
      return { text: p.slice(0, at) + p.slice(at + 1), at };
    }, 2);
    const found = spots.filter((s) => messages.some((m) => m.range[0] >= s.start && m.range[0] < s.end));
    console.info(`punctuation recall, deleted closing mark: ${found.length}/${spots.length}`);
    expect(found.length / spots.length).toBeGreaterThanOrEqual(0.95);
  });
});
