import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { LONG_NAMES_FILE } from "../../src/data-files.js";
import { GENERATED_DATA_DIR } from "../../src/paths.js";
import { findLongWordDrops, longNamesFile } from "./long-word-drops.js";
import { routeReadings } from "../../test/support/scored-runs.js";

// Our own sentences.
const drops = (text: string) => routeReadings(findLongWordDrops, text);

describe("findLongWordDrops", () => {
  it("restores the inner character a long name lost", () => {
    expect(drops("依照《中人民共和国刑法》的规定处理。")).toEqual([["中人民共和国", "中华人民共和国"]]);
    expect(drops("由最人民检察院提出抗诉。")).toEqual([["最人民检察院", "最高人民检察院"]]);
    expect(drops("经市第十九届人民代表会第二次会议通过。")).toEqual([["人民代表会", "人民代表大会"]]);
  });
  it("leaves the names themselves, and names inside longer ones, alone", () => {
    expect(drops("中华人民共和国最高人民检察院和全国人民代表大会常务委员会。")).toEqual([]);
    expect(drops("经居民委员会、村民委员会同意。")).toEqual([]);
  });
  it("needs the name to read much better in context (两国博物馆 is two countries' museums)", () => {
    expect(drops("双方将加强两国博物馆、图书馆的交流合作。")).toEqual([]);
  });
  it("leaves a shortened name the document writes again alone: it is the document's own term", () => {
    expect(drops("市第十九届人民代表会第二次会议通过。人民代表会闭会期间，由常务委员会负责。")).toEqual([]);
  });
  it("restores a first or last character too, where the name is not written in full around it", () => {
    expect(drops("依照华人民共和国刑法处理。")).toEqual([["华人民共和国", "中华人民共和国"]]);
    expect(drops("由最高人民检察提出抗诉。")).toEqual([["最高人民检察", "最高人民检察院"]]);
    expect(drops("依照中华人民共和国刑法处理。")).toEqual([]);
  });
});

describe("the precompiled long names", () => {
  const path = join(GENERATED_DATA_DIR, LONG_NAMES_FILE);
  it.skipIf(!existsSync(path))("are what the lexicon gives, as `npm run build` wrote them", () => {
    const computed = longNamesFile(getLexicon());
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual(computed);
    expect(computed.names).toContain("中华人民共和国");
    expect(computed.entries.length).toBe(computed.hashes.length);
    expect([...computed.hashes].sort((a, b) => a - b)).toEqual(computed.hashes);
  });
});
