import { describe, expect, it } from "vitest";
import { isWordBoundary } from "./segment.js";

describe("isWordBoundary", () => {
  it("is false inside a lexicon word and true between words", () => {
    expect(isWordBoundary("对人民负责任", 4)).toBe(false); // 负|责
    expect(isWordBoundary("对人民负人民", 4)).toBe(true); // 负|人民
    expect(isWordBoundary("对人民负责任", 3)).toBe(true); // 人民|负责
  });

  it("is true next to anything but an ideograph", () => {
    expect(isWordBoundary("负，责", 1)).toBe(true);
    expect(isWordBoundary("负责", 0)).toBe(true);
    expect(isWordBoundary("负责", 2)).toBe(true);
  });
});
