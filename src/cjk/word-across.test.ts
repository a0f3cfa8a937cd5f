import { describe, expect, it } from "vitest";
import { coveredByWord, insideLongWord } from "./word-across.js";

describe("insideLongWord", () => {
  const text = "两岸同胞常来常往、交流合作。";
  const at = (piece: string) => [text.indexOf(piece), text.indexOf(piece) + piece.length] as const;
  it("finds a piece inside a word of four characters or more that the lexicon knows (常往 in 常来常往)", () => {
    expect(insideLongWord(text, ...at("常往"))).toBe(true);
  });
  it("leaves a piece that no such word holds: across the word's edge, or inside a two-character word", () => {
    expect(insideLongWord(text, ...at("往、交"))).toBe(false);
    expect(insideLongWord(text, ...at("交流"))).toBe(false);
  });
});

describe("coveredByWord", () => {
  const text = "加强交流合作";
  it("finds a word of the given lengths covering the span (流 in 交流), only within [from, to)", () => {
    expect(coveredByWord(text, 3, 4, 2, 4)).toBe(true);
    // 交流 starts at 2: a bound from 3 on leaves only 流合, which is no word.
    expect(coveredByWord(text, 3, 4, 2, 2, 3)).toBe(false);
    // Nor is any word of three or four characters around 流.
    expect(coveredByWord(text, 3, 4, 3, 4)).toBe(false);
  });
});
