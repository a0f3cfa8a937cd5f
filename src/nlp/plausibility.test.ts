import { describe, expect, it } from "vitest";
import { definedShortFormPlaces } from "./plausibility.js";

// Our own sentences.
const forms = (text: string) => definedShortFormPlaces(text).map(([start, end]) => [text.slice(start, end), start]);

describe("definedShortFormPlaces", () => {
  it("finds every place of a short form the document coins and uses twice or more (区管会)", () => {
    const text = "本市设立管理委员会（以下简称区管会）。区管会对市人民政府负责，向区管会报送材料。";
    const places = [...text.matchAll(/区管会/gu)].map((m) => ["区管会", m.index]);
    expect(places).toHaveLength(3);
    expect(forms(text)).toEqual(places);
  });

  it("takes a form in quotation marks, closed by a mark", () => {
    const text = "船舶吨税（简称“吨税”）由海关征收。吨税按照净吨位计征，吨税税目由本法规定。";
    // (船舶吨税 holds the form too: every place the document writes it.)
    expect(forms(text).map(([form]) => form)).toEqual(["吨税", "吨税", "吨税", "吨税"]);
  });

  it("leaves alone a form the lexicon lists (代表), one used once, and 简称 not followed by a closed form", () => {
    expect(forms("各级人民代表大会代表（以下简称代表）依法执行代表职务，代表应当联系群众。")).toEqual([]);
    expect(forms("本市设立管理委员会（以下简称区管会）。")).toEqual([]);
    expect(forms("简称区管会对市人民政府负责，区管会，区管会")).toEqual([]);
  });
});
