import { describe, expect, it } from "vitest";
import { soundAlike, soundAlikes } from "./readings.js";

describe("soundAlike (precompiled pinyin readings)", () => {
  it("pairs a character typed with its usual reading and one that has that reading", () => {
    expect(soundAlike("订", "定")).toBe(true);
    expect(soundAlike("以", "已")).toBe(true);
    // 张 (zhang) is offered for the zhǎng of 长; 航 (hang) for the háng of 行.
    expect(soundAlike("张", "长")).toBe(true);
    expect(soundAlike("航", "行")).toBe(true);
  });
  it("does not pair a character by a rare reading of its own: an IME lists it far down there", () => {
    // 且 is read jū only in old names, 柜 jǔ only in 柜柳: typed for 居 and 具, they would be far down the list.
    expect(soundAlike("且", "居")).toBe(false);
    expect(soundAlike("柜", "具")).toBe(false);
    // The other way round the usual reading is what counts: 长 is usually chang.
    expect(soundAlike("长", "张")).toBe(false);
  });
  it("keeps apart characters that do not", () => {
    expect(soundAlike("订", "商")).toBe(false);
    expect(soundAlike("A", "定")).toBe(false);
  });
});

describe("soundAlikes", () => {
  it("lists the characters that have a character's usual reading, itself left out", () => {
    const homophones = soundAlikes("正");
    for (const c of "政证整症") expect(homophones).toContain(c);
    expect(homophones).not.toContain("正");
    expect(soundAlikes("长")).toContain("常"); // chang
    expect(soundAlikes("张")).toContain("长"); // zhang, a reading of 长
    expect(soundAlikes("长")).not.toContain("张");
    for (const c of homophones) expect(soundAlike("正", c)).toBe(true);
  });
  it("has none for a non-ideograph", () => {
    expect(soundAlikes("A")).toBe("");
  });
});
