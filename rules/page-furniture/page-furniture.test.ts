import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { describe, expect, it } from "vitest";
import { findPageFurniture, parsePageNumber } from "../../src/doc/page-furniture.js";
import { plugin } from "../../src/plugin.js";
import { testRule } from "../../test/support/rule-tester.js";
import rule from "./index.js";
import { randomFloats as random } from "../../src/eval/random.js";
import { DEV_CORPUS, tuningHalf } from "../../test/support/paths.js";

const here = dirname(fileURLToPath(import.meta.url));
const kernel = new TextlintKernel();
const kernelOptions = (ext: string) => ({
  ext,
  plugins: [{ pluginId: "jiaodui", plugin }],
  rules: [{ ruleId: "page-furniture", rule, options: { locale: "en" } }],
});
const lint = async (text: string, ext = ".txt") => (await kernel.lintText(text, kernelOptions(ext))).messages;
const fix = async (text: string, ext = ".txt") => (await kernel.fixText(text, kernelOptions(ext))).output;

// Prose lines (our own sentences) to put furniture between.
const P1 = "各地区要加强组织领导，明确责任分工，确保各项任务";
const P2 = "落到实处，取得实效。";
const P3 = "有关部门要加强督促检查，及时研究解决工作中遇到";
const P4 = "的新情况新问题。";
const prose = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}行正文，各地区要加强组织领导，明确责任分工。`);

describe("parsePageNumber", () => {
  it.each([
    ["- 12 -", "dashed", 12],
    ["— 12 —", "dashed", 12],
    ["－１２－", "dashed", 12],
    ["-12-", "dashed", 12],
    ["·12·", "dotted", 12],
    ["第 3 页", "chinese", 3],
    ["第3页 共10页", "chinese", 3],
    ["第 3 页／共 10 页", "chinese", 3],
    ["共10页 第3页", "chinese", 3],
    ["3/10", "fraction", 3],
    ["Page 3 of 10", "page-of", 3],
    ["page 3", "page-of", 3],
    ["\f  12  ", "bare", 12],
  ])("%j is a %s page number", (text, form, page) => {
    expect(parsePageNumber(text)).toMatchObject({ form, page });
  });
  it.each(["2023/5", "第3页共2页", "0", "007", "12345", "第3条", "3.10", "- 12", "12 -", "（12）"])("%j is not", (text) => {
    expect(parsePageNumber(text)).toBeUndefined();
  });
});

const header = "××市人民政府办公室文件";
/** Pages of prose with a footer `footer(n)` and a running header from page 2 on. */
function paged(pages: number, footer: (n: number) => string, linesPerPage = 12): string {
  const out: string[] = ["关于加强组织领导的通知", ""];
  for (let p = 1; p <= pages; p++) {
    if (p > 1) out.push(`\f${header}`, "");
    out.push(...prose(linesPerPage).map((line) => `${line.slice(0, -1)}（第${p}页）。`));
    out.push("", footer(p), "");
  }
  return out.join("\n");
}
/** The same text with its furniture removed by hand. */
function unpaged(pages: number, linesPerPage = 12): string {
  const out: string[] = ["关于加强组织领导的通知", ""];
  for (let p = 1; p <= pages; p++) {
    out.push(...prose(linesPerPage).map((line) => `${line.slice(0, -1)}（第${p}页）。`));
    if (p < pages) out.push("");
  }
  return out.join("\n") + "\n";
}

testRule(
  "page-furniture",
  rule,
  {
    valid: [
      // A number that is part of a sentence, or 第3页 inside one.
      `${P1}\n12个部门参加了会议。\n${P2}`,
      `具体标准详见附件第3页所列指标。\n${P2}`,
      // A numbered list of bare numbers: close together, not pages.
      `项目如下：\n1\n道路改造工程\n2\n供水管网工程\n3\n绿化提升工程`,
      // A number in a table or next to one.
      `| 序号 | 名称 |\n|---|---|\n| 1 | 道路 |\n| 2 | 供水 |`,
      `指标如下：\n3\n   合计    1200    1300`,
      // A heading repeated in two documents, and a refrain.
      `# 甲法\n\n## 第一章　总则\n\n${P1}${P2}\n\n# 乙法\n\n## 第一章　总则\n\n${P3}${P4}`,
      [...Array(4)].map(() => `各位代表！\n\n${prose(10).join("\n")}`).join("\n\n"),
      // A short line repeated at irregular, close intervals with nothing page-like about it.
      [`委员若干人`, P1, `委员若干人`, P2, P3, `委员若干人`].join("\n"),
      // The same chapter heading in three plain-text documents, a page apart: structure, not a header.
      [...Array(3)].map((_, d) => `第一章　总则\n${prose(20).join("\n")}${d}`).join("\n"),
      // The bundled sample (Markdown, with a table).
      readFileSync(join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt"), "utf8"),
      // A document title that appears once at the top.
      `关于加强组织领导的通知\n\n${prose(30).join("\n")}`,
      // Dates and fractions that cannot be pages.
      `${P1}\n2023/5\n${P2}`,
      // The words of web buttons and metadata inside sentences are prose.
      "第十二条　打印、复制涉密文件应当登记。\n（一）同一诽谤信息实际被点击、浏览次数达到五千次以上的；\n来源：国家统计局",
      // Numbers of the text: what a noun takes (见表1，附件2：), ratios and times, quantities, exponents.
      "详见表1，附件2：名单。比例为1：1000，上午8：30开会，增加了3，其中男性占6，面积10m²，溴-1-丙酮。",
      // A superscript among Latin-1 letters is a byte of mojibake (GBK read as Latin-1: ³£ÎñÎ¯Ô±»á for 常务委员会), the encoding rule's.
      "大会全体会议听取³£ÎñÎ¯Ô±»á的报告。",
    ],
    invalid: [
      {
        text: `${P1}\n- 12 -\n${P2}`,
        output: `${P1}\n${P2}`,
        errors: [{ message: "Page-number line “- 12 -” is a footer left by PDF extraction; remove the line.", line: 2, column: 1 }],
        options: { locale: "en" },
      },
      ...["— 12 —", "－12－", "第 3 页", "第3页 共10页", "第 3 页／共 10 页", "3/10", "Page 3 of 10", "·12·"].map((footer) => ({
        text: `${P1}\n${footer}\n${P2}`,
        output: `${P1}\n${P2}`,
        errors: [{ message: `页码行“${footer}”是 PDF 提取残留的页脚，应删除整行。` }],
      })),
      // A web page's buttons: the line goes.
      ...["【字体：大 中 小】 【打印】 【关闭】", "打印本页 关闭窗口", "[打印] [关闭]", "字号：[大][中][小]", "扫一扫在手机打开当前页"].map((buttons) => ({
        text: `${P1}${P2}\n${buttons}\n${P3}${P4}`,
        output: `${P1}${P2}\n${P3}${P4}`,
        errors: [{ message: `“${buttons}”是网页提取残留的页面按钮或导航（打印、关闭、字号、当前位置等），应删除整行。` }],
      })),
      // Its breadcrumb trail: the line goes too.
      {
        text: `当前位置：首页 > 政务公开 > 政策文件\n${P1}${P2}`,
        output: `${P1}${P2}`,
        errors: [{ message: "“当前位置：首页 > 政务公开 > 政策文件”是网页提取残留的页面按钮或导航（打印、关闭、字号、当前位置等），应删除整行。" }],
      },
      // Its metadata lines: a warning, the line may have been kept on purpose.
      ...["责任编辑：张三", "浏览次数：1234", "上一篇：关于加强管理的通知", "京ICP备05070218号", "来源：新华社 发布时间：2023-03-21", "发布时间：2023-03-21 10:30 来源：新华社"].map((meta) => ({
        text: `${P1}${P2}\n${meta}`,
        output: `${P1}${P2}\n${meta}`,
        errors: [{ message: `“${meta}”疑为网页提取残留的页面信息（责任编辑、浏览次数、上下篇链接、备案号等），不属于正文。` }],
      })),
      // Footnote numbers glued to the prose: superscripts, and plain digits between a word and punctuation; suggestions only.
      {
        text: "推动高质量发展¹，加快构建新发展格局2。",
        output: "推动高质量发展¹，加快构建新发展格局2。",
        errors: [
          { message: "正文中的上标数字“¹”疑为 PDF 脚注的引用编号，脚注正文可能在页底或别处。", range: [7, 8] },
          { message: "紧贴在词语和标点之间的数字“2”疑为 PDF 脚注的引用编号（原为上标）。", range: [18, 19] },
        ],
      },
      // CRLF line endings are kept.
      { text: `${P1}\r\n第 3 页\r\n${P2}`, output: `${P1}\r\n${P2}`, errors: [{ line: 2 }] },
      // Between blank lines: one blank line stays.
      { text: `${P1}${P2}\n\n- 3 -\n\n${P3}${P4}`, output: `${P1}${P2}\n\n${P3}${P4}`, errors: [{ line: 3 }] },
      // pdftotext's page end: footer, blank line, form feed glued to the next page's first line.
      { text: `${P1}\n- 3 -\n\n\f${P2}`, output: `${P1}\n\n${P2}`, errors: [{ line: 2 }, { line: 4, column: 1 }] },
      // A form feed alone on the last line.
      { text: `${P1}${P2}\n\f`, output: `${P1}${P2}\n`, errors: [{ line: 2 }] },
      // A lone bare number between prose: only a warning, no fix.
      {
        text: `${P1}\n12\n${P2}`,
        output: `${P1}\n12\n${P2}`,
        errors: [{ message: "The number “12” alone on a line between prose lines may be a page number.", line: 2 }],
        options: { locale: "en" },
      },
      // Bare numbers counting up a page apart are page numbers.
      {
        text: [...prose(10), "1", ...prose(10), "2", ...prose(3)].join("\n"),
        output: [...prose(10), ...prose(10), ...prose(3)].join("\n"),
        errors: [{ line: 11 }, { line: 22 }],
      },
      // A running header from page 2 on, a footer on every page.
      {
        text: paged(4, (n) => `- ${n} -`),
        output: unpaged(4),
        errors: [...Array(4 + 3)].map(() => ({})),
      },
      // A running header with no page numbers at all: the page-like spacing alone. The first
      // occurrence opens the text, where it cannot be told from the title: it stays.
      {
        text: [...Array(4)].flatMap((_, p) => [header, ...prose(15).map((l) => `${l}${p}`)]).join("\n"),
        output: [header, ...[...Array(4)].flatMap((_, p) => prose(15).map((l) => `${l}${p}`))].join("\n"),
        errors: [...Array(3)].map(() => ({ message: `“${header}”按页的间隔重复出现 3 次，是 PDF 提取残留的页眉或页脚，应删除整行。` })),
      },
      // Twice, next to page breaks: a warning only; the page numbers go.
      {
        text: [...prose(6), header, ...prose(10), "- 1 -", header, ...prose(10), "- 2 -"].join("\n"),
        output: [...prose(6), header, ...prose(10), header, ...prose(10)].join("\n") + "\n",
        errors: [{ line: 7, message: `“${header}”重复出现在分页处（2 次），可能是页眉或页脚。` }, { line: 18 }, { line: 19 }, { line: 30 }],
      },
    ],
  },
);

