import { describe, expect, it } from "vitest";
import { getLexicon } from "../cjk/lexicon.js";
import { computeNlpTables, decodeNlpTables, encodeNlpTables, getNlpTables } from "./tables.js";
import { segmentRun } from "./segment.js";
import { isFunctionChar, isPlaceChar, isTransliterationChar } from "./word-classes.js";

describe("precompiled NLP tables", () => {
  it("round-trip through the file format and match the lexicon", () => {
    const computed = computeNlpTables(getLexicon());
    const decoded = decodeNlpTables(encodeNlpTables(computed));
    expect(decoded.header).toEqual(computed.header);
    expect(decoded.prefixKeys).toEqual(computed.prefixKeys);
    expect(decoded.prefixMasks).toEqual(computed.prefixMasks);
    expect(decoded.singleCodes).toEqual(computed.singleCodes);
    expect(decoded.compact).toEqual(computed.compact);
    expect(getNlpTables().header.lexicon).toBe(getLexicon().version);
  });

  it("drive segmentation and word classes", () => {
    const s = "双方将继续深化务实合作";
    expect(segmentRun(s, 0, s.length).map((t) => s.slice(t.start, t.end))).toEqual(["双方", "将", "继续", "深化", "务实", "合作"]);
    expect(isFunctionChar("的")).toBe(true);
    expect(isFunctionChar("府")).toBe(false);
    expect(isTransliterationChar("斯")).toBe(true);
    expect(isPlaceChar("港")).toBe(true);
  });
});
