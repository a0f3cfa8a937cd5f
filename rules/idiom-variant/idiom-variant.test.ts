import { testRule } from "../../test/support/rule-tester.js";
import { formatMessage } from "../../src/rule-kit.js";
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

testRule("idiom-variant", rule, {
  valid: [
    "会议要求各部门坚决杜绝弄虚作假的行为。",
    "各级机关工作人员不得玩忽职守，违者依法处理。",
    // Ordinary words next to each other that resemble an idiom are not flagged.
    "加强幼儿保育工作，实行自我管控。",
    "双方同意推动两国关系不断向前发展。",
    // Phrases one character away from a fixed expression (tag l: 标准规定, 未成年人) are often phrases too.
    "对于其他需要收费的事项，应当缴纳费用，具体收费标准另定。",
    "父母已经死亡或者父母无力抚养的未成年弟、妹，由兄、姐扶养。",
  ],
  invalid: [
    miss("会议要求各部门坚决杜绝弄虚左假的行为。", "弄虚左假", "弄虚作假"),
    miss("各级机关工作人员不得玩忽职兽，违者依法处理。", "玩忽职兽", "玩忽职守"),
    miss("对于破除蜜信的工作要加强。", "破除蜜信", "破除迷信"),
  ],
});
