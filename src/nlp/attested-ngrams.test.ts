import { describe, expect, it } from "vitest";
import { attestedTableOf as tableOf } from "../../test/support/attested.js";
import { hashUnits } from "../cjk/lexicon-format.js";
import { AttestedNgrams, encodeAttested, getAttestedNgrams, hashStringsOfFour, restoresAttested, restoresEdgeString, touchingWindows } from "./attested-ngrams.js";


const CLEAN = "供水单位应当建立健全安全管理制度";

describe("AttestedNgrams", () => {
  it("holds exactly the strings of four it was built from, through encoding and decoding", () => {
    const table = tableOf(CLEAN);
    for (let i = 0; i + 4 <= CLEAN.length; i++) expect(table.has(CLEAN, i)).toBe(true);
    expect(table.has("建立健安全管", 0)).toBe(false);
    expect(table.has("制度管理", 0)).toBe(false);
  });
  it("reads a table whose bytes sit at an odd offset of a larger buffer (a prefetched file)", () => {
    const hashes = Uint32Array.from(new Set([hashUnits("安全管理", 0, 4), hashUnits("管理制度", 0, 4)])).sort();
    const bytes = encodeAttested({ format: 1, source: "test", count: hashes.length }, hashes);
    const shifted = Buffer.alloc(bytes.length + 1);
    bytes.copy(shifted, 1);
    const table = AttestedNgrams.decode(shifted.subarray(1));
    expect(table.has("安全管理", 0)).toBe(true);
    expect(table.has("管理安全", 0)).toBe(false);
  });
  it("refuses another format", () => {
    const bytes = encodeAttested({ format: 1, source: "test", count: 0 }, new Uint32Array(0));
    const json = JSON.stringify({ format: 2, source: "test", count: 0 });
    const other = Buffer.concat([Buffer.from([json.length, 0, 0, 0]), Buffer.from(json), bytes.subarray(4 + bytes.readUInt32LE(0))]);
    expect(() => AttestedNgrams.decode(other)).toThrow(/format 2/);
  });
});

describe("hashStringsOfFour", () => {
  it("takes the strings of four inside runs of ideographs, once each, sorted; none across a mark or with a surrogate", () => {
    const hashes = hashStringsOfFour(["安全管理制度，安全管理", "安全管理𠀀制度"]);
    const expected = ["安全管理", "全管理制", "管理制度"].map((s) => hashUnits(s, 0, 4));
    expect([...hashes]).toEqual([...expected].sort((a, b) => a - b));
  });
});

describe("touchingWindows", () => {
  it("gives the strings of four that overlap a span, or that span the junction before an empty one", () => {
    expect(touchingWindows(5, 6, 20)).toEqual([2, 5]);
    expect(touchingWindows(5, 5, 20)).toEqual([2, 4]);
    // Clipped at both ends of the text.
    expect(touchingWindows(1, 2, 20)).toEqual([0, 1]);
    expect(touchingWindows(18, 19, 20)).toEqual([15, 16]);
  });
});

describe("around and restoresAttested", () => {
  const table = tableOf(CLEAN);
  it("calls a place unseen when no string of four touching it is known, seen when all are, mixed otherwise", () => {
    const dropped = "供水单位应当建立健安全管理制度"; // 全 dropped after 健
    expect(table.around(dropped, 9, 9)).toBe("unseen");
    expect(table.around(CLEAN, 9, 10)).toBe("seen");
    // 健安全管 is unseen but 安全管理 is seen.
    expect(table.around(dropped, 9, 10)).toBe("mixed");
  });
  it("needs two strings of four at least: one is too little to tell", () => {
    expect(table.around("健安全管", 1, 1)).toBe("few");
  });
  it("accepts an edit that turns unseen strings into seen ones, and only that", () => {
    const dropped = "供水单位应当建立健安全管理制度";
    expect(restoresAttested(table, dropped, 9, 9, CLEAN, 10)).toBe(true);
    const wrong = "供水单位应当建立健康安全管理制度";
    expect(restoresAttested(table, dropped, 9, 9, wrong, 10)).toBe(false);
    // The clean text has nothing to restore.
    expect(restoresAttested(table, CLEAN, 9, 10, "供水单位应当建立健康安全管理制度", 10)).toBe(false);
  });
  it("accepts a restoration when three in four of the strings it makes are known (RESTORED_SHARE), not two", () => {
    const dropped = "供水单位应当建立健安全管理制度";
    // 建立健全, 健全安全 and 全安全管 known, 立健全安 not: three of the four strings 全 touches.
    expect(restoresAttested(tableOf("供水单位应当建立健全", "健全安全管理制度"), dropped, 9, 9, CLEAN, 10)).toBe(true);
    // 健全安全 and 全安全管 only: two of four.
    expect(restoresAttested(tableOf("应当建立", "健全安全管理制度"), dropped, 9, 9, CLEAN, 10)).toBe(false);
  });
  it("reads the one string of four at a run's first or last character (restoresEdgeString)", () => {
    const table = tableOf("具备相应的专业知识");
    expect(restoresEdgeString(table, "驹备相应", 0, "具备相应")).toBe(true);
    expect(restoresEdgeString(table, "的专业知织", 4, "的专业知识")).toBe(true);
    // Not inside the run (restoresAttested reads those places), and not when the string was known already.
    expect(restoresEdgeString(table, "具驹相应", 1, "具备相应")).toBe(false);
    expect(restoresEdgeString(table, "具备相应", 0, "具备相应")).toBe(false);
  });
});

describe("the committed table", () => {
  it("is built from the model's training text: formal strings are there, a slip's are not", () => {
    const table = getAttestedNgrams();
    expect(table).toBeDefined();
    expect(table!.header.count).toBeGreaterThan(1_000_000);
    expect(table!.has("人民政府", 0)).toBe(true);
    expect(table!.has("主管部门", 0)).toBe(true);
    expect(table!.has("生态环境主部门", 2)).toBe(false);
  });
});
