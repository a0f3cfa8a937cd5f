import { describe, expect, it } from "vitest";
import { detectEol, LineIndex, preferredEol, splitLines } from "./lines.js";

describe("lines", () => {
  it("splits LF, CRLF and CR alike with absolute offsets", () => {
    const lines = splitLines("甲\r\n乙\r丙\n丁");
    expect(lines.map((l) => [l.text, l.start, l.end, l.eol])).toEqual([
      ["甲", 0, 1, "\r\n"],
      ["乙", 3, 4, "\r"],
      ["丙", 5, 6, "\n"],
      ["丁", 7, 8, ""],
    ]);
  });

  it("detects the line-ending convention", () => {
    expect(detectEol("a\nb\n")).toBe("lf");
    expect(detectEol("a\r\nb")).toBe("crlf");
    expect(detectEol("a\r\nb\n")).toBe("mixed");
    expect(detectEol("ab")).toBe("none");
    expect(preferredEol("a\r\nb\r\nc\n")).toBe("\r\n");
  });

  it("maps offsets to 1-based lines and columns in UTF-16 units", () => {
    const index = new LineIndex("𠀀字\r\n第二行");
    expect(index.position(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.position(5)).toEqual({ line: 2, column: 1, offset: 5 });
  });
});
