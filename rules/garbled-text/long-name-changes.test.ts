import { describe, expect, it } from "vitest";
import { getAttestedNgrams, type AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { attestedTableOf } from "../../test/support/attested.js";
import { routeReadings } from "../../test/support/scored-runs.js";
import { findLongNameChanges } from "./long-name-changes.js";

// Our own sentences.
const changes = (text: string, table: AttestedNgrams = getAttestedNgrams()!) => routeReadings((runs, t, model) => findLongNameChanges(runs, t, model, table), text);

describe("findLongNameChanges", () => {
  it("restores a long name's inner character changed into an unalike one", () => {
    expect(changes("中国遗民解放军依法履行职责。")).toEqual([["中国遗民解放军", "中国人民解放军"]]);
    expect(changes("自治县的人民代之大会中，人口特少的民族也应当有代表。")).toEqual([["人民代之大会", "人民代表大会"]]);
  });
  it("needs every string of four around the changed character unwritten by the training text", () => {
    expect(changes("中国遗民解放军依法履行职责。", attestedTableOf("国遗民解"))).toEqual([]);
    expect(changes("中国遗民解放军依法履行职责。", attestedTableOf("依法履行职责"))).toEqual([["中国遗民解放军", "中国人民解放军"]]);
  });
  it("needs the name to read much better in context: a near-miss that means something else stays", () => {
    // (A table without these strings, so that only the gain decides.)
    const noStrings = attestedTableOf("依法履行职责");
    expect(changes("企业应当建立所辖管道信息系统。", noStrings)).toEqual([]);
    expect(changes("发展以国家综合性消防救援队伍为主体的力量。", noStrings)).toEqual([]);
    expect(changes("经省人民大表大会常务委员会批准。", noStrings)).toEqual([["人民大表大会", "人民代表大会"]]);
  });
  it("leaves first and last characters, numerals and the document's own terms alone", () => {
    const noStrings = attestedTableOf("依法履行职责");
    expect(changes("坚持中国特色社会主义是一项长期的任务。", noStrings)).toEqual([]);
    expect(changes("依照本法第四十五条的规定处理。", noStrings)).toEqual([]);
    expect(changes("中国遗民解放军依法履行职责。中国遗民解放军另有规定的，从其规定。", noStrings)).toEqual([]);
  });
});
