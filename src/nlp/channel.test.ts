import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { charModelPath, decodeCharModel, getCharModel } from "./char-model.js";
import { bestEdits, editGain, runSurprisals } from "./channel.js";

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
  it("measures a pair's association: a collocation high, a chance pair of common characters low, an unseen pair −∞", () => {
    const assoc = (a: string, b: string) => model.association(model.id(a), model.id(b));
    expect(assoc("抄", "告")).toBeGreaterThan(2.5);
    expect(assoc("的", "人")).toBeLessThan(1);
    expect(assoc("的", "人")).toBe(model.logp(model.id("的"), model.id("人")) - model.unigram(model.id("人")));
    expect(assoc("鎵", "蹈")).toBe(-Infinity);
  });
  it("finds the surprising character of a run", () => {
    const s = runSurprisals(model, ids("国家有关规定"));
    const t = runSurprisals(model, ids("国家忧关规定"));
    expect(t[2]!).toBeGreaterThan(s[2]! + 5);
  });
});

describe("sequence scoring (each bigram looked up once)", () => {
  // Clean text, a slip, an unknown character (𠮷 is outside the model) and repeats: seen and unseen bigrams and trigrams.
  const samples = ["国家有关规定", "国家忧关规定使用", "县级以上人民政府应当加强领导", "甲𠮷乙丙丁", "的的的的", "一"];
  /** The terms as unigram, logp and logp3 give them one by one. */
  const term = (w: Int32Array, k: number) => (k === 0 ? model.unigram(w[0]!) : k === 1 ? model.logp(w[0]!, w[1]!) : model.logp3(w[k - 2]!, w[k - 1]!, w[k]!));
  it("sums exactly the terms of unigram, logp and logp3, from any start", () => {
    for (const s of samples) {
      const w = ids(s);
      for (let from = 0; from <= w.length; from++) {
        let expected = 0;
        for (let k = from; k < w.length; k++) expected -= term(w, k);
        expect(model.sequenceCost(w, from, w.length)).toBe(expected);
      }
    }
  });
  it("gives each junction's bigram and each character's trigram surprisal", () => {
    for (const s of samples) {
      const w = ids(s);
      const junctions = new Float64Array(w.length);
      const characters = new Float64Array(w.length);
      model.sequenceSurprisals(w, junctions, characters);
      for (let k = 0; k < w.length; k++) {
        expect(characters[k]).toBe(-term(w, k));
        expect(junctions[k]).toBe(k === 0 ? 0 : -model.logp(w[k - 1]!, w[k]!));
      }
    }
  });
  it("stops early only when the sum is sure to exceed the limit", () => {
    const w = ids("国家忧关规定使用");
    const full = model.sequenceCost(w, 2, w.length);
    expect(model.sequenceCost(w, 2, w.length, full)).toBe(full);
    expect(model.sequenceCost(w, 2, w.length, full - 0.01)).toBe(Infinity);
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
    const [plain] = bestEdits(model, run, ids(run), 4, { kinds: ["change"] });
    const [favoured] = bestEdits(model, run, ids(run), 4, {
      kinds: ["change"],
      changePrior: (from, to) => (from === "忧" && to === "有" ? 6 : 0),
      maxChangePrior: 6,
    });
    expect(plain).toMatchObject({ replacement: "有" });
    expect(favoured!.gain).toBeCloseTo(plain!.gain + 6, 6);
  });
});

describe("bestEdits with floors", () => {
  const run = "违反国家忧关规定使用";
  it("finds the same best edit with and without a floor below its gain", () => {
    const [open] = bestEdits(model, run, ids(run), 4, { kinds: ["change"] });
    const [floored] = bestEdits(model, run, ids(run), 4, { kinds: ["change"], floor: { change: open!.gain - 1 } });
    expect(floored).toEqual(open);
  });
  it("reports nothing of a kind whose floor the best edit does not reach", () => {
    const [open] = bestEdits(model, run, ids(run), 4, { kinds: ["change"] });
    expect(bestEdits(model, run, ids(run), 4, { kinds: ["change"], floor: { change: open!.gain + 0.01 } })).toEqual([]);
  });
});

describe("the early stop of the search", () => {
  it("knows the largest log-probability the model can return", () => {
    const t = decodeCharModel(readFileSync(charModelPath()));
    expect(model.maxLogp).toBeGreaterThanOrEqual(t.trigramLogp.reduce((m, v) => Math.max(m, v), -32768) / 1000);
    expect(model.maxLogp).toBeLessThan(5);
  });
  it("finds exactly what a search without floors finds above them", () => {
    // Our own sentences with slips of every kind, and clean ones.
    const runs = ["违反国家忧关规定使用", "不得改变土跑地用途", "制定地方府政规章", "县级以上人民政府应当加强领导", "双方就此商订举行会谈", "负责任的对话是解决问题的途径"];
    const floor = { change: 8, remove: 6, add: 5, swap: 3 } as const;
    let kept = 0;
    for (const run of runs) {
      for (let p = 0; p < run.length; p++) {
        const open = bestEdits(model, run, ids(run), p).filter((e) => e.gain >= floor[e.kind]);
        expect(bestEdits(model, run, ids(run), p, { floor })).toEqual(open);
        kept += open.length;
      }
    }
    expect(kept).toBeGreaterThan(5);
  });
});

