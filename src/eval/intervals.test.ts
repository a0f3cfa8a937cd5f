import { describe, expect, it } from "vitest";
import { poissonCdf, poissonInterval, wilsonInterval } from "./intervals.js";

describe("wilsonInterval", () => {
  it("gives the textbook Wilson score intervals", () => {
    // (Reference values: Newcombe 1998, Table I.)
    const [low, high] = wilsonInterval(81, 263)!;
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
    expect(wilsonInterval(15, 148)![0]).toBeCloseTo(0.0624, 4);
    expect(wilsonInterval(15, 148)![1]).toBeCloseTo(0.1605, 4);
  });
  it("stays inside [0, 1] at no and at every success, and has no interval without trials", () => {
    expect(wilsonInterval(0, 10)![0]).toBe(0);
    expect(wilsonInterval(0, 10)![1]).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10)![1]).toBeCloseTo(1, 12);
    expect(wilsonInterval(10, 10)![0]).toBeCloseTo(0.7225, 4);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("poissonInterval", () => {
  it("matches the exact (Garwood) limits of the tables", () => {
    const cases: [number, number, number][] = [
      [0, 0, 3.689],
      [1, 0.0253, 5.572],
      [5, 1.6235, 11.668],
      [21, 13.0, 32.1],
    ];
    for (const [count, low, high] of cases) {
      const [l, h] = poissonInterval(count);
      expect(l).toBeCloseTo(low, count === 21 ? 1 : 3);
      expect(h).toBeCloseTo(high, count === 21 ? 1 : 3);
    }
  });
  it("holds large counts without underflow", () => {
    const [low, high] = poissonInterval(1000);
    expect(low).toBeGreaterThan(938);
    expect(low).toBeLessThan(940);
    expect(high).toBeGreaterThan(1062);
    expect(high).toBeLessThan(1064);
    expect(poissonCdf(1000, 1000)).toBeCloseTo(0.5084, 3);
  });
});
