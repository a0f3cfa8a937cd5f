import { describe, expect, it } from "vitest";
import { insideLongWord } from "./word-across.js";

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
