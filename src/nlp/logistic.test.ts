import { describe, expect, it } from "vitest";
import { areaUnderCurve, fitLogistic, logisticProbability } from "./logistic.js";

describe("fitLogistic", () => {
  it("learns which way an informative input points, and ignores a constant one", () => {
    const rows = [
      [0, 5],
      [1, 5],
      [2, 5],
      [3, 5],
      [7, 5],
      [8, 5],
      [9, 5],
      [10, 5],
    ];
    const labels = [false, false, false, false, true, true, true, true];
    const fit = fitLogistic(rows, labels);
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBe(0);
    expect(logisticProbability(fit, [9.5, 5])).toBeGreaterThan(0.9);
    expect(logisticProbability(fit, [0.5, 5])).toBeLessThan(0.1);
  });

  it("weights the two labels equally: an input that says nothing leaves even odds, however many rows each label has", () => {
    // Nine positives for every negative, the input spread the same way in both.
    const rows: number[][] = [];
    const labels: boolean[] = [];
    for (let i = 0; i < 10; i++) {
      for (let k = 0; k < 9; k++) {
        rows.push([i]);
        labels.push(true);
      }
      rows.push([i]);
      labels.push(false);
    }
    const fit = fitLogistic(rows, labels);
    expect(logisticProbability(fit, [4.5])).toBeCloseTo(0.5, 2);
  });

  it("gives the same weights for the same rows (no randomness)", () => {
    const rows = [[0], [1], [2], [3]];
    const labels = [false, true, false, true];
    expect(fitLogistic(rows, labels)).toEqual(fitLogistic(rows, labels));
  });

  it("refuses rows of one label only", () => {
    expect(() => fitLogistic([[1], [2]], [true, true])).toThrow(/both labels/);
  });
});

describe("areaUnderCurve", () => {
  it("is 1 when every positive scores above every negative, 0 the other way, 0.5 for ties", () => {
    expect(areaUnderCurve([0.1, 0.2, 0.8, 0.9], [false, false, true, true])).toBe(1);
    expect(areaUnderCurve([0.9, 0.8, 0.2, 0.1], [false, false, true, true])).toBe(0);
    expect(areaUnderCurve([0.5, 0.5, 0.5, 0.5], [false, true, false, true])).toBe(0.5);
    expect(areaUnderCurve([0.1, 0.6, 0.4, 0.9], [false, false, true, true])).toBe(0.75);
  });
});
