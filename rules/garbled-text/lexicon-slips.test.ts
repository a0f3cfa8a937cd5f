import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { findLexiconSlips } from "./lexicon-slips.js";
import { routeReadings } from "../../test/support/scored-runs.js";

// Our own sentences, in news register.
const slips = (text: string) => routeReadings(findLexiconSlips, text);

describe("findLexiconSlips", () => {
  it("reads a lone look- or sound-alike back into the common word it breaks", () => {
    expect(slips("会谈结束后，两国元首共同见证了多项合作文件的签署，并向记者表示哀心感谢。")).toEqual([["哀心感谢", "衷心感谢"]]);
    expect(slips("气象部门提醒，暴雨期间请市民妾勿前往河道、山体边坡等危险区域。")).toEqual([["妾勿", "切勿"]]);
    expect(slips("一季度全国固定资产投资同比憎长4.5%，其中制造业投资增长9.9%。")).toEqual([["憎长", "增长"]]);
  });
  it("swaps two lone characters back into the word they make the other way round", () => {
    expect(slips("各地要实切提升城市供水安全保障水平，让群众喝上放心水。")).toEqual([["实切", "切实"]]);
  });
  it("swaps no character out of a word, and none of four lone characters: a 四字格 of the writer's", () => {
    // 治国|理|政 → 治理|国政; 以|工|促|农 and 巡|堤|查|险 read alone, character by character.
    expect(slips("双方将加强治国理政经验交流，深化各领域务实合作。")).toEqual([]);
    expect(slips("我们希望通过以工促农、以城带乡，推动城乡融合发展。")).toEqual([]);
    // Four lone content characters with the pair first (风高|浪急 after 面对): an idiom the lexicon lacks.
    expect(slips("面对风高浪急的国际形势，亚洲国家应当何去何从？")).toEqual([]);
  });
  it("swaps nothing out of a productive frame: a coinage like 含金量 (含新量, 含绿量)", () => {
    expect(slips("一季度经济发展的“含新量”“含绿量”持续提升，高技术产业投资增长较快。")).toEqual([]);
  });
  it("leaves a character alone that the document writes again with the same neighbour: a term", () => {
    expect(slips("气象部门提醒，暴雨期间请市民妾勿前往河道。妾勿是古语。")).toEqual([]);
  });
  it("leaves a person's name alone, though another name is one character away", () => {
    expect(getLexicon().tag("陈晓兰")).toBe("nr");
    expect(slips("新华社北京4月16日电（记者 陈晓岚）今年以来我国经济运行总体平稳。")).toEqual([]);
  });
  it("leaves clean prose alone", () => {
    expect(slips("中方愿同各方一道，推动构建人类命运共同体，为世界和平与发展作出新的更大贡献。")).toEqual([]);
  });
});
