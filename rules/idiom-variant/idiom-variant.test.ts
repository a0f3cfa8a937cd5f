import { existsSync, readFileSync } from "node:fs";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { plugin } from "../../src/plugin.js";
import { SAMPLE } from "../../test/support/paths.js";
import type { AttestedNgrams } from "../../src/nlp/attested-ngrams.js";
import { getCharModel } from "../../src/nlp/char-model.js";
import { chineseRunBounds, getParsedDocument } from "../../src/nlp/document.js";
import { parseDocument } from "../../src/plugin.js";
import { attestedTableOf } from "../../test/support/attested.js";
import { testRule } from "../../test/support/rule-tester.js";
import { formatMessage } from "../../src/rule-kit.js";
import { DEFAULT_MIN_GAIN, findIdiomMisses } from "./detect.js";
import rule from "./index.js";
import { messages } from "./messages.js";

// Our own sentences. The idiom is an unsafe suggestion: no fix (output = input).
const miss = (text: string, actual: string, expected: string) => {
  const start = text.indexOf(actual);
  let q = 0;
  while (actual[q] === expected[q]) q++;
  const message = formatMessage(messages, "idiom-variant", { actual, expected, wrong: actual[q]!, right: expected[q]! }, "zh-CN");
  return { text, output: text, errors: [{ message, range: [start, start + 4] as [number, number] }] };
};

// Our own text about water supply: 水 occurs 32 times.
const WATER_REGULATION = "供水单位应当保障供水水质，按照国家标准向用户供水。用户用水应当节约用水。饮用水水源受法律保护。".repeat(4);

testRule("idiom-variant", rule, {
  valid: [
    "会议要求各部门坚决杜绝弄虚作假的行为。",
    // A changed character that begins a word running on past the window (四时) is no idiom's (不言而喻).
    "古人说，天不言而四时行，地不语而百物生。",
    // A rare entry of the lexicon one change from an idiom, but not by a look- or sound-alike, is a variant (七零八落).
    "屋里的家具被砸得七零八碎。",
    "各级机关工作人员不得玩忽职守，违者依法处理。",
    // Ordinary words next to each other that resemble an idiom are not flagged.
    "加强幼儿保育工作，实行自我管控。",
    "双方同意推动两国关系不断向前发展。",
    // Phrases one character away from a fixed expression (tag l: 标准规定, 未成年人) are often phrases too.
    "对于其他需要收费的事项，应当缴纳费用，具体收费标准另定。",
    "父母已经死亡或者父母无力抚养的未成年弟、妹，由兄、姐扶养。",
    // A set phrase that is a word and one character (非机动 + 车) takes another character there by right.
    "残疾人辅助器具包括假肢、矫形器、非机动助行器和代步工具。",
    // A variant made with one of the document's topical characters (水, used 30 times and more) is its own coinage.
    `${WATER_REGULATION}供水单位工作人员不得以水谋私。`,
    // 并行不 stands for 并行不悖 only where no word runs on past the window (不冲突),
    "两项工作并行不冲突，互为补充。",
    // and not in a text that writes the idiom itself: there the variant is deliberate.
    "两项原则并行不悖。两项工作并行不停，互为补充。",
    // A compound the lexicon tags as an idiom (微波通信: 微波 + 通信) takes another word for its first by right.
    "太阳活动可能影响卫星导航定位精度和短波通信。",
    // A slot the lexicon fills with several set phrases (抗震救灾, 抗雪救灾) takes another coinage by right.
    "灾情发生后，省里立即成立抗冰救灾指挥部，组织抢通道路。",
  ],
  invalid: [
    // A frame the model all but continues with the idiom's character (之有 → 效, 中之 → 重), though the
    // new character makes a word with its neighbour (有方, 之中): idiomPredictedByItsFrame.
    miss("这些做法在基层实践中行之有方，值得推广。", "行之有方", "行之有效"),
    miss("安全生产是各项工作的重中之中，必须常抓不懈。", "重中之中", "重中之重"),
    // Misspellings the dictionary itself lists at its floor count, one look- or sound-alike from a frequent idiom (misspeltIdiom).
    miss("今年以来，全省外贸增速在全国名列前矛。", "名列前矛", "名列前茅"),
    miss("队员们再接再励，夺得了冠军。", "再接再励", "再接再厉"),
    // Also for a less frequent idiom (承上启下 39, 一拍即合 40).
    miss("今年是五年规划承上起下的重要一年。", "承上起下", "承上启下"),
    miss("双方一拍即和，很快签署了合作协议。", "一拍即和", "一拍即合"),
    miss("会议要求各部门坚决杜绝弄虚左假的行为。", "弄虚左假", "弄虚作假"),
    miss("各级机关工作人员不得玩忽职兽，违者依法处理。", "玩忽职兽", "玩忽职守"),
    miss("对于破除蜜信的工作要加强。", "破除蜜信", "破除迷信"),
    // The same variant in a text that seldom uses 水 reads as a slip.
    miss("供水单位工作人员不得以水谋私。", "以水谋私", "以权谋私"),
    // 并行不 is only ever the idiom's, though 不停 is a word and 悖 too rare for the model to prefer.
    miss("双方愿推动两项倡议对接，并行不停、协调发展。", "并行不停", "并行不悖"),
    // In such a slot a look- or sound-alike of the phrase's own character is still a slip (振 zhèn for 震).
    miss("灾情发生后，省里立即成立抗振救灾指挥部，组织抢通道路。", "抗振救灾", "抗震救灾"),
    // A sound-alike the model barely tells from the idiom's character by its neighbours (模 for 默: 2.7 nats), read over the window.
    miss("坚持潜移模化，注重实效。", "潜移模化", "潜移默化"),
  ],
});

describe("findIdiomMisses", () => {
  const text = "会议要求各部门坚决杜绝弄虚左假的行为。";
  const misses = (attested?: AttestedNgrams) => {
    const runs: number[] = [];
    for (const sentence of getParsedDocument(parseDocument(text, "text"), text).sentences) chineseRunBounds(sentence, runs);
    return findIdiomMisses(runs, text, getCharModel(), DEFAULT_MIN_GAIN, attested).map((m) => m.actual);
  };
  it("leaves a variant alone that the model's training text writes: an expression of its own, not a slip", () => {
    expect(misses(attestedTableOf("杜绝弄虚"))).toEqual(["弄虚左假"]);
    expect(misses(attestedTableOf("弄虚左假"))).toEqual([]);
  });
});

describe("idiom-variant on the bundled sample", () => {
  it.skipIf(!existsSync(SAMPLE))("names the idiom behind 并行不停 and nothing else", async () => {
    const text = readFileSync(SAMPLE, "utf8");
    const { messages } = await new TextlintKernel().lintText(text, { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "idiom-variant", rule }] });
    expect(messages.map((m) => [text.slice(m.range[0], m.range[1]), m.fix?.text ?? null])).toEqual([["并行不停", null]]);
  });
});
