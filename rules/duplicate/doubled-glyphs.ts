/**
 * Every character written twice (关关于于加加强强…): a PDF's fake bold prints
 * each glyph twice with a small offset, and extraction reads both copies. One
 * copy of each pair is the text, so collapsing the pairs is a safe fix.
 *
 * Chinese writes a character twice on purpose (人人, 常常) and reduplicates two
 * (扎扎实实, 兢兢业业: two pairs), and words that share a character meet
 * (委员会会议议程: 会会议议); the big corpus and the tuning half have no more
 * than two pairs in a row. Five pairs (10 characters) leave a wide margin:
 * even two reduplications side by side (清清楚楚明明白白) make four.
 */
import type { FindingInput } from "../../src/rule-kit.js";
import { isIdeograph } from "../../src/cjk/chars.js";

/** Pairs in a row from which a stretch is fake bold. */
export const MIN_DOUBLED_PAIRS = 5;

/** The stretches of doubled characters (code units: BMP characters, as ideographs and punctuation are), as findings with the collapsing fix. */
export function findDoubledGlyphs(text: string): FindingInput[] {
  const findings: FindingInput[] = [];
  let i = 0;
  while (i + 1 < text.length) {
    const start = i;
    let ideographPairs = 0;
    while (i + 1 < text.length && text[i] === text[i + 1] && !/\s/u.test(text[i]!)) {
      if (isIdeograph(text[i]!)) ideographPairs++;
      i += 2;
    }
    const pairs = (i - start) / 2;
    if (pairs >= MIN_DOUBLED_PAIRS && ideographPairs >= MIN_DOUBLED_PAIRS - 1) {
      const doubled = text.slice(start, i);
      const single = [...doubled].filter((_, k) => k % 2 === 0).join("");
      findings.push({
        messageId: "doubled-glyphs",
        params: { doubled: doubled.length > 24 ? `${doubled.slice(0, 24)}…` : doubled, single },
        range: [start, i],
        confidence: 0.95,
        fix: { range: [start, i], text: single },
      });
    }
    if (i === start) i++;
  }
  return findings;
}
