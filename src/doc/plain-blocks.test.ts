import { describe, expect, it } from "vitest";
import { plainBlocks } from "./markdown-chunks.js";
import { plainBlock } from "./plain-blocks.js";

// Whether the result equals markdown-to-ast's is tested in markdown-chunks.test.ts;
// these pin which blocks take the fast path, so that it does not silently stop applying.
describe("plainBlock", () => {
  it("takes paragraphs of prose, digits and Latin letters included", () => {
    expect(plainBlock(["第一条　为了规范管理，制定本条例。"], 0)).toEqual({ start: 0, end: 17, contentStart: 0, depth: 0 });
    expect(plainBlock(["2021年9月28日通过", "AUKUS与5G"], 10)).toEqual({ start: 10, end: 10 + 12 + 1 + 8, contentStart: 10, depth: 0 });
  });

  it("takes one-line ATX headings, their text after the marker", () => {
    expect(plainBlock(["## 第一章　总则"], 5)).toEqual({ start: 5, end: 14, contentStart: 8, depth: 2 });
  });

  it("declines anything that may be Markdown syntax", () => {
    for (const lines of [
      ["双方**加强**合作"],
      ["见www.example.org"],
      ["1. 列表项"],
      ["2) 列表项"],
      ["- 列表项"],
      [" 缩进"],
      ["行尾空格 "],
      ["段落", "==="],
      ["# 标题 #"],
      ["# 标题", "正文"],
      ["时间10:30"],
    ]) {
      expect(plainBlock(lines, 0), lines.join("⏎")).toBeUndefined();
    }
  });
});

describe("plainBlocks", () => {
  it("finds the plain blocks that start after a blank line, with their lines", () => {
    const text = "# 标题\n\n第一条　甲。\n第二条　乙。\n\n- 列表\n\n第三条　丙。";
    expect(plainBlocks(text).map(({ block, line, lineCount }) => [text.slice(block.start, block.end), line, lineCount])).toEqual([
      ["# 标题", 1, 1],
      ["第一条　甲。\n第二条　乙。", 3, 2],
      ["第三条　丙。", 8, 1],
    ]);
  });

  it("finds none inside fenced code, after an HTML block, or with definitions", () => {
    expect(plainBlocks("```\n\n代码\n\n```")).toEqual([]);
    expect(plainBlocks("<div>\n\n第一条　甲。")).toEqual([]);
    expect(plainBlocks("第一条　甲。\n\n[注]: https://example.org")).toEqual([]);
  });
});
