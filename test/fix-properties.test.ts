/**
 * Property-based tests of the fix pipeline (fast-check): random Chinese
 * documents built from a small vocabulary, damaged with random extraction
 * artefacts — stray " and ", split paragraphs, spaces between ideographs,
 * Kangxi/supplement radicals, zero-width characters, half-width commas.
 *
 * - the guard: any character changed outside the declared edits is refused;
 * - fixes never remove content outside their edits: every ideograph and every
 *   Chinese punctuation mark of the damaged text survives, in order;
 * - a fixed point: fix(fix(x)) = fix(x).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Engine } from "../src/engine/engine.js";
import { applyEdits, verifyOnlyDeclaredChanges } from "../src/engine/fix.js";
import { decodeSource } from "../src/engine/source.js";
import { FixSafetyError } from "../src/errors.js";
import type { Edit } from "../src/report/types.js";

const NOUNS = ["双方", "人民", "经济", "合作", "发展", "领域", "国家", "地区", "安全", "贸易", "文化", "交流", "能源", "科技", "伙伴关系", "长期", "大会", "意见", "世界", "和平"];
const VERBS = ["加强", "深化", "推动", "扩大", "支持", "维护", "促进", "开展", "坚持", "欢迎"];
const ADVERBS = ["将", "继续", "共同", "进一步", "积极"];

/** A clean sentence: 双方将共同推动经济和贸易合作，… 。 */
const sentence = fc
  .tuple(
    fc.constantFrom(...NOUNS),
    fc.constantFrom(...ADVERBS),
    fc.constantFrom(...VERBS),
    fc.constantFrom(...NOUNS),
    fc.constantFrom(...NOUNS),
    fc.constantFrom(...NOUNS),
    fc.boolean(),
  )
  .map(([subject, adverb, verb, a, b, head, clause]) => `${subject}${adverb}${verb}${a}和${b}${head}${clause ? `，${subject}${verb}${head}` : ""}。`);

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(""));
const cleanDocument = fc.array(paragraph, { minLength: 1, maxLength: 5 }).map((ps) => ps.join("\n\n") + "\n");

type Artefact = (text: string, at: number) => string;

const IDEOGRAPH = /\p{Unified_Ideograph}/u;
const RADICALS: Record<string, string> = { 长: "\u2ED3", 见: "\u2EC5", 人: "\u2F08", 大: "\u2F24", 言: "\u2F94" };

/** Position-driven artefacts; `at` is a fraction of the text length. */
const ARTEFACTS: Record<string, Artefact> = {
  strayAnd: (text, at) => {
    const i = text.indexOf("和", Math.floor(at * text.length));
    return i < 0 ? text : `${text.slice(0, i)} and ${text.slice(i + 1)}`;
  },
  splitParagraph: (text, at) => {
    const i = Math.floor(at * text.length);
    return i > 0 && IDEOGRAPH.test(text[i - 1]!) && IDEOGRAPH.test(text[i] ?? "") ? `${text.slice(0, i)}\n\n${text.slice(i)}` : text;
  },
  spaceBetweenIdeographs: (text, at) => {
    const i = Math.floor(at * text.length);
    return i > 0 && IDEOGRAPH.test(text[i - 1]!) && IDEOGRAPH.test(text[i] ?? "") ? `${text.slice(0, i)} ${text.slice(i)}` : text;
  },
  radical: (text, at) => {
    const start = Math.floor(at * text.length);
    for (let i = start; i < text.length; i++) if (RADICALS[text[i]!]) return text.slice(0, i) + RADICALS[text[i]!] + text.slice(i + 1);
    return text;
  },
  zeroWidth: (text, at) => {
    const i = Math.floor(at * text.length);
    return i > 0 && IDEOGRAPH.test(text[i - 1]!) && IDEOGRAPH.test(text[i] ?? "") ? `${text.slice(0, i)}\u200B${text.slice(i)}` : text;
  },
  halfWidthComma: (text, at) => {
    const i = text.indexOf("，", Math.floor(at * text.length));
    return i < 0 ? text : `${text.slice(0, i)},${text.slice(i + 1)}`;
  },
};

const damaged = fc
  .tuple(cleanDocument, fc.array(fc.tuple(fc.constantFrom(...Object.keys(ARTEFACTS)), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 1, maxLength: 8 }))
  .map(([clean, artefacts]) => artefacts.reduce((text, [kind, at]) => ARTEFACTS[kind]!(text, at), clean));

/** The content no artefact fix may remove: ideographs and Chinese punctuation, in order. */
const content = (text: string) => [...text].filter((c) => IDEOGRAPH.test(c) || c === "。" || c === "，");

