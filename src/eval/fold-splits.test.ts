/**
 * The fold splits: the two halves of the character model's training documents, unseen text only
 * for a model built without them (build-model --leave-out). Reads ../shared/corpus/ and skips
 * when it is absent.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEV_CORPUS, HAS_DEV_CORPUS } from "../../test/support/paths.js";
import { assertUnseenByModel, bigCorpus, foldOfTitle, leftOutMark, loadCorpus } from "./corpus.js";

const HAS_BIG_CORPUS = HAS_DEV_CORPUS && existsSync(join(DEV_CORPUS, "..", "big"));

describe("fold splits", () => {
  it("sends every title to one fold, about half to each, the same way every time", () => {
    const titles = Array.from({ length: 2000 }, (_, i) => `某某市第${i}号条例`);
    const first = titles.filter((t) => foldOfTitle(t) === "fold-0");
    expect(first.length).toBeGreaterThan(850);
    expect(first.length).toBeLessThan(1150);
    expect(titles.filter((t) => foldOfTitle(t) === "fold-0")).toEqual(first);
  });

  it("refuses a fold unless both the model and its attested strings were built without it", () => {
    const without = `jieba + big corpus minus validation and dev overlap ${leftOutMark("fold-0")} (…)`;
    const full = "jieba + big corpus minus validation and dev overlap (…)";
    expect(() => assertUnseenByModel("fold-0", { model: without, attested: without })).not.toThrow();
    expect(() => assertUnseenByModel("fold-0", { model: full, attested: full })).toThrow(/--leave-out fold-0/);
    expect(() => assertUnseenByModel("fold-0", { model: without, attested: full })).toThrow();
    expect(() => assertUnseenByModel("fold-1", { model: without, attested: without })).toThrow();
    // The other splits are unseen by every model.
    expect(() => assertUnseenByModel("tune", { model: full, attested: full })).not.toThrow();
  });

  it.skipIf(!HAS_BIG_CORPUS)("divides the training documents between the folds, every version of one title on one side", () => {
    const big = bigCorpus(DEV_CORPUS);
    const folds = (["fold-0", "fold-1"] as const).map((split) => loadCorpus({ dir: DEV_CORPUS, split }).documents);
    expect(folds[0]!.length + folds[1]!.length).toBe(big.training.length);
    const titles = folds.map((docs) => new Set(docs.map((d) => d.title)));
    for (const title of titles[0]!) expect(titles[1]!.has(title)).toBe(false);
    const validation = new Set(big.validation.map((d) => d.id));
    expect(folds.flat().some((d) => validation.has(d.id))).toBe(false);
  }, 60_000);
});
