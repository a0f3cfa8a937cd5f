import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseWhole } from "@textlint/markdown-to-ast";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE } from "../../test/support/paths.js";
import { chunkBoundaries, parseMarkdownChunked } from "./markdown-chunks.js";

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
