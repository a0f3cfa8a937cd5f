/**
 * The evaluation harness's pieces: PRNG, corpus split, injectors, scorer.
 * Uses the bundled fallback corpus only (never ../shared).
 */
import { describe, expect, it } from "vitest";
import { fallbackDocuments, paragraphs, splitFileDocuments, splitOfFile } from "./corpus.js";
import { compatibilityMap, INJECTORS, injectMixed, isReversible, KINDS, revertArtefacts, type Artefact, type Injected, type Kind } from "./injectors.js";
import { Rng } from "./random.js";
import { matchDocument, Scorer, spansMatch, type Span } from "./score.js";
import { poissonInterval, wilsonInterval } from "./intervals.js";

const docs = fallbackDocuments();

describe("Rng", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("forks independent, reproducible streams", () => {
    const base = new Rng(7);
    base.next();
    expect(base.fork("doc").next()).toBe(new Rng(7).fork("doc").next());
    expect(new Rng(7).fork("a").next()).not.toBe(new Rng(7).fork("b").next());
    const r = new Rng(3);
    for (let i = 0; i < 200; i++) {
      const n = r.int(2, 5);
      expect(n >= 2 && n <= 5).toBe(true);
    }
  });
});

describe("corpus", () => {
  it("splits by file number: odd held out, even tuning", () => {
    expect(splitOfFile("dev_001_constitution.md")).toBe("held-out");
    expect(splitOfFile("dev_002_constitutional.md")).toBe("tune");
    expect(splitOfFile("SOURCES.md")).toBeUndefined();
  });

  it("splits a file into documents at '# ' titles and paragraphs at blank lines", () => {
    const found = splitFileDocuments("# 甲\n\n第一段。\n\n第二段。\n# 乙\n\n## 小节\n\n正文。\n", "f.md");
    expect(found.map((d) => d.title)).toEqual(["甲", "乙"]);
    expect(paragraphs(found[0]!.text).map((p) => p.text)).toEqual(["# 甲", "第一段。", "第二段。"]);
    expect(docs.length).toBeGreaterThanOrEqual(3);
  });
});

/**
 * The artefact range covers the injected text (for a deletion it reaches the
 * deletion point); page furniture marks each inserted line, without the line
 * breaks that glue it in.
 */
function expectRangeOnEdit(a: Artefact, text: string) {
  if (a.form.endsWith(":left-behind")) {
    // The damaged text just before the edit (a tail left truncated by a displaced fragment).
    expect(a.end).toBe(a.edit.start);
  } else if (a.kind === "page-furniture") {
    expect(a.start >= a.edit.start && a.end <= a.edit.end).toBe(true);
    expect(text.slice(a.start, a.end)).not.toMatch(/\n/);
  } else {
    expect(a.start <= a.edit.start && a.end >= a.edit.end).toBe(true);
  }
}

function checkRanges(kind: Kind, clean: string, injected: Injected) {
  expect(injected.text).not.toBe(clean);
  expect(injected.artefacts.length).toBeGreaterThan(0);
  for (const a of injected.artefacts) {
    if (!a.form.endsWith(":left-behind")) expect(a.category).toBe(kind);
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeLessThanOrEqual(injected.text.length);
    expect(a.end).toBeGreaterThan(a.start);
    expectRangeOnEdit(a, injected.text);
  }
  // Artefacts of one document never overlap.
  const sorted = [...injected.artefacts].sort((x, y) => x.start - y.start);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
}

const slice = (text: string, a: Artefact) => text.slice(a.start, a.end);

