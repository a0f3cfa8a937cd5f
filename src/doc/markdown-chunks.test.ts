import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseWhole } from "@textlint/markdown-to-ast";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE } from "../../test/support/paths.js";
import { parseDocument } from "../plugin.js";
import { orMarkdownToAst, toTxtNode } from "./markdown-ast.js";
import { chunkBoundaries, MIN_CHUNK, parseMarkdownChunked } from "./markdown-chunks.js";

/** The AST as text, with each node's hidden unist `position` included. */
const canonical = (node: unknown): string =>
  JSON.stringify(node, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value) && "type" in value ? { ...value, position: (value as { position?: unknown }).position } : value,
  );

const expectSameAsWhole = (text: string, minChunk?: number) => expect(canonical(parseMarkdownChunked(text, minChunk))).toBe(canonical(parseWhole(text)));

// Our own blocks: every construct that can or cannot continue past a blank line.
const BLOCKS = [
  "双方同意**加强**合作，推动`务实`交流。",
  "第一条　为了规范管理，制定本条例。\n第二条　本条例适用于全市。",
  "# 第一章　总则",
  "标题\n===",
  "- 第一项\n- 第二项",
  "1. 甲\n2. 乙",
  "- 项目\n\n  续段仍属该项",
  "* 松散列表一",
  "3) 编号项",
  "```\n代码\n\n\n仍是代码\n```",
  "~~~text\n围栏\n~~~",
  "```\n未闭合的围栏",
  "    缩进代码\n\n    仍是缩进代码",
  "> 引文\n> 续行",
  "> 另一段引文",
  "<!-- 注释\n\n仍是注释 -->",
  "<div>\n块\n</div>",
  "<script>\nvar a = 1;\n\nvar b = 2;\n</script>",
  "| 甲 | 乙 |\n| - | - |\n| 1 | 2 |",
  "---",
  "见[链接](https://example.org)和 https://example.com 。",
  "脚注^[内嵌注释]在此。",
  "\t以制表符开头的行",
  "行尾有空格  \n下一行",
  "段落\n---",
  "***",
  "+ 加号列表",
  "10. 第十项",
  "  - 缩进的列表项",
  "  续行（缩进两格）",
  "[注]: https://example.org",
  "<span>内联</span>开头的行",
  "  ```\n缩进的围栏\n\n  ```",
  "| 无分隔行的竖线 |",
  "- [ ] 任务\n- [x] 完成",
  // Plain-looking blocks (plain-blocks.ts) and near misses that are Markdown after all.
  "第一行\n第二行\nThird line",
  "## 二级标题",
  "# 带结尾标记的标题 #",
  "#没有空格的井号",
  "####### 七个井号",
  "段落\n# 紧跟的标题",
  "标题下\n==",
  "含有网址WWW.example.com的段落",
  "邮箱a@example.cn在此",
  "时间10:30开始",
  "结尾有全角空格　",
  "　全角空格开头",
  "A股市场\nb股市场",
  "行内&amp;实体",
  "制表\t在中间",
  "空字符\u0000在此",
  "反斜杠\\在此",
  "只有**粗体**的段落",
  "只有“_下划线_”的段落",
  "只有`代码`的段落",
  "只有[链接](https://example.org)的段落",
  "只有![图](a.png)的段落",
  "只有<span>标签</span>的段落",
  "只有&amp;实体的段落",
  "只有~~删除~~的段落",
  "见http://example.com网站",
  "只有\\*转义的段落",
  "只有^[内嵌注释]的段落",
  "2021年9月28日通过",
  "2. 数字加点",
  "12) 数字加括号",
  "　　",
  "行内\u2028分隔符与\ufeff",
  "＃ 全角井号",
];