describe("bestEdits with the run's surprisals", () => {
  it("finds exactly the edits it finds scoring the unedited text itself", () => {
    for (const run of ["违反国家忧关规定使用", "不得改变土跑地用途", "制定地方府政规章", "县级以上人民政府应当加强领导"]) {
      const surprisals = runSurprisals(model, ids(run));
      for (let p = 0; p < run.length; p++) expect(bestEdits(model, run, ids(run), p, { surprisals })).toEqual(bestEdits(model, run, ids(run), p));
    }
  });
});

describe("bridges: the characters seen between two neighbours", () => {
  it("are every x with both bigrams seen, most probable first, ties by id — as a brute-force search finds them", () => {
    const t = decodeCharModel(readFileSync(charModelPath()));
    const index = new Map<number, number>();
    t.keys.forEach((key, i) => index.set(key, i));
    const bigram = (a: number, b: number) => index.get(((a << 16) | b) >>> 0);
    const sentence = "县级以上人民政府应当加强对农村公路建设的领导";
    for (let p = 0; p + 2 < sentence.length; p++) {
      const [left, right] = [model.id(sentence[p]!), model.id(sentence[p + 2]!)];
      const expected: { x: number; score: number }[] = [];
      for (let x = 1; x < t.chars.length; x++) {
        const i = bigram(left, x);
        const j = bigram(x, right);
        if (i !== undefined && j !== undefined) expected.push({ x, score: t.bigramLogp[i]! + t.bigramLogp[j]! });
      }
      expected.sort((a, b) => b.score - a.score || a.x - b.x);
      for (const limit of [1, 5, 24]) expect([...model.bridgeIds(left, right, limit)]).toEqual(expected.slice(0, limit).map((e) => e.x));
    }
  });
});

describe("bridgeSearch", () => {
  it("gives bridgeIds' bridges with the handles of left·x and x·right for each, as contextOf gives them", () => {
    const sentence = "县级以上人民政府应当加强对农村公路建设的领导";
    let checked = 0;
    for (let p = 0; p + 2 < sentence.length; p++) {
      const [left, right] = [model.id(sentence[p]!), model.id(sentence[p + 2]!)];
      const { ids: bridges, bigrams } = model.bridgeSearch(left, right, 24);
      expect([...bridges]).toEqual([...model.bridgeIds(left, right, 24)]);
      expect(bigrams.length).toBe(2 * bridges.length);
      bridges.forEach((x, j) => {
        expect(bigrams[2 * j]).toBe(model.contextOf(left, x));
        expect(bigrams[2 * j + 1]).toBe(model.contextOf(x, right));
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(50);
  });
});

describe("bestEdits with extra candidates inside a run", () => {
  // 变 is no frequent bridge between 转 and 方, so only the given character brings it (its prior,
  // larger than any gain here, makes it the best change once it is tried at all).
  const run = "加快转辛方式";
  const lookAlike = { changePrior: (a: string, b: string) => (a === "辛" && b === "变" ? 40 : 0), maxChangePrior: 40 };
  it("tries them besides the bridges between the neighbours", () => {
    const [bridgesOnly] = bestEdits(model, run, ids(run), 3, { kinds: ["change"], ...lookAlike });
    expect(bridgesOnly?.replacement).not.toBe("变");
    const [edit] = bestEdits(model, run, ids(run), 3, { kinds: ["change"], ...lookAlike, extraCandidates: (c) => (c === "辛" ? "变" : "") });
    expect(edit).toMatchObject({ kind: "change", start: 3, end: 4, replacement: "变" });
  });
});

describe("bestEdits at the edge of a run", () => {
  const run = "八民法院依法审理";
  it("has no candidates for a change at the first character without extraCandidates", () => {
    expect(bestEdits(model, run, ids(run), 0, { kinds: ["change"] })).toEqual([]);
  });
  it("tries the given characters there", () => {
    const [edit] = bestEdits(model, run, ids(run), 0, { kinds: ["change"], extraCandidates: (c) => (c === "八" ? "人入" : "") });
    expect(edit).toMatchObject({ kind: "change", start: 0, end: 1, replacement: "人" });
  });
});

describe("editGain", () => {
  it("scores one given edit over the window bestEdits scores, to the same gain", () => {
    for (const [run, p, kind] of [
      ["县级以上人民政府应当加强导领工作", 12, "swap"],
      ["县级以上人民政府应当加强领工作", 13, "add"],
      ["县级以上人民政府应当加强哈领导工作", 12, "remove"],
    ] as const) {
      const [best] = bestEdits(model, run, ids(run), p, { kinds: [kind] });
      expect(best).toBeDefined();
      expect(editGain(model, ids(run), best!.start, best!.end, ids(best!.replacement))).toBeCloseTo(best!.gain, 6);
    }
  });
  it("scores a worse edit below zero", () => {
    const run = "县级以上人民政府应当加强领导工作";
    expect(editGain(model, ids(run), 12, 14, ids("导领"))).toBeLessThan(0);
  });
});
