import { describe, expect, it } from "vitest";
import { sharesHeadWithNeighbourItem } from "./enumeration-items.js";

const at = (text: string, item: string) => [text.indexOf(item), text.indexOf(item) + item.length] as const;

describe("sharesHeadWithNeighbourItem", () => {
  const list = "建设隔油池、格栅井、沉泥井、沉砂池等设施。";
  it("holds for an item that ends like the item before or after it", () => {
    expect(sharesHeadWithNeighbourItem(list, ...at(list, "沉泥井"))).toBe(true);
    expect(sharesHeadWithNeighbourItem(list, ...at(list, "格栅"))).toBe(true);
  });
  it("does not hold for an item whose neighbours end otherwise, or outside a list", () => {
    const mixed = "建设隔油池、格栅井、沉泥坑等设施。";
    expect(sharesHeadWithNeighbourItem(mixed, ...at(mixed, "沉泥坑"))).toBe(false);
    const prose = "餐饮单位应当建设格栅井，沉泥井应当定期清理。";
    expect(sharesHeadWithNeighbourItem(prose, ...at(prose, "沉泥井"))).toBe(false);
  });
  it("does not take an item written twice, or a clause, for a coinage", () => {
    const twice = "应当设置：格栅井、格栅井。";
    const second = twice.lastIndexOf("格栅井");
    expect(sharesHeadWithNeighbourItem(twice, second, second + 3)).toBe(false);
    const long = "加强饮用水水源保护工作、推进污水管网建设工作。";
    expect(sharesHeadWithNeighbourItem(long, ...at(long, "污水管网"))).toBe(false);
  });
});
