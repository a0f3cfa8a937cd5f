import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plugin } from "../../src/plugin.js";
import { testRule } from "../../test/support/rule-tester.js";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE, tuningHalf } from "../../test/support/paths.js";
import rule from "./index.js";
import { randomFloats as random } from "../../src/eval/random.js";

testRule("spacing", rule, {
  valid: [
    "中华人民共和国成立了。",
    // The official separator after an article, chapter or section number, ASCII or U+3000.
    "第一条　公民在法律面前一律平等。",
    "第十七条之一　已满七十五周岁的人故意犯罪的，可以从轻或者减轻处罚。",
    "第一条 公民在法律面前一律平等。",
    { text: "## 第一章　总则\n\n第一条　为了规范……，制定本法。", ext: ".md" },
    // Indentation, and U+3000 between title halves or in an aligned two-character name.
    "　　中国人民站起来了。",
    "坚定不移沿着中国特色社会主义道路前进　为全面建成小康社会而奋斗",
    // A news headline's two halves, one space apart on the document's first line, and a news credit's names.
    "国家统计局发布一季度经济数据 主要指标稳中有进\n\n新华社北京4月16日电（记者 陈晓岚 刘振宇）国家统计局16日发布数据。",
    "本报讯（通讯员 王芳）全市春耕备耕工作有序推进。",
    // So is a Markdown heading's: the title of the second statement in a file.
    { text: "# 第一篇\n\n正文。\n\n# 国家统计局发布一季度经济数据 主要指标稳中有进\n\n正文。", ext: ".md" },
    // U+FEFF between characters is no visible gap: encoding reports it, as a zero-width character.
    "中国\uFEFF人民共和国成立了。",
    "王　刚",
    // Chinese next to Latin or digits: a style choice, never flagged.
    "中国 5G 网络覆盖 95% 的县城。",
    "在 2023 年，GDP 增长 5.2%。",
    // Codes and counts before no unit, two digits, a thousands separator: not a letter-spaced number.
    "电话：1 2 3 4 5 6。依照第 1 2 条处理，共计1 000元。",
    "破坏国际地区安全 and 全球战略稳定。",
    // Markdown: code, table alignment.
    { text: "代码 `中国 人民` 不查。\n\n```\n中国 人民\n```", ext: ".md" },
    { text: "| 签署人 | 职务 |\n|---|---|\n| 习近平   | 主席 |", ext: ".md" },
    { text: "| 中华人民共和国主席<br>习近平   | 俄罗斯联邦总统<br>弗·弗·普京 |\n|---|---|\n| 甲 | 乙 |", ext: ".md" },
  ],
  invalid: [
    { text: "中国 人民共和国成立了。", output: "中国人民共和国成立了。", errors: [{ range: [2, 3] }] },
    { text: "发展 ，进步。", output: "发展，进步。", errors: [{ range: [2, 3] }] },
    { text: "他说：“ 中国人民站起来了 ”。", output: "他说：“中国人民站起来了”。", errors: [{ range: [4, 5] }, { range: [13, 14] }] },
    { text: "中国\u00A0人民，发展\u2003进步。", output: "中国人民，发展进步。", errors: [{ range: [2, 3] }, { range: [8, 9] }] },
    { text: "中国  人民，发展。", output: "中国人民，发展。", errors: [{ range: [2, 4] }] },
    // A column's width inside prose lines: two columns read line by line into one; no fix (deleting it would splice them).
    {
      text: "坚持以人民为中心，          各地区要加强组织领导，\n推动高质量发展，    分工，确保各项任务落到实处。",
      output: "坚持以人民为中心，          各地区要加强组织领导，\n推动高质量发展，    分工，确保各项任务落到实处。",
      errors: [
        { message: "正文行中的大段空白（U+0020×10）：疑为双栏版面被逐行合并，左右两栏（或两段）的文字交错在同一行；请对照原文分开，不要直接删除空白。", range: [9, 19] },
        { range: [39, 43] },
      ],
    },
    // U+3000 is an artefact only where it clings to punctuation.
    { text: "发展　，进步。", output: "发展，进步。", errors: [{ range: [2, 3] }] },
    // A citation inside a sentence is not an article heading.
    { text: "依照本法第一条 规定办理。", output: "依照本法第一条规定办理。", errors: [{ range: [7, 8] }] },
    // Letter-spaced names and headings collapse; the space after the chapter number stays.
    { text: "习　近　平", output: "习近平", errors: [{ range: [0, 5] }] },
    { text: "总 则", output: "总则", errors: [{ range: [0, 3] }] },
    { text: "第 一 章", output: "第一章", errors: [{ range: [0, 5] }] },
    { text: "第 一 章　总 则", output: "第一章　总则", errors: [{ range: [0, 5] }, { range: [6, 9] }] },
    { text: "## 总　则\n\n正文。", ext: ".md", output: "## 总则\n\n正文。", errors: [{ range: [3, 6] }] },
    { text: "| 中国 人民，好 | 甲 |\n|---|---|\n| 乙 | 丙 |", ext: ".md", output: "| 中国人民，好 | 甲 |\n|---|---|\n| 乙 | 丙 |", errors: [{ range: [4, 5] }] },
    // Layout columns and title separators in lines without punctuation: a warning, no fix.
    { text: "中华人民共和国主席   俄罗斯联邦总统", output: "中华人民共和国主席   俄罗斯联邦总统", errors: [{ range: [9, 12] }] },
    // (Below the document's first line, where a news headline's halves stand apart by right.)
    { text: "正文。\n\n坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗", output: "正文。\n\n坚定不移沿着中国特色社会主义道路前进 为全面建成小康社会而奋斗", errors: [{ range: [23, 24] }] },
    // A bracket after 记者 that holds no names is prose.
    { text: "（记者 在现场看到）", output: "（记者在现场看到）", errors: [{ range: [3, 4] }] },
    { text: "习 近 平   普 京", output: "习近平   普京", errors: [{ range: [0, 5] }, { range: [5, 8] }, { range: [9, 10] }] },
    // A number's digits letter-spaced before its unit.
    { text: "本法自2 0 2 3年1月1日起施行。", output: "本法自2023年1月1日起施行。", errors: [{ message: "“2 0 2 3”逐字加了空格（排版字距），应为“2023”。", range: [3, 10] }] },
  ],
});

