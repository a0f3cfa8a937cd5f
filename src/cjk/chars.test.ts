import { describe, expect, it } from "vitest";
import { ideographsAt } from "./chars.js";

describe("ideographsAt", () => {
  it("reads a stretch of ideographs inside the text (a list item's characters)", () => {
    const text = "有饭吃、有衣穿";
    expect(ideographsAt(text, 0, 3)).toBe(true);
    expect(ideographsAt(text, 4, 3)).toBe(true);
  });
  it("is false across a mark or past either end of the text", () => {
    const text = "有饭吃、有衣穿";
    expect(ideographsAt(text, 2, 3)).toBe(false);
    expect(ideographsAt(text, -1, 2)).toBe(false);
    expect(ideographsAt(text, 5, 3)).toBe(false);
  });
});
