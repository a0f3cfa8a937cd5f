import { describe, expect, it } from "vitest";
import { pairEdits, reaches } from "./pairs.js";

describe("pairEdits", () => {
  it("reads a changed, an added and a lost character as one edit each, in the copy's offsets", () => {
    const clean = "双方同意举行年度会晤，加强执法合作，深化互利共赢。";
    const corrupted = "双方同意就商举行年度会晤，加强执法合做，深化互共赢。";
    expect(pairEdits(clean, corrupted)).toEqual([
      { start: 4, end: 6, original: "", written: "就商" },
      { start: 18, end: 19, original: "作", written: "做" },
      // (A lost character is the empty range where it stood.)
      { start: 23, end: 23, original: "利", written: "" },
    ]);
  });

  it("reads a swap and a word changed into another as one edit", () => {
    expect(pairEdits("推动合作发展", "推动作合发展")).toEqual([{ start: 2, end: 4, original: "合作", written: "作合" }]);
    expect(pairEdits("集体安全条约组织为地区安全", "台湾安全区组作为地区安全")).toHaveLength(1);
  });

  it("finds nothing in a copy left as it was", () => {
    expect(pairEdits("双方同意举行会晤。", "双方同意举行会晤。")).toEqual([]);
  });
});

describe("reaches", () => {
  it("counts a finding within a character of the edit, as the eval does", () => {
    const edit = { start: 10, end: 12, original: "合作", written: "作合" };
    expect(reaches(edit, 12, 14)).toBe(true);
    expect(reaches(edit, 13, 15)).toBe(true);
    expect(reaches(edit, 14, 16)).toBe(false);
    // A lost character's empty range is reached from either neighbour.
    expect(reaches({ start: 5, end: 5, original: "利", written: "" }, 3, 4)).toBe(true);
  });
});