/** Ground truth from fixtures/manifest.json, independent of the rule's own patterns. */
interface Truth {
  furniture: string[];
  /** The running header repeats the title: a line equal to it on the first page is the real title. */
  titleKept?: string;
}
const manifest = JSON.parse(readFileSync(join(here, "fixtures", "manifest.json"), "utf8")) as Record<string, Truth>;
const squeeze = (line: string) => line.replace(/[\s\f\u3000]+/gu, "");
function groundTruth(text: string, truth: Truth): boolean[] {
  const patterns = truth.furniture.map((p) => new RegExp(p, "u"));
  let titleSeen = false;
  return text.split("\n").map((line) => {
    const s = squeeze(line);
    if (s === "") return line.includes("\f");
    if (line.includes("\f")) titleSeen = true;
    if (truth.titleKept && s === squeeze(truth.titleKept) && !titleSeen) {
      titleSeen = true;
      return false;
    }
    return patterns.some((p) => p.test(s));
  });
}
const multiset = (lines: string[]) => lines.filter((l) => l.trim() !== "").sort();

describe("pdftotext fixtures", () => {
  it.each(Object.entries(manifest))("%s: all furniture found and removed, nothing else", async (name, truth) => {
    const text = readFileSync(join(here, "fixtures", name), "utf8");
    const expected = groundTruth(text, truth);
    const lines = text.split("\n");
    expect(expected.filter(Boolean).length).toBeGreaterThan(3);
    const { furniture } = findPageFurniture(text);
    const found = lines.map((_, i) => furniture.get(i)?.safe === true);
    expect(lines.filter((_, i) => found[i] !== expected[i])).toEqual([]);

    const output = await fix(text);
    expect(output).not.toContain("\f");
    // What still matches a furniture pattern is the real title, kept once.
    const titles = lines.filter((l, i) => !expected[i] && truth.titleKept && squeeze(l) === squeeze(truth.titleKept)).length;
    expect(groundTruth(output, { ...truth, titleKept: undefined }).filter(Boolean).length).toBe(titles);
    expect(multiset(output.split("\n"))).toEqual(multiset(lines.filter((_, i) => !expected[i])));
    // No double blank line where there was none.
    if (!/\n[ \t]*\n[ \t]*\n/.test(text)) expect(output).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
    // Linting the fixed text finds nothing left.
    expect(await lint(output)).toEqual([]);
  });
});

