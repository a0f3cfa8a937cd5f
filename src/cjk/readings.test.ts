import { describe, expect, it } from "vitest";
import { soundAlike } from "./readings.js";

describe("soundAlike (precompiled pinyin readings)", () => {
  it("pairs characters that share a toneless reading, polyphones included", () => {
    expect(soundAlike("订", "定")).toBe(true);
    expect(soundAlike("以", "已")).toBe(true);
    expect(soundAlike("长", "张")).toBe(true); // 长 reads chang and zhang
  });
  it("keeps apart characters that do not", () => {
    expect(soundAlike("订", "商")).toBe(false);
    expect(soundAlike("A", "定")).toBe(false);
  });
});
