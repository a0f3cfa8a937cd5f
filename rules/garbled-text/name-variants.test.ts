import { describe, expect, it } from "vitest";
import { findNameVariants } from "./name-variants.js";
import { routeReadings } from "../../test/support/scored-runs.js";

// Our own sentences: invented names, as a news text writes them again and again.
const variants = (text: string) => routeReadings(findNameVariants, text);

describe("findNameVariants", () => {
  it("reads a name written once with a character more than it is written elsewhere as a slip of that name", () => {
    const text =
      "应乌方邀请，国务院总理会见了乌兹别克斯坦总统沙夫卡特·米尔济约卡耶夫。" +
      "米尔济约耶夫表示，乌方愿同中方深化合作。会谈后，米尔济约耶夫总统设宴款待。";
    expect(variants(text)).toEqual([["米尔济约卡耶夫", "米尔济约耶夫"]]);
  });

  it("reads a name written once with a character less the same way (卡斯特拉维亚 beside 卡斯特拉尼维亚 twice)", () => {
    const text = "双方欢迎卡斯特拉尼维亚新城规划。该国总理在卡斯特拉尼维亚会见中方代表团，并介绍了卡斯特拉维亚的发展前景。";
    expect(variants(text)).toEqual([["卡斯特拉维亚", "卡斯特拉尼维亚"]]);
  });

  it("where both forms are written once, takes the one the extra character makes less probable", () => {
    const text = "尊敬的努尔别科洛夫总统阁下，\n\n很高兴应努尔别科夫总统邀请，同各位朋友相聚。";
    expect(variants(text)).toEqual([["努尔别科洛夫", "努尔别科夫"]]);
  });

  it("does not stretch the name over the word after it (努尔别科夫|总统)", () => {
    const text = "努尔别科夫总统主持会议。会后，努尔别科洛夫总统会见记者。努尔别科夫总统表示满意。";
    expect(variants(text)).toEqual([["努尔别科洛夫", "努尔别科夫"]]);
  });

  it("reads a name of five characters or more written once with an inner character changed, beside its usual form, as a slip", () => {
    const text = "乌兹别克斯坦总统米尔济约耶夫会见中方代表团。米尔济约耶夫表示，乌方愿同中方深化合作。会后，米尔济约那夫总统陪同参观。";
    expect(variants(text)).toEqual([["米尔济约那夫", "米尔济约耶夫"]]);
  });

  it("leaves two names one character apart alone where each is written as often (two presidents)", () => {
    expect(variants("印度尼西亚总统布迪出席会议。马来西亚总统哈迪也出席了会议。")).toEqual([]);
  });

  it("leaves two names joined by a grammar character alone (马克思和恩格斯 beside 马克思恩格斯)", () => {
    expect(variants("学习马克思恩格斯的经典著作，领会马克思和恩格斯的基本观点。")).toEqual([]);
  });

  it("leaves names that differ at their first or last character alone, and names written one way", () => {
    // 巴卡里 and 巴卡里将: the name's neighbour, not its character; 米舒斯京 and 叶卡捷琳堡 are written once each.
    expect(variants("外长巴卡里将于下月访华。巴卡里外长表示，期待访问取得成功。")).toEqual([]);
    expect(variants("米舒斯京总理在叶卡捷琳堡出席论坛，叶卡捷琳堡是俄罗斯重要的工业城市。")).toEqual([]);
  });
});