describe("injectors", () => {
  for (const kind of KINDS) {
    it(`${kind}: ranges point at the injected text${isReversible(kind) ? " and reverting restores the original" : ""}`, () => {
      for (const [i, doc] of docs.entries()) {
        const injected = INJECTORS[kind](doc.text, new Rng(100 + i));
        if (injected.artefacts.length === 0) continue; // e.g. no heading to letter-space in a document without any site
        checkRanges(kind, doc.text, injected);
        if (isReversible(kind)) expect(revertArtefacts(injected)).toBe(doc.text);
        // Same seed, same corruption.
        expect(INJECTORS[kind](doc.text, new Rng(100 + i))).toEqual(injected);
      }
    });
  }

  it("stray-latin puts a Latin word between Chinese text", () => {
    const { text, artefacts } = INJECTORS["stray-latin"](docs[0]!.text, new Rng(1));
    for (const a of artefacts) {
      expect(slice(text, a)).toMatch(/^\s*(?:and|or|the|of|with|&)\s*$/i);
      expect(slice(text, a)).toBe(text.slice(a.edit.start, a.edit.end));
    }
  });

  it("paragraph-split inserts a blank line inside a paragraph, never after a sentence end", () => {
    const { text, artefacts } = INJECTORS["paragraph-split"](docs[0]!.text, new Rng(2));
    for (const a of artefacts) {
      const piece = slice(text, a);
      expect(piece).toMatch(/^[^\n]\n[ \u3000]*\n[\u3000]*[^\n]$/u);
      expect("。！？").not.toContain(piece[0]);
    }
  });

  it("line-wrap breaks every paragraph into short lines and drops blank lines", () => {
    const doc = docs[2]!.text;
    const { text, artefacts } = INJECTORS["line-wrap"](doc, new Rng(3));
    expect(text).not.toMatch(/\n\s*\n/);
    expect(text).not.toMatch(/^#/m);
    for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(41);
    for (const a of artefacts) expect(text[a.start + 1]).toBe("\n");
    // Undoing the artefacts (inserted breaks, lost blank lines) gives the original paragraphs.
    const unwrapped = revertArtefacts({ text, artefacts });
    expect(unwrapped).toBe(doc.replace(/^#+\s+/gm, ""));
  });

  it("encoding uses radicals / compatibility forms that NFKC maps back", () => {
    const map = compatibilityMap();
    expect(map.get("一")).toContain("\u2F00");
    for (let seed = 0; seed < 10; seed++) {
      const { text, artefacts } = INJECTORS.encoding(docs[0]!.text, new Rng(seed));
      for (const a of artefacts) {
        const piece = slice(text, a);
        if (a.form === "kangxi-radical" || a.form === "compatibility-ideograph") expect(piece.normalize("NFKC")).toBe(a.edit.original);
        if (a.form === "replacement-char") expect(piece).toBe("\uFFFD");
        if (a.form === "zero-width") expect(piece).toMatch(/^[\u200B\uFEFF]$/);
        if (a.form.endsWith("mojibake")) expect(piece).not.toBe(a.edit.original);
      }
    }
  });

  it("page-furniture inserts page numbers and a repeated running header", () => {
    const { text, artefacts } = INJECTORS["page-furniture"](docs[0]!.text.repeat(8), new Rng(4));
    const headers = artefacts.filter((a) => a.form.startsWith("running-header")).map((a) => slice(text, a).replace("\f", ""));
    expect(headers.length).toBeGreaterThan(1);
    expect(new Set(headers).size).toBe(1);
    for (const a of artefacts.filter((x) => x.form.startsWith("page-number"))) expect(slice(text, a)).toMatch(/\d/);
  });

  it("mixed injection keeps every kind's ranges valid and is reversible", () => {
    const kinds = KINDS.filter((k) => k !== "line-wrap");
    for (const [i, doc] of docs.flatMap((d) => Array.from({ length: 10 }, () => d)).entries()) {
      const injected = injectMixed(doc.text, kinds, new Rng(9 + i), { density: 2 });
      const categories = new Set(injected.artefacts.map((a) => a.category));
      expect(categories.size).toBeGreaterThanOrEqual(5);
      const sorted = [...injected.artefacts].sort((x, y) => x.start - y.start);
      for (let k = 1; k < sorted.length; k++) expect(sorted[k]!.start).toBeGreaterThanOrEqual(sorted[k - 1]!.end);
      for (const a of injected.artefacts) expectRangeOnEdit(a, injected.text);
      expect(revertArtefacts(injected)).toBe(doc.text);
    }
  });
});

describe("scorer", () => {
  const artefact = (start: number, end: number, category: Span["category"] = "encoding"): Span => ({ category, start, end });

  it("matches same-category spans that overlap or lie within 2 characters", () => {
    expect(spansMatch(artefact(10, 12), artefact(11, 13))).toBe(true);
    expect(spansMatch(artefact(10, 12), artefact(14, 15))).toBe(true);
    expect(spansMatch(artefact(10, 12), artefact(15, 16))).toBe(false);
    expect(spansMatch(artefact(10, 12, "line-wrap"), artefact(10, 12, "paragraph-split"))).toBe(false);
  });

  it("counts a hit, a false positive and a miss", () => {
    const artefacts = [artefact(10, 12), artefact(100, 101), artefact(50, 53, "line-wrap")];
    const findings = [artefact(11, 11), artefact(30, 31), artefact(50, 53, "paragraph-split")];
    const match = matchDocument(findings, artefacts);
    expect(match.artefactFound).toEqual([true, false, false]);
    expect(match.findingMatched).toEqual([true, false, false]);
    expect(match.findingOnOther).toEqual([false, false, true]);

    const scorer = new Scorer();
    scorer.addCorrupted(findings, artefacts);
    scorer.addClean([artefact(5, 6, "encoding")], 50_000);
    const scores = scorer.result(["encoding", "line-wrap", "paragraph-split", "markup"]);
    const row = (c: string) => scores.categories.find((s) => s.category === c)!;
    expect(row("encoding")).toMatchObject({ artefacts: 2, found: 1, recall: 0.5, findings: 2, truePositives: 1, precision: 0.5, onOtherArtefacts: 0, cleanFindings: 1, cleanPer100k: 2 });
    expect(row("line-wrap")).toMatchObject({ artefacts: 1, found: 0, recall: 0, findings: 0, precision: null });
    expect(row("paragraph-split")).toMatchObject({ artefacts: 0, recall: null, findings: 1, precision: 0, onOtherArtefacts: 1 });
    expect(row("markup")).toMatchObject({ artefacts: 0, findings: 0, recall: null, precision: null });
    expect(scores.cleanPer100k).toBe(2);
    // Intervals: the shares' Wilson intervals, the clean count's Poisson interval scaled to 100 000 characters.
    expect(row("encoding").recallInterval).toEqual(wilsonInterval(1, 2));
    expect(row("markup").recallInterval).toBeNull();
    const [low, high] = poissonInterval(1);
    expect(row("encoding").cleanPer100kInterval).toEqual([low * 2, high * 2]);
    expect(scores.cleanPer100kInterval![0]).toBeLessThan(2);
    expect(scores.cleanPer100kInterval![1]).toBeGreaterThan(2);
  });

  it("finds matches among many artefacts regardless of order", () => {
    const artefacts = Array.from({ length: 200 }, (_, i) => artefact(i * 40 + 7, i * 40 + 9)).reverse();
    const findings = Array.from({ length: 200 }, (_, i) => artefact(i * 40 + 10, i * 40 + 11));
    const match = matchDocument(findings, artefacts);
    expect(match.artefactFound.every(Boolean)).toBe(true);
    expect(match.findingMatched.every(Boolean)).toBe(true);
  });
});

describe("runEvaluation", () => {
  it("runs on the bundled set with the registered rules and scores every kind", async () => {
    const { runEvaluation } = await import("./run.js");
    const result = await runEvaluation({ dir: "bundled", seed: 5, examples: 1 });
    expect(result.corpus.origin).toBe("fallback");
    expect(result.failures).toEqual([]);
    expect(result.scores.categories.map((c) => c.category)).toEqual([...KINDS]);
    for (const row of result.scores.categories) expect(row.artefacts).toBeGreaterThan(0);
    const again = await runEvaluation({ dir: "bundled", seed: 5, examples: 1 });
    expect(again.scores).toEqual(result.scores);
  });
  it("gives each false positive example the finding's message (what it reads there)", async () => {
    const { runEvaluation } = await import("./run.js");
    const result = await runEvaluation({ dir: "bundled", seed: 5, examples: 1 });
    const falsePositives = Object.values(result.examples.falsePositives).flat();
    expect(falsePositives.length).toBeGreaterThan(0);
    for (const e of falsePositives) expect(e!.message).toMatch(/\S/u);
  });
  it("passes each finding to onFinding with its label, as the scores count them, and applies the rule options given", async () => {
    const { runEvaluation } = await import("./run.js");
    const { defaultConfig } = await import("../engine/config.js");
    const labels = { clean: 0, found: 0, unmatched: 0 };
    const result = await runEvaluation({
      dir: "bundled",
      seed: 5,
      kinds: ["garbled"],
      onFinding: (finding, _, label) => {
        if (label === "clean" || finding.category === "garbled") labels[label]++;
      },
    });
    const scores = result.scores.categories.find((c) => c.category === "garbled")!;
    expect(labels.found).toBeGreaterThan(0);
    expect(labels.found).toBe(scores.truePositives);
    expect(labels.found + labels.unmatched).toBe(scores.findings);
    expect(labels.clean).toBe(result.scores.cleanFindings);
    // With garbled-text off, fewer garbles are found.
    const config = defaultConfig();
    config.rules = config.rules.filter((r) => r.id !== "garbled-text");
    const without = await runEvaluation({ dir: "bundled", seed: 5, kinds: ["garbled"], config });
    expect(without.scores.categories.find((c) => c.category === "garbled")!.found).toBeLessThan(scores.found);
  });
});
