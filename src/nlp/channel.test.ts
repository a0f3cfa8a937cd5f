import { describe, expect, it } from "vitest";
import { getCharModel } from "./char-model.js";
import { bestEdits, runSurprisals } from "./channel.js";

// Our own phrases; the committed model (data/model/char-ngram.bin) is trained on formal Chinese.
const model = getCharModel();
const ids = (s: string) => Int32Array.from(s, (c) => model.id(c));
/** The edit of any kind that gains most at p. */
const editAt = (run: string, p: number) => bestEdits(model, run, ids(run), p).sort((a, b) => b.gain - a.gain)[0];

describe("trigram model", () => {
  it("scores a familiar continuation above a strange one in the same context", () => {
    const [a, b] = [model.id("人"), model.id("民")];
    expect(model.logp3(a, b, model.id("政"))).toBeGreaterThan(model.logp3(a, b, model.id("跑")));
  });
  it("backs off to the bigram for an unknown left character", () => {
    expect(model.logp3(0, model.id("政"), model.id("府"))).toBe(model.logp(model.id("政"), model.id("府")));
  });
  it("finds the surprising character of a run", () => {
    const s = runSurprisals(model, ids("国家有关规定"));
    const t = runSurprisals(model, ids("国家忧关规定"));
    expect(t[2]!).toBeGreaterThan(s[2]! + 5);
  });
});

describe("bestEdit", () => {
  it("changes a wrong character back", () => {
    expect(editAt("违反国家忧关规定使用", 4)).toMatchObject({ kind: "change", replacement: "有" });
  });
  it("removes an inserted character", () => {
    expect(editAt("不得改变土跑地用途", 5)).toMatchObject({ kind: "remove", start: 5, end: 6 });
  });
  it("swaps two characters back", () => {
    expect(editAt("制定地方府政规章", 4)).toMatchObject({ kind: "swap", replacement: "政府" });
  });
  it("gains little on ordinary text", () => {
    const run = "县级以上人民政府应当加强领导";
    for (let p = 1; p < run.length; p++) expect(editAt(run, p)?.gain ?? 0).toBeLessThan(12);
  });
});

describe("bestEdits with a change prior", () => {
  it("adds the prior to a change's gain", () => {
    const run = "违反国家忧关规定使用";
    const [plain] = bestEdits(model, run, ids(run), 4, ["change"]);
    const [favoured] = bestEdits(model, run, ids(run), 4, ["change"], undefined, (from, to) => (from === "忧" && to === "有" ? 6 : 0));
    expect(plain).toMatchObject({ replacement: "有" });
    expect(favoured!.gain).toBeCloseTo(plain!.gain + 6, 6);
  });
});