const kernel = new TextlintKernel();
const options = (ext: string) => ({ ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "spacing", rule }] });
const lint = async (text: string, ext = ".md") => (await kernel.lintText(text, options(ext))).messages;
const fix = async (text: string, ext = ".md") => (await kernel.fixText(text, options(ext))).output;

/** Whether `output` is `input` with some white space deleted and nothing else changed. */
function onlyWhiteSpaceDeleted(input: string, output: string): boolean {
  let j = 0;
  for (const char of input) {
    if (output.startsWith(char, j)) j += char.length;
    else if (!/\s/u.test(char)) return false;
  }
  return j === output.length;
}

describe("spacing does no harm", () => {
  test("the bundled sample has no findings", async () => {
    expect(await lint(readFileSync(SAMPLE, "utf8"), ".txt")).toEqual([]);
  });

  test("punctuation width and the space after 第X条 survive the fix", async () => {
    const text = "第一条　公民，在法律面前 一律平等。第二章 总则\n\n中国 5G 网络，“发展”。";
    const output = await fix(text, ".txt");
    expect(output).toBe("第一条　公民，在法律面前一律平等。第二章 总则\n\n中国 5G 网络，“发展”。");
  });

  test("the fix only ever deletes white space (random text)", async () => {
    const alphabet = ["中", "国", "人", "民", "第", "一", "条", "章", "，", "。", "“", "”", " ", "  ", "　", "\u00A0", "a", "5", "\n", "|", "`", "#"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.constantFrom(".txt", ".md"), async (parts, ext) => {
        const text = parts.join("");
        const output = await fix(text, ext);
        expect(onlyWhiteSpaceDeleted(text, output)).toBe(true);
      }),
      { numRuns: 300, seed: 20240605 },
    );
  });
});

