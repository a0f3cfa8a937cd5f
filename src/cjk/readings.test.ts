import { describe, expect, it } from "vitest";
import { soundAlike, soundAlikes } from "./readings.js";

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

describe("soundAlikes", () => {
  it("lists the characters sharing a reading with one, polyphones included, itself left out", () => {
    const homophones = soundAlikes("正");
    for (const c of "政证整症") expect(homophones).toContain(c);
    expect(homophones).not.toContain("正");
    expect(soundAlikes("长")).toContain("张"); // zhang
    expect(soundAlikes("长")).toContain("常"); // chang
    for (const c of homophones) expect(soundAlike("正", c)).toBe(true);
  });
  it("has none for a non-ideograph", () => {
    expect(soundAlikes("A")).toBe("");
  });
});
