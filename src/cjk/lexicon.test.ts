/**
 * The lexicon file (format 2: hash index, no Map built at load) answers exactly
 * as the jieba dictionary it was built from: checked against a Map built here
 * from @node-rs/jieba's dict.txt, the way the previous loader did.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { charLogProbability } from "./char-frequency.js";
import { getLexicon } from "./lexicon.js";

const require = createRequire(import.meta.url);
const dict = readFileSync(join(dirname(require.resolve("@node-rs/jieba/package.json")), "dict.txt"), "utf8");
const reference = new Map<string, { frequency: number; tag: string }>();
for (const line of dict.split("\n")) {
  const [word, frequencyText, tag = "x"] = line.trim().split(" ");
  if (!word || !frequencyText) continue;
  const frequency = Number(frequencyText);
  const known = reference.get(word);
  if (!known || known.frequency < frequency) reference.set(word, { frequency, tag });
}
const total = [...reference.values()].reduce((n, e) => n + e.frequency, 0);

describe("lexicon", () => {
  const lexicon = getLexicon();

  it("keeps its API: size, version, maxWordLength", () => {
    expect(lexicon.size).toBe(reference.size);
    expect(lexicon.version).toMatch(/^@node-rs\/jieba@[\d.]+ dict\.txt#[0-9a-f]{16}$/);
    expect(lexicon.maxWordLength).toBe([...reference.keys()].reduce((n, w) => Math.max(n, w.length), 0));
    expect(lexicon.header.totalFrequency).toBe(total);
  });

  it("answers has, frequency, tag, isIdiom and logProbability as the dictionary says", () => {
    const words = [...reference.keys()].filter((_, i) => i % 499 === 0);
    words.push("并行不悖", "发展中国家", "中国", "中华人民共和国", "拓展", "和");
    for (const word of words) {
      const entry = reference.get(word)!;
      expect(lexicon.has(word)).toBe(true);
      expect(lexicon.frequency(word)).toBe(entry.frequency);
      expect(lexicon.tag(word)).toBe(entry.tag);
      expect(lexicon.isIdiom(word)).toBe(entry.tag === "i");
      expect(lexicon.logProbability(word)).toBeCloseTo(Math.log(entry.frequency) - Math.log(total), 12);
    }
    expect(lexicon.isIdiom("并行不悖")).toBe(true);
    for (const unknown of ["不存在的词语组合", "", "a", "𠀀𠀀", "中国中国中国中国中国中国中国中国"]) {
      expect(lexicon.has(unknown)).toBe(false);
      expect(lexicon.frequency(unknown)).toBe(0);
      expect(lexicon.tag(unknown)).toBeUndefined();
      expect(lexicon.logProbability(unknown)).toBe(-Infinity);
    }
  });

  it("lists every entry, sorted, through entries()", () => {
    let count = 0;
    let previous = "";
    let unsorted = 0;
    let different = 0;
    for (const { word, frequency, tag } of lexicon.entries()) {
      count++;
      if (!(word > previous)) unsorted++;
      const entry = reference.get(word);
      if (!entry || entry.frequency !== frequency || entry.tag !== tag) different++;
      previous = word;
    }
    expect({ count, unsorted, different }).toEqual({ count: reference.size, unsorted: 0, different: 0 });
  });

  it("lists the long, counted words through wordsAtLeast(), as the dictionary has them", () => {
    const expected = [...reference].filter(([word, { frequency }]) => word.length >= 5 && frequency >= 10).map(([word]) => word);
    expect([...lexicon.wordsAtLeast(5, 10)].sort()).toEqual(expected.sort());
    expect(expected).toContain("中华人民共和国");
  });

  it("keeps the character frequencies of the words", () => {
    const counts = new Map<string, number>();
    let sum = 0;
    for (const [word, { frequency }] of reference) {
      for (const char of word) counts.set(char, (counts.get(char) ?? 0) + frequency);
      sum += frequency * word.length;
    }
    for (const char of ["的", "国", "涓", "鍥", "𠀀", "x"]) {
      expect(charLogProbability(char)).toBeCloseTo(Math.log((counts.get(char) ?? 0) + 1) - Math.log(sum), 12);
    }
  });
});