/** The tuning half of the dev corpus: even-numbered files. */
const tuningFiles = tuningHalf();


describe.skipIf(!HAS_DEV_CORPUS)("spacing on the dev corpus (tuning half)", () => {
  test("clean documents give no findings", async () => {
    expect(tuningFiles.length).toBeGreaterThan(20);
    for (const file of tuningFiles) {
      const found = await lint(readFileSync(join(DEV_CORPUS, file), "utf8"));
      expect(found.map((m) => `${file}:${m.line}:${m.column} ${m.message}`)).toEqual([]);
    }
  });

  test("injected spaces are found (≥ 95 %) and the fix restores the original exactly", async () => {
    const next = random(42);
    const SPACES = [" ", " ", "  ", "\u00A0", "\u2002", "\u2003", "\u2009"];
    const IDEOGRAPH = /^\p{Unified_Ideograph}$/u;
    let injected = 0;
    let found = 0;
    for (const file of tuningFiles) {
      const original = readFileSync(join(DEV_CORPUS, file), "utf8");
      // Spaces between two ideographs, or before a comma/full stop, in prose lines (with a full stop).
      const positions: number[] = [];
      let lineStart = 0;
      for (const line of original.split("\n")) {
        if (line.includes("。") && !/^[#|]/u.test(line)) {
          for (let i = 1; i < line.length; i++) {
            if (IDEOGRAPH.test(line[i - 1]!) && (IDEOGRAPH.test(line[i]!) || "，。、；".includes(line[i]!)) && next() < 0.002) positions.push(lineStart + i);
          }
        }
        lineStart += line.length + 1;
      }
      const chosen = positions.filter((p, k) => k === 0 || p - positions[k - 1]! > 2).slice(0, 20);
      let text = original;
      const spans: [number, number][] = [];
      for (const p of [...chosen].reverse()) {
        const punctuation = "，。、；".includes(original[p]!);
        const space = punctuation && next() < 0.3 ? "\u3000" : SPACES[Math.floor(next() * SPACES.length)]!;
        text = text.slice(0, p) + space + text.slice(p);
        spans.forEach((s) => ((s[0] += space.length), (s[1] += space.length)));
        spans.push([p, p + space.length]);
      }
      const messages = await lint(text);
      injected += spans.length;
      found += spans.filter(([s, e]) => messages.some((m) => m.range[0] <= s && m.range[1] >= e)).length;
      expect(messages.length).toBe(spans.length);
      expect(await fix(text)).toBe(original);
    }
    expect(injected).toBeGreaterThan(200);
    expect(found / injected).toBeGreaterThanOrEqual(0.95);
  });
});

// Real `pdftotext -layout` output of the sample set in two columns (rules/paragraph-split/fixtures/README.md).
describe("a page set in two columns", () => {
  const fixture = join(import.meta.dirname, "..", "paragraph-split", "fixtures", "sample-two-columns.pdftotext-layout.txt");
  const single = join(import.meta.dirname, "..", "paragraph-split", "fixtures", "sample.pdftotext-layout.txt");

  it("is reported once per page, and no gutter is deleted", async () => {
    const text = readFileSync(fixture, "utf8");
    const messages = await lint(text, ".txt");
    const pages = text.split("\f").filter((page) => page.trim() !== "").length;
    expect(messages.map((m) => m.message.replace(/第 \d+ 行起.*/u, "page"))).toEqual(Array(pages).fill("page"));
    expect(await fix(text, ".txt")).toBe(text);
  });

  it("is not seen in the same text set in one column", async () => {
    expect((await lint(readFileSync(single, "utf8"), ".txt")).filter((m) => m.message.includes("双栏"))).toEqual([]);
  });
});