function isSubsequence(needle: readonly string[], haystack: readonly string[]): boolean {
  let i = 0;
  for (const c of haystack) if (i < needle.length && c === needle[i]) i++;
  return i === needle.length;
}

// Rules whose safe fixes address the artefacts above (rules that legitimately delete
// whole lines, such as page furniture, would make the content property meaningless).
const engine = new Engine({ ruleIds: ["stray-latin", "paragraph-split", "spacing", "encoding", "punctuation"] });
const fix = async (text: string, ext = ".txt") => engine.fixSource(decodeSource(Buffer.from(text, "utf8"), `doc${ext}`));

describe("the guard (verifyOnlyDeclaredChanges)", () => {
  const text = fc.string({ unit: fc.constantFrom(..."双方将深化交流和合作，不断拓展。 \n\u200Band"), minLength: 1, maxLength: 60 });
  const withEdits = text.chain((t) =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: t.length }), { minLength: 0, maxLength: 8 })
      .chain((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const pairs: [number, number][] = [];
        for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i]!, sorted[i + 1]!]);
        return fc.tuple(fc.constant(t), fc.tuple(...pairs.map(() => fc.constantFrom("", "和", "，", "X"))).map((texts) => pairs.map((range, i): Edit => ({ range, text: texts[i]!, safe: true }))));
      }),
  );

  it("accepts exactly the declared edits", () => {
    fc.assert(
      fc.property(withEdits, ([t, edits]) => {
        const { output, deferred } = applyEdits(t, edits);
        expect(deferred).toEqual([]);
        expect(() => verifyOnlyDeclaredChanges(t, output, edits)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("refuses an output that lost or changed one character outside the edits", () => {
    fc.assert(
      fc.property(withEdits, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), ([t, edits], where, replace) => {
        const { output } = applyEdits(t, edits);
        // Find a character of the output that lies outside every edit (mapped back into `t`).
        const outside: number[] = [];
        let a = 0;
        let b = 0;
        for (const edit of edits) {
          for (; b < edit.range[0]; b++, a++) outside.push(a);
          a += edit.text.length;
          b = edit.range[1];
        }
        for (; b < t.length; b++, a++) outside.push(a);
        fc.pre(outside.length > 0);
        const i = outside[Math.floor(where * (outside.length - 1))]!;
        const corrupted = replace ? output.slice(0, i) + (output[i] === "乙" ? "丙" : "乙") + output.slice(i + 1) : output.slice(0, i) + output.slice(i + 1);
        expect(() => verifyOnlyDeclaredChanges(t, corrupted, edits)).toThrow(FixSafetyError);
      }),
      { numRuns: 300 },
    );
  });

  it("the content balance alone catches a lost character even when the walk is fooled by misordered edits", () => {
    // Two declared deletions given out of order: the walk refuses them, and the balance would too.
    expect(() => verifyOnlyDeclaredChanges("甲乙丙", "甲", [{ range: [2, 3], text: "", safe: true }, { range: [1, 2], text: "", safe: true }])).toThrow(FixSafetyError);
  });
});

describe("fixes on random damaged Chinese documents", () => {
  it("never remove content outside their edits: every ideograph and mark of the input survives, in order", async () => {
    let fixedSomething = 0;
    await fc.assert(
      fc.asyncProperty(damaged, fc.constantFrom(".txt", ".md"), async (text, ext) => {
        const outcome = await fix(text, ext);
        if (outcome.applied.length > 0) fixedSomething++;
        expect(isSubsequence(content(text), content(outcome.output))).toBe(true);
      }),
      { numRuns: 60 },
    );
    // The generator really damages the documents: most runs have something to fix.
    expect(fixedSomething).toBeGreaterThan(30);
  });

  it("repairs the artefacts back to the clean text when they are unambiguous", async () => {
    // One artefact of each kind on a fixed clean sentence: the fix restores the original exactly.
    const clean = "双方将共同推动经济和贸易合作，双方推动领域。\n\n人民继续支持长期和文化交流，人民支持交流。\n";
    for (const kind of Object.keys(ARTEFACTS)) {
      const broken = ARTEFACTS[kind]!(clean, kind === "splitParagraph" || kind === "spaceBetweenIdeographs" || kind === "zeroWidth" ? 0.2 : 0);
      expect(broken, kind).not.toBe(clean);
      expect((await fix(broken)).output, kind).toBe(clean);
    }
  });

  it("reach a fixed point: fix(fix(x)) = fix(x)", async () => {
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        const once = await fix(text);
        const twice = await fix(once.output);
        expect(twice.output).toBe(once.output);
        expect(twice.applied).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
