import { describe, expect, it } from "vitest";
import { lookAlike, lookAlikes, withinOneStroke } from "./shapes.js";

describe("lookAlike (precompiled from Unihan four-corner codes and stroke counts, and from printed shapes)", () => {
  it("pairs characters OCR confuses", () => {
    for (const [a, b] of ["己已", "未末", "拨拔", "侯候", "戊戌", "人入", "日曰"]) {
      expect(lookAlike(a!, b!)).toBe(true);
      expect(lookAlike(b!, a!)).toBe(true); // symmetric
    }
  });
  it("pairs the characters whose printed shapes nearly coincide, which four-corner codes miss", () => {
    for (const [a, b] of ["贝见", "己巳", "千干", "折拆", "免兔"]) {
      expect(lookAlike(a!, b!)).toBe(true);
      expect(lookAlike(b!, a!)).toBe(true);
    }
  });
  it("pairs simple characters written with the same strokes whose pictures differ by a stroke's length (刀/力, 甲/申, 今/令)", () => {
    for (const [a, b] of ["刀力", "甲申", "今令"]) {
      expect(lookAlike(a!, b!)).toBe(true);
      expect(lookAlike(b!, a!)).toBe(true);
    }
  });
  it("keeps apart characters whose strokes agree but whose pictures do not (叭/史, 但/自)", () => {
    expect(lookAlike("叭", "史")).toBe(false); // the same stroke sequence, other layouts
    expect(lookAlike("但", "自")).toBe(false); // one stroke apart, pictures far apart
  });
  it("keeps apart characters of other shapes, a character and itself, and non-ideographs", () => {
    expect(lookAlike("未", "来")).toBe(false); // same corners, three strokes more
    expect(lookAlike("订", "定")).toBe(false); // sound alike only
    expect(lookAlike("已", "已")).toBe(false);
    expect(lookAlike("A", "已")).toBe(false);
    expect(lookAlike("已", "")).toBe(false);
  });
  it("gives a common character a few partners, as a string", () => {
    expect(lookAlikes("人")).toBe("入八大");
    expect(lookAlikes("大")).toContain("太");
    expect(lookAlike("国", "家")).toBe(false);
    expect(lookAlikes("A")).toBe("");
    expect(lookAlikes("𠀀")).toBe(""); // astral: outside the table
  });
});

describe("withinOneStroke", () => {
  it("accepts the same sequence, a stroke changed, added or dropped, and two neighbours swapped", () => {
    expect(withinOneStroke("fcjjf", "fcjjf")).toBe(true); // 甲, 申
    expect(withinOneStroke("jjfj", "jjfk")).toBe(true);
    expect(withinOneStroke("jjfj", "kjjfj")).toBe(true); // 王, 主: a dot more
    expect(withinOneStroke("kjjfj", "jjfj")).toBe(true);
    expect(withinOneStroke("fcjfj", "fcjjf")).toBe(true); // 由, 甲: two neighbours swapped
  });
  it("rejects two edits or more", () => {
    expect(withinOneStroke("fcjfj", "fcjkk")).toBe(false);
    expect(withinOneStroke("rs", "rsjj")).toBe(false);
    expect(withinOneStroke("fcjfj", "jfcjf")).toBe(false); // a rotation, not a neighbour swap
    expect(withinOneStroke("sl", "lsj")).toBe(false); // a swap and a stroke more
  });
});
