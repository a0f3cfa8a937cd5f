import { describe, expect, it } from "vitest";
import { detectEol, lineEndAt, LineIndex, lineStartAt, preferredEol, splitLines } from "./lines.js";

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

  it("finds the line around an offset, whatever its line endings", () => {
    const text = "甲乙\r\n丙丁\r戊己\n庚";
    // Inside 丙丁 (after CRLF), inside 戊己 (after a lone CR, before LF), on the last line, on the first.
    expect([lineStartAt(text, 5), lineEndAt(text, 5)]).toEqual([4, 6]);
    expect([lineStartAt(text, 7), lineEndAt(text, 7)]).toEqual([7, 9]);
    expect([lineStartAt(text, 10), lineEndAt(text, 10)]).toEqual([10, 11]);
    expect([lineStartAt(text, 1), lineEndAt(text, 1)]).toEqual([0, 2]);
    // At a line's start the line is that one, not the one before.
    expect(lineStartAt(text, 4)).toBe(4);
  });

  it("maps offsets to 1-based lines and columns in UTF-16 units", () => {
    const index = new LineIndex("𠀀字\r\n第二行");
    expect(index.position(2)).toEqual({ line: 1, column: 3, offset: 2 });
    expect(index.position(5)).toEqual({ line: 2, column: 1, offset: 5 });
  });
});
