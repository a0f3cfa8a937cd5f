import type { Sentence, Word } from "nlcst";
import { toString } from "nlcst-to-string";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { parseChinese, parseParagraph, retextChinese, wordText } from "./parse-chinese.js";
import { segmentRun } from "./segment.js";

const words = (sentence: Sentence) => sentence.children.filter((c): c is Word => c.type === "WordNode").map(wordText);

describe("parse-chinese (unified parser plugin)", () => {
  const text = "双方同意加强合作。AUKUS成员国应履行义务！\n\n第二段有5G网络";

  it("splits paragraphs, sentences and words with exact offsets", () => {
    const tree = unified().use(retextChinese).parse(text);
    expect(tree.type).toBe("RootNode");
    const paragraphs = tree.children.filter((c) => c.type === "ParagraphNode");
    expect(paragraphs).toHaveLength(2);
    const sentences = paragraphs.flatMap((p) => ("children" in p ? p.children.filter((c): c is Sentence => c.type === "SentenceNode") : []));
    expect(sentences.map((s) => toString(s))).toEqual(["双方同意加强合作。", "AUKUS成员国应履行义务！", "第二段有5G网络"]);
    expect(words(sentences[0]!)).toEqual(["双方同意", "加强", "合作"]);
    expect(words(sentences[1]!)).toContain("AUKUS");
    expect(words(sentences[2]!)).toContain("5G");
    // Every node's offsets index the original text.
    const check = (node: { position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[]; value?: string }) => {
      if (node.value !== undefined) expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(node.value);
      for (const child of (node.children ?? []) as (typeof node)[]) check(child);
    };
    check(tree as never);
    expect(toString(tree)).toBe(text);
  });

  it("gives line and column points", () => {
    const tree = parseChinese(text);
    const last = tree.children.at(-1)!;
    expect(last.position!.start).toEqual({ line: 3, column: 1, offset: text.indexOf("第二段") });
  });

  it("parses a stretch of a larger text with absolute offsets", () => {
    const doc = `前言。${text}`;
    const paragraph = parseParagraph(doc, 3, 3 + "双方同意加强合作。".length);
    expect(paragraph.position!.start.offset).toBe(3);
    const sentence = paragraph.children[0] as Sentence;
    const first = sentence.children[0] as Word;
    expect(first.position!.start.offset).toBe(3);
    expect(wordText(first)).toBe("双方同意");
  });
});

describe("segmentRun", () => {
  it("finds the most probable words and handles unknown and astral characters", () => {
    const s = "发展中国家𠀀合作";
    const tokens = segmentRun(s, 0, s.length).map((t) => s.slice(t.start, t.end));
    expect(tokens.join("")).toBe(s);
    expect(tokens).toContain("发展中国家");
    expect(tokens).toContain("𠀀");
  });
});
