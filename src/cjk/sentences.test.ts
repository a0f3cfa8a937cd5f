import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences.js";

describe("splitSentences", () => {
  it("ends sentences at terminal punctuation and keeps closing quotes with them", () => {
    const text = "他说：“好。”我们走吧！真的吗？是的……";
    expect(splitSentences(text).map((s) => s.text)).toEqual(["他说：“好。”", "我们走吧！", "真的吗？", "是的……"]);
  });

  it("returns offsets into the original text plus the base", () => {
    const [first, second] = splitSentences("甲。 乙。", 10);
    expect(first).toMatchObject({ start: 10, end: 12 });
    expect(second).toMatchObject({ start: 13, end: 15, text: "乙。" });
  });

  it("optionally breaks at semicolons", () => {
    expect(splitSentences("甲；乙。", 0, { breakOnSemicolon: true })).toHaveLength(2);
    expect(splitSentences("甲；乙。")).toHaveLength(1);
  });
});