describe("parseMarkdownChunked", () => {
  it("gives the whole-text AST for any arrangement of blocks and blank lines (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...BLOCKS), fc.constantFrom("\n", "\n\n", "\n\n\n", "\r\n\r\n", "\n \n")), { maxLength: 25 }),
        fc.integer({ min: 1, max: 60 }),
        (parts, minChunk) => {
          expectSameAsWhole(parts.map(([block, gap]) => block + gap).join(""), minChunk);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("cuts long prose into pieces at blank lines before a new top-level block", () => {
    const text = "第一条　为了规范管理，制定本条例。\n\n".repeat(2000);
    const cuts = chunkBoundaries(text)!;
    expect(cuts.length).toBeGreaterThan(5);
    for (const cut of cuts) expect(text.slice(cut - 2, cut)).toBe("\n\n");
    expectSameAsWhole(text);
  });

  it("does not cut before a list item, inside fenced code, or text with definitions", () => {
    expect(chunkBoundaries(["- 甲", "- 乙", "- 丙"].join("\n\n"), 1)).toBeUndefined();
    expect(chunkBoundaries("```\n" + "代码\n\n".repeat(50) + "```\n", 1)).toBeUndefined();
    expect(chunkBoundaries("甲\n\n乙\n\n[注]: https://example.org\n\n丙", 1)).toBeUndefined();
    expect(chunkBoundaries("甲\n\n乙\n\n丙", 1)).toEqual([3, 6]);
  });

  it("gives the whole-text AST for the sample", () => {
    expectSameAsWhole(readFileSync(SAMPLE, "utf8"), 64);
  });

  it.skipIf(!HAS_DEV_CORPUS)("gives the whole-text AST for every dev corpus document", () => {
    for (const name of readdirSync(DEV_CORPUS).filter((n) => n.endsWith(".md"))) expectSameAsWhole(readFileSync(join(DEV_CORPUS, name), "utf8"));
  });
});

/** Every node's own property names in order, with their enumerable/writable/configurable flags. */
const descriptors = (node: unknown): unknown[] => {
  const out: unknown[] = [];
  const walk = (n: object): void => {
    out.push(Object.getOwnPropertyNames(n).map((k) => [k, ...Object.values(Object.getOwnPropertyDescriptor(n, k)!).filter((v) => typeof v === "boolean")]));
    for (const child of (n as { children?: object[] }).children ?? []) walk(child);
  };
  walk(node as object);
  return out;
};

/** parseDocument's AST is markdown-to-ast's: deep-equal, the same JSON, the same hidden positions and property flags. */
const expectMarkdownToAst = (text: string) => {
  const ours = parseDocument(text, "markdown");
  const theirs = parseWhole(text);
  expect(ours).toStrictEqual(theirs);
  expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  expect(canonical(ours)).toBe(canonical(theirs));
  // (parseDocument adds its own hidden syntax mark to the root.)
  expect(descriptors(parseMarkdownChunked(text))).toEqual(descriptors(theirs));
};

// One of each construct markdown-to-ast's parser knows (front matter only opens a document).
const DOCUMENTS: Record<string, string> = {
  headings: "# 第一章　总则\n\n## 第一节 *强调*的标题 ##\n\n标题\n===\n\n副标题\n---\n\n###### 六级",
  lists: "- 甲\n- 乙\n  - 乙一\n    1. 乙一甲\n    2. 乙一乙\n- 丙\n\n3) 三\n4) 四\n\n* 松散\n\n* 列表\n\n  续段\n\n- [ ] 任务\n- [x] 完成",
  tables: "| 左 | 中 | 右 |\n| :- | :-: | -: |\n| `a\\|b` | [链接](https://example.org) | **粗** |\n| 少一格 |\n\n| 无对齐 |\n| --- |\n| https://example.com |",
  code: "```js title=\"x\"\nconst a = 1;\n```\n\n~~~\n波浪\n~~~\n\n    缩进代码\n\n行内`代码`与``双`反引号``。\n\n```\n未闭合",
  html: "<div>\n块 *不解析*\n</div>\n\n<!-- 注释 -->\n\n段落里的<span>内联</span>和<br/>。\n\n<script>\nvar a = 1;\n</script>",
  links: "[链接](https://example.org \"标题\")、<https://example.net>、www.example.com、https://example.com/路径 和 a@example.org。\n\n[引用][ref]、[ref][]、[ref]、![图](a.png \"t\")、![图引用][ref]\n\n[ref]: https://example.org/ref \"引用标题\"",
  footnotes: "正文[^1]和内嵌^[内嵌注释*强调*]。\n\n[^1]: 脚注定义\n    续行\n\n[^长注]: 另一条",
  emphasis: "*斜体*、_下划线_、**粗体**、__粗__、***粗斜***、~~删除~~、~单~、\\*转义\\*、&amp; &copy; &#x4E2D;",
  breaks: "行尾两空格  \n反斜杠\\\n软换行\n下一行\n\n---\n\n***\n\n> 引文\n> > 嵌套引文\n>\n> - 引文中的列表",
  crlf: "# 标题\r\n\r\n- 甲\r\n- 乙\r\n\r\n| a | b |\r\n| - | - |\r\n| 1 | 2 |\r\n\r\n```\r\n代码\r\n```\r\n行尾两空格  \r\n下一行\r\n",
  bom: "\uFEFF# 带字节序标记\n\n第一条　为了规范管理，制定本条例。\n",
  chinese: "第一条　为了规范管理，制定本条例。\n第二条　本条例适用于全市。（一）“引号”《书名》——破折号……省略号\n\n　　全角空格开头的段落。",
  yaml: "---\ntitle: 标题\ntags: [甲, 乙]\n---\n\n正文",
  toml: "+++\ntitle = \"标题\"\n+++\n\n正文",
  hexo: ";;;\n{\"title\": \"标题\"}\n;;;\n\n正文",
  eleventy: "---json\n{\"title\": \"标题\"}\n---\n\n正文",
  hugo: "{\n\"title\": \"标题\"\n}\n\n正文",
  empty: "",
  blank: "\n\n  \n",
  "lone CR": "甲\r乙\r\r丙",
  tabs: "\t缩进\n-\t项\n\n>\t引文",
};

describe("parseDocument (markdown) against @textlint/markdown-to-ast", () => {
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`gives its AST for ${name}`, () => expectMarkdownToAst(text));
  }

  it("gives its AST for all constructs together, also when long enough to be parsed in pieces", () => {
    const all = Object.entries(DOCUMENTS)
      .filter(([name]) => !["bom", "yaml", "toml", "hexo", "eleventy", "hugo", "lone CR"].includes(name))
      .map(([, text]) => text)
      .join("\n\n");
    expectMarkdownToAst(all);
    // Pieces are cut only before the first HTML block and without definitions anywhere.
    const cuttable = ["headings", "chinese", "emphasis", "tables", "lists", "code"].map((name) => DOCUMENTS[name]!.replace(/\n```\n未闭合$/, "")).join("\n\n") + "\n\n";
    const long = cuttable.repeat(Math.ceil((3 * MIN_CHUNK) / cuttable.length)) + all.replace(/^\[(?:ref|\^[^\]]*)\]:.*\n?(?: {4}.*\n?)?/gm, "");
    expect(chunkBoundaries(long)).toBeDefined();
    expectMarkdownToAst(long);
  });

  it("hands a text whose Str or Link lacks a position to markdown-to-ast (its guessed positions)", () => {
    const text = "甲";
    expect(orMarkdownToAst(text, () => toTxtNode({ type: "text" }, text, 0, 0) as never)).toStrictEqual(parseWhole(text));
    // Other nodes without a position are left as they are, as markdown-to-ast leaves them.
    const node = { type: "footnote" };
    toTxtNode(node, text, 0, 0);
    expect(node).toStrictEqual({ type: "footnote" });
  });

  it.skipIf(!HAS_DEV_CORPUS)("gives its AST for every dev corpus document", () => {
    for (const name of readdirSync(DEV_CORPUS).filter((n) => n.endsWith(".md"))) expectMarkdownToAst(readFileSync(join(DEV_CORPUS, name), "utf8"));
  });
});
