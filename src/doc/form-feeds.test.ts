import { describe, expect, it } from "vitest";
import { chooseSyntax, parseDocument } from "../plugin.js";
import { getBlocks } from "./blocks.js";
import { splitAtFormFeeds } from "./form-feeds.js";
import { pageFurnitureOf } from "./page-furniture.js";

const blocksOf = (text: string) => getBlocks(parseDocument(text, chooseSyntax(text, ".txt")), text);

describe("splitAtFormFeeds", () => {
  it("splits a paragraph before the line that opens a new page", () => {
    const text = "第一条　本条例适用于本行政区域内的行政执法\n活动。\n\f第二条　行政执法应当遵循合法、公正、公开的原则。\n";
    const blocks = blocksOf(text);
    expect(blocks).toHaveLength(1);
    const split = splitAtFormFeeds(blocks, text);
    expect(split.map((b) => b.text)).toEqual(["第一条　本条例适用于本行政区域内的行政执法\n活动。", "\f第二条　行政执法应当遵循合法、公正、公开的原则。"]);
  });

  it("returns the same list when no page breaks inside a block, so the page-furniture analysis made for it is shared", () => {
    const text = "第一条　本条例适用于本行政区域内的行政执法活动。\n\n第二条　行政执法应当遵循合法、公正、公开的原则。\n";
    const blocks = blocksOf(text);
    const split = splitAtFormFeeds(blocks, text);
    expect(split).toBe(blocks);
    expect(pageFurnitureOf(text, split)).toBe(pageFurnitureOf(text, blocks));
  });
});
