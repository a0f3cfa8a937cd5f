import { describe, expect, it } from "vitest";
import { codePointLabel, codePointLabels, codePointPrefix, codePointWidthAt, hasMoreCodePoints, isOneEditApart, sameUnitsAt } from "./codepoints.js";
import { isWhiteSpaceCode } from "./spaces.js";

describe("code points by UTF-16 unit", () => {
  it("counts a surrogate pair as one code point and a lone surrogate as one", () => {
    expect(codePointWidthAt("𠀀中", 0)).toBe(2);
    expect(codePointWidthAt("\ud840中", 0)).toBe(1);
    expect(codePointWidthAt("\ud840", 0)).toBe(1);
    expect(hasMoreCodePoints("𠀀𠀀𠀀", 3)).toBe(false);
    expect(hasMoreCodePoints("𠀀𠀀𠀀中", 3)).toBe(true);
    expect(hasMoreCodePoints("\udc00\ud840中", 2)).toBe(true);
  });

  it("takes a prefix as [...text].slice(0, n).join('') does", () => {
    for (const text of ["", "中文", "𠀀中𠀁文", "a\ud840b", "𠀀"]) {
      for (let n = 0; n <= 5; n++) expect(codePointPrefix(text, n)).toBe([...text].slice(0, n).join(""));
    }
  });

  it("finds white space exactly where /\\s/u does, over the whole BMP", () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isWhiteSpaceCode(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });
});

describe("sameUnitsAt", () => {
  it("compares two spans of a text unit by unit", () => {
    expect(sameUnitsAt("不动产产登记", 2, 3, 1)).toBe(true);
    expect(sameUnitsAt("或者或者征用", 0, 2, 2)).toBe(true);
    expect(sameUnitsAt("或者或是征用", 0, 2, 2)).toBe(false);
    expect(sameUnitsAt("甲乙", 0, 1, 0)).toBe(true);
  });
});

describe("codePointLabel", () => {
  it("names code points in Unicode's notation, four hex digits at least", () => {
    expect(codePointLabel(0x65)).toBe("U+0065");
    expect(codePointLabel(0x4e2d)).toBe("U+4E2D");
    expect(codePointLabel(0x20000)).toBe("U+20000");
    expect(codePointLabels("e\u0301𠀀")).toBe("U+0065 U+0301 U+20000");
  });
});

describe("isOneEditApart", () => {
  it.each([
    ["第十一条", "第一条"],
    ["第一条", "第十一条"],
    ["第十五条", "第十三条"],
    ["第十二条", "第二十条"],
    ["𠀀甲", "甲"],
  ])("%s and %s are one edit apart", (a, b) => expect(isOneEditApart(a, b)).toBe(true));
  it.each([
    ["第十一条", "第十一条"],
    ["第十一条", "第三条"],
    ["第十二条", "第二十一条"],
    ["甲乙丙", "丙乙甲"],
  ])("%s and %s are not", (a, b) => expect(isOneEditApart(a, b)).toBe(false));
});
