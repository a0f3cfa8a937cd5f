import { describe, expect, it } from "vitest";
import { documentNumberRanges } from "./paragraph-shape.js";

const numbersIn = (text: string) => documentNumberRanges(text).map(({ start, end }) => text.slice(start, end));

describe("documentNumberRanges", () => {
  it("finds an issuer's number and a court's case number inside prose", () => {
    expect(numbersIn("根据国发〔2019〕5号文件精神，制定本办法。")).toEqual(["根据国发〔2019〕5号"]);
    expect(numbersIn("本院作出（2023）滨民终字第123号民事判决。")).toEqual(["（2023）滨民终字第123号"]);
    expect(numbersIn("一审案号为(2021)京0105民初12345号。")).toEqual(["(2021)京0105民初12345号"]);
  });
  it("leaves a year in brackets without a number alone", () => {
    expect(numbersIn("（2023年）全市生产总值增长5%，第3号台风过境。")).toEqual([]);
  });
});