const corpusDir = DEV_CORPUS;
const evenFiles = tuningHalf();

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("%s: no findings on clean text", async (file) => {
    const messages = await lint(readFileSync(join(corpusDir, file), "utf8"), ".md");
    expect(messages.map((m: TextlintMessage) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  const FORMS = [
    (n: number) => `- ${n} -`,
    (n: number) => `— ${n} —`,
    (n: number) => `－${n}－`,
    (n: number) => `第 ${n} 页`,
    (n: number, total: number) => `第${n}页 共${total}页`,
    (n: number, total: number) => `第 ${n} 页／共 ${total} 页`,
    (n: number, total: number) => `${n}/${total}`,
    (n: number, total: number) => `Page ${n} of ${total}`,
    (n: number) => `·${n}·`,
    (n: number) => `${n}`,
  ];
  const isProse = (line: string | undefined) => line !== undefined && !line.startsWith("|") && !line.startsWith("#") && (line.match(/\p{Unified_Ideograph}/gu)?.length ?? 0) >= 2;

  it.each(evenFiles)("%s: inserted page furniture is found and the fix restores the text", async (file) => {
    const original = readFileSync(join(corpusDir, file), "utf8");
    const next = random(Number(/\d+/.exec(file)![0]));
    const lines = original.split("\n");
    const title = (lines.find((l) => l.startsWith("# ")) ?? "# 文件").slice(2).trim();
    // Each file uses one form, as a real document does; the forms take turns across files.
    const form = FORMS[evenFiles.indexOf(file) % FORMS.length]!;
    // Insertion points about every 40 lines; a bare number only between prose lines (as on a real page).
    const points: number[] = [];
    for (let at = 36 + Math.floor(next() * 8); at < lines.length - 2; at += 36 + Math.floor(next() * 8)) {
      // Not inside a Markdown table (a line there would become a table row); a bare number only between prose lines.
      const nonBlank = (i: number, step: number) => {
        while (lines[i]?.trim() === "") i += step;
        return lines[i];
      };
      const fits = (i: number) =>
        form === FORMS[9] ? isProse(nonBlank(i - 1, -1)) && isProse(nonBlank(i, 1)) : !lines[i - 1]!.startsWith("|") && !lines[i]!.startsWith("|");
      while (at < lines.length - 2 && !fits(at)) at++;
      if (at >= lines.length - 2) break;
      points.push(at);
    }
    // A running header on most files (it needs three pages to count); the rest have page numbers and form feeds only.
    const withHeader = points.length >= 3 && evenFiles.indexOf(file) % 4 !== 3;
    const inserted = new Set<string>();
    const out: string[] = [];
    let k = 0;
    let formFeed = false;
    lines.forEach((line, i) => {
      if (points[k] === i) {
        k++;
        const footer = form(k, points.length + 1);
        out.push(footer);
        inserted.add(footer);
        // pdftotext glues the form feed to the next page's first line: to the header if any, else to the next text line.
        if (withHeader) out.push(`${next() < 0.5 ? "\f" : ""}${title}`);
        else formFeed = true;
      }
      if (formFeed && line.trim() !== "") {
        line = `\f${line}`;
        formFeed = false;
      }
      out.push(line);
    });
    const text = out.join("\n");
    const messages = await lint(text, ".md");
    const flagged = messages.filter((m) => !m.message.includes("U+000C")).map((m) => out[m.line - 1]!.replace("\f", ""));
    const expected = out.filter((l) => inserted.has(l) || (withHeader && l.replace("\f", "") === title && !l.startsWith("# ")));
    expect(flagged).toEqual(expected.map((l) => l.replace("\f", "")));
    expect(await fix(text, ".md")).toBe(original);
  });
});

describe("running headers whose numbers vary", () => {
  const page = (n: number) => prose(12).map((l) => `${l}${n}`);
  it("a header carrying its page number is furniture, on the first page too (laid out in parts, it is no title)", () => {
    const text = [1, 2, 3, 4].flatMap((n) => [`${header}   ${n}`, ...page(n)]).join("\n");
    const { furniture } = findPageFurniture(text);
    expect([...furniture.values()].filter((f) => f.safe).map((f) => f.line.text)).toEqual([1, 2, 3, 4].map((n) => `${header}   ${n}`));
  });
  it("lines that only share a shape (dates) are not", () => {
    const text = ["2021年1月1日施行", "2019年6月1日施行", "2020年3月1日施行", "2018年9月1日施行"].flatMap((d, n) => [d, ...page(n)]).join("\n");
    expect(findPageFurniture(text).furniture.size).toBe(0);
  });
  it("attachment labels counting up (附件1 … 附件2 … 附件3) are headings, not a page counter", () => {
    const text = [...page(0), "附件：1.甲规范 2.乙样式 3.丙样式", ...[1, 2, 3].flatMap((n) => [`附件${n}`, ...page(n)])].join("\n");
    expect(findPageFurniture(text).furniture.size).toBe(0);
    // The same label on every page of one attachment is still a running header.
    const repeated = [1, 2, 3, 4].flatMap((n) => ["附件1", ...page(n)]).join("\n");
    expect(findPageFurniture(repeated).furniture.size).toBeGreaterThan(0);
  });
  it("white space inside a header may vary (pdftotext -layout)", () => {
    const text = [1, 2, 3, 4].flatMap((n) => [`中俄${" ".repeat(n)}联合声明`, ...page(n)]).join("\n");
    expect(findPageFurniture(text).furniture.size).toBe(3);
  });
});

describe("files of several documents (a corpus file of many laws)", () => {
  const paragraphs = (n: number, tag: string) => prose(n).map((l) => `${l}${tag}`);
  /** A Markdown document: its title, a preamble line, then `body` (blank lines between blocks). */
  const law = (title: string, preamble: string, body: string[]) => [`# ${title}`, preamble, ...body].join("\n\n");

  it("a preamble each version of a law repeats, and a heading each law has once, are no running headers", async () => {
    const preamble = "2002年2月20日国务院第55次常务会议通过";
    const text = [1, 2, 3, 4]
      .map((n) => law(`某某管理条例（第${n}版）`, preamble, [...paragraphs(9, `甲${n}`), "法律责任", ...paragraphs(9, `乙${n}`)]))
      .join("\n\n");
    expect(await lint(text, ".md")).toEqual([]);
  });

  it("a running header that recurs within one document is still furniture", async () => {
    const pages = (n: number) => [1, 2, 3].flatMap((p) => [...paragraphs(9, `${n}页${p}`), `\f${header}`]);
    const text = [1, 2].map((n) => law(`某某管理条例（第${n}版）`, "2002年2月20日国务院第55次常务会议通过", pages(n))).join("\n\n");
    const found = (await lint(text, ".md")).map((m: TextlintMessage) => text.slice(m.range[0], m.range[1]).replace("\f", ""));
    expect(found).toEqual(Array(6).fill(header));
  });
});
