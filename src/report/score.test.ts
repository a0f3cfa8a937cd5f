import { describe, expect, it } from "vitest";
import { countCharacters, integrityScore } from "./score.js";

describe("integrityScore", () => {
  it("is 100 without findings", () => {
    expect(integrityScore([], 5000)).toBe(100);
  });

  it("falls with the density of weighted findings", () => {
    const one = integrityScore([{ severity: "error", confidence: 1 }], 10_000);
    const many = integrityScore(Array.from({ length: 15 }, () => ({ severity: "error" as const, confidence: 1 })), 10_000);
    expect(one).toBe(93.6);
    expect(many).toBe(36.8);
  });

  it("weighs warnings and low confidence less than confident errors", () => {
    const error = integrityScore([{ severity: "error", confidence: 1 }], 2000);
    const warning = integrityScore([{ severity: "warning", confidence: 1 }], 2000);
    const unsure = integrityScore([{ severity: "error", confidence: 0.3 }], 2000);
    expect(warning).toBeGreaterThan(error);
    expect(unsure).toBeGreaterThan(error);
  });

  it("counts short texts as 1 000 characters", () => {
    expect(integrityScore([{ severity: "error", confidence: 1 }], 10)).toBe(integrityScore([{ severity: "error", confidence: 1 }], 1000));
  });

  it("counts non-white-space code points", () => {
    expect(countCharacters("𠀀 中\n文")).toBe(3);
    // As for…of yields them: a lone surrogate is one character.
    expect(countCharacters("\ud840 \udc00\u3000中")).toBe(3);
  });
});
