/**
 * The validation split: a twentieth of the big corpus, kept out of the character model's
 * training (scripts/build-model.ts) so that clean false positives can be tuned on text the
 * model never saw. Reads ../shared/corpus/ and skips when it is absent.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_CORPUS, HAS_DEV_CORPUS } from "../../test/support/paths.js";
import { bigCorpus, isValidationTitle, loadCorpus } from "./corpus.js";

const HAS_BIG_CORPUS = HAS_DEV_CORPUS && existsSync(join(DEV_CORPUS, "..", "big"));

describe("validation split", () => {
  it("sends about one title in twenty to validation, the same way every time", () => {
    const titles = Array.from({ length: 4000 }, (_, i) => `某某市第${i}号条例`);
    const chosen = titles.filter(isValidationTitle);
    expect(chosen.length).toBeGreaterThan(140);
    expect(chosen.length).toBeLessThan(260);
    expect(titles.filter(isValidationTitle)).toEqual(chosen);
  });

  it.skipIf(!HAS_BIG_CORPUS)("keeps validation documents out of training, with every version of one title on one side", () => {
    const big = bigCorpus(DEV_CORPUS);
    expect(big.validation.length).toBeGreaterThan(50);
    const trainingTitles = new Set(big.training.map((d) => d.title));
    for (const doc of big.validation) {
      expect(isValidationTitle(doc.title)).toBe(true);
      expect(trainingTitles.has(doc.title)).toBe(false);
    }
    expect(big.training.every((d) => !isValidationTitle(d.title))).toBe(true);
    expect(big.overlappingDev).toBeGreaterThan(0);
    // The eval harness reads the same documents.
    expect(loadCorpus({ dir: DEV_CORPUS, split: "validation" }).documents.map((d) => d.id)).toEqual(big.validation.map((d) => d.id));
  }, 60_000);
});
