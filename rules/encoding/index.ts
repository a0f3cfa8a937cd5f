/**
 * encoding: characters that went wrong between the source and the text —
 * lost characters (U+FFFD), mojibake, radicals and compatibility ideographs
 * standing for ordinary ideographs, private-use code points, invisible and
 * control characters, decomposed (NFD) text, full-width digits or letters
 * mixed with half-width ones, look-alike letters in numbers (二O二三年, 2O23), and
 * glyphs of other scripts read for the ideographs they look like (统-部署, 人O普查, 加エ), and
 * Cyrillic or Greek look-alikes inside a Latin word (АPEC), pdfminer's unmapped glyphs ((cid:3048)) and
 * symbol-font bullets read as letters (l 加强…).
 *
 * Mojibake is found first and claims its range: its runs are made of PUA
 * characters, C1 controls, soft hyphens and full-width letters that the
 * character checks would otherwise report one by one.
 */
import type { TxtNode, TxtParentNode } from "@textlint/ast-node-types";
import { CHINESE_DIGITS } from "../../src/cjk/chars.js";
import { charAt, charBefore, codePointLabel, codePointLabels } from "../../src/cjk/codepoints.js";
import { hasIdeographEquivalent, ideographEquivalent, isSimplifiedText } from "../../src/cjk/ideograph-equivalents.js";
import { findLostAsQuestionMarks } from "../../src/cjk/lost-characters.js";
import { findMojibake } from "../../src/cjk/mojibake.js";
import { getBlocks } from "../../src/doc/blocks.js";
import { documentAt, splitDocuments } from "../../src/doc/documents.js";
import { preferredEol } from "../../src/doc/lines.js";
import { documentRule, type CommonOptions, type Reporter } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { reportLookAlikeGlyphs, reportMixedScriptWords, reportSymbolFontBullets } from "./look-alikes.js";
import { messages, type MessageId } from "./messages.js";

export type Options = CommonOptions;

export const meta: RuleMeta = {
  id: "encoding",
  categories: ["encoding"],
  fixable: true,
  description: {
    zh: "编码损坏：替换字符、乱码、部首与兼容汉字、私用区字符、不可见与控制字符、分解形式、全半角混用、数字中的形近字母、被误识为字母、符号或片假名的形近汉字（“一”“口”“工”“力”等）、拉丁字母词中的形近西里尔或希腊字母、无法映射的字形编号（cid）、被读成字母的符号字体项目符号、转码时丢失而成为“?”的字符",
    en: "Encoding damage: replacement characters, mojibake, radicals and compatibility ideographs, private-use, invisible and control characters, decomposed text, mixed character widths, look-alike letters in numbers, ideographs misread as look-alike dashes, Latin letters, symbols or katakana (一 口 工 力…), Cyrillic or Greek look-alikes in Latin words, unmapped glyph numbers (cid), symbol-font bullets read as letters, characters lost as “?” in a charset conversion",
  },
};


const INVISIBLE_NAMES: ReadonlyMap<number, string> = new Map([
  [0x200b, "ZERO WIDTH SPACE"],
  [0x200c, "ZERO WIDTH NON-JOINER"],
  [0x200d, "ZERO WIDTH JOINER"],
  [0x2060, "WORD JOINER"],
  [0xfeff, "ZERO WIDTH NO-BREAK SPACE"],
  [0x00ad, "SOFT HYPHEN"],
]);

/** C0 and C1 controls other than tab, line feed and carriage return. Form feeds are page breaks: rule page-furniture reports them. */
function isReportedControl(cp: number): boolean {
  return (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || (cp >= 0x7f && cp <= 0x9f);
}

/** Vertical tab (Word's manual line break) and NEL are line breaks in disguise: removing them would run lines together. */
const LINE_BREAK_CONTROLS = new Set([0x0b, 0x85]);

const isPrivateUse = (cp: number) => (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000;
const EMOJI = /\p{Extended_Pictographic}/u;
const OTHER_SCRIPT_LETTER = /(?![\p{Script=Han}\p{Script=Latin}])\p{L}/u;

/** ZWJ inside an emoji sequence and ZWNJ/ZWJ between letters of scripts that shape with them (Arabic, Indic…) are meant. */
function isMeantJoiner(text: string, offset: number, cp: number): boolean {
  if (cp !== 0x200c && cp !== 0x200d) return false;
  const before = charBefore(text, offset) ?? "";
  const after = charAt(text, offset + 1) ?? "";
  if (cp === 0x200d && EMOJI.test(after) && (EMOJI.test(before) || before === "\uFE0F" || /\p{Emoji_Modifier}/u.test(before))) return true;
  return OTHER_SCRIPT_LETTER.test(before) && OTHER_SCRIPT_LETTER.test(after);
}

const QUOTES: ReadonlyMap<string, string> = new Map([
  ["“", "”"],
  ["‘", "’"],
  ["「", "」"],
  ["『", "』"],
]);

/** A radical alone in quotation marks (偏旁“⺅”) is meant as a radical; in brackets it is not: （⼋） numbers an item. */
function isQuotedRadical(text: string, offset: number): boolean {
  const before = charBefore(text, offset);
  return before !== undefined && QUOTES.get(before) === charAt(text, offset + 1);
}

function reportMojibake(report: Reporter, text: string): [number, number][] {
  const claimed: [number, number][] = [];
  for (const m of findMojibake(text)) {
    const codec = m.codec === "gbk" ? "GBK" : m.codec === "big5" ? "Big5" : "Latin-1/Windows-1252";
    // A two-byte Latin-1 pair (Ã© → é) decoding to no Chinese is weaker evidence than a run of ideographs.
    const weak = m.codec === "latin1" && !/[^\u0000-\u07ff]/u.test(m.decoded);
    // Nothing to suggest when every character was lost (锟斤拷 is two U+FFFD read as GBK).
    const readable = m.decoded.replaceAll("\uFFFD", "") !== "";
    report({
      messageId: m.source === "gbk" ? "mojibakeFromGbk" : m.guessed ? "mojibakeGuessed" : m.lost ? "mojibakeLost" : (m.decodings ?? 1) > 1 ? "mojibakeRepeated" : "mojibake",
      params: { found: text.slice(m.start, m.end), codec, decoded: m.decoded, times: m.decodings ?? 1 },
      range: [m.start, m.end],
      confidence: weak ? 0.7 : m.lost ? 0.85 : 0.95,
      severity: weak ? "warning" : undefined,
      suggestions: readable ? [{ messageId: "useDecoded", params: { text: m.decoded }, range: [m.start, m.end], text: m.decoded }] : undefined,
    });
    claimed.push([m.start, m.end]);
  }
  return claimed;
}

/** Whether reportCharacters has anything to say about the code point (most characters: no). */
function mayReport(cp: number): boolean {
  if (cp < 0x7f && cp >= 0x20) return false;
  return cp === 0xfffd || isPrivateUse(cp) || INVISIBLE_NAMES.has(cp) || LINE_BREAK_CONTROLS.has(cp) || isReportedControl(cp) || hasIdeographEquivalent(cp);
}

function reportCharacters(report: Reporter, text: string, isClaimed: (offset: number) => boolean): void {
  let simplified: boolean | undefined;
  let eol: string | undefined;
  // By code point, with a cheap test first: no string or code label for the characters that pass.
  for (let offset = 0, width = 1; offset < text.length; offset += width) {
    const cp = text.codePointAt(offset)!;
    width = cp > 0xffff ? 2 : 1;
    if (!mayReport(cp) || isClaimed(offset)) continue;
    const char = text.slice(offset, offset + width);
    const range = [offset, offset + char.length] as const;
    const code = codePointLabel(cp);
    if (cp === 0xfffd) {
      report({ messageId: "replacementCharacter", range, confidence: 1 });
    } else if (isPrivateUse(cp)) {
      report({ messageId: "privateUse", params: { code }, range, confidence: 0.9 });
    } else if (INVISIBLE_NAMES.has(cp)) {
      if ((cp === 0xfeff && offset === 0) || isMeantJoiner(text, offset, cp)) continue; // a byte-order mark, a meant joiner
      report({ messageId: "invisible", params: { name: INVISIBLE_NAMES.get(cp)!, code }, range, confidence: 0.95, fix: { range, text: "" } });
    } else if (LINE_BREAK_CONTROLS.has(cp)) {
      eol ??= preferredEol(text);
      report({ messageId: "lineBreakControl", params: { code }, range, confidence: 0.9, fix: { range, text: eol } });
    } else if (isReportedControl(cp)) {
      report({ messageId: "control", params: { code }, range, confidence: 0.95, fix: { range, text: "" } });
    } else {
      const equivalent = ideographEquivalent(char);
      const isRadical = cp < 0x3000;
      if (!equivalent || (isRadical && isQuotedRadical(text, offset))) continue;
      const { unified, simplified: simple, oneToOne } = equivalent;
      if (simple !== undefined) simplified ??= isSimplifiedText(text);
      if (simple === undefined || !simplified) {
        report({
          messageId: isRadical ? "radical" : "compatibilityIdeograph",
          params: { found: char, code, expected: unified },
          range,
          confidence: 0.95,
          fix: { range, text: unified },
        });
      } else {
        // Unicode's equivalent is a traditional form (⼾ → 戶) in simplified text: the simplified form is meant (户).
        const suggestSimplified = { messageId: "useSimplified" as MessageId, params: { text: simple }, range, text: simple };
        const suggestUnified = { messageId: "useUnified" as MessageId, params: { text: unified }, range, text: unified };
        report({
          messageId: "traditionalEquivalent",
          params: { found: char, code, unified, simplified: simple },
          range,
          confidence: oneToOne ? 0.9 : 0.8,
          fix: oneToOne ? { range, text: simple } : undefined,
          suggestions: oneToOne ? [suggestUnified] : [suggestSimplified, suggestUnified],
        });
      }
    }
  }
}

/** Base characters followed by combining marks that compose under NFC (e + U+0301 → é). */
function reportDecomposed(report: Reporter, text: string, isClaimed: (offset: number) => boolean): void {
  // Most documents have no combining mark at all: one quick scan instead of the pattern at every position.
  if (!/\p{M}/u.test(text)) return;
  for (const match of text.matchAll(/\P{M}\p{M}+/gu)) {
    const span = match[0];
    const composed = span.normalize("NFC");
    if (composed === span || isClaimed(match.index)) continue;
    const range = [match.index, match.index + span.length] as const;
    report({ messageId: "decomposed", params: { found: span, codes: codePointLabels(span), expected: composed }, range, confidence: 0.95, fix: { range, text: composed } });
  }
}

const WIDTH_CLASSES = [
  { half: /[0-9]+/gu, full: /[０-９]+/gu, fullMessage: "fullwidthDigits", halfMessage: "halfwidthDigits" },
  { half: /[A-Za-z]+/gu, full: /[Ａ-Ｚａ-ｚ]+/gu, fullMessage: "fullwidthLetters", halfMessage: "halfwidthLetters" },
] as const;
/** Half-width runs inside identifiers, URLs, versions or decimals (v1.2, www.gov.cn, 3.5) say nothing about the prose's choice. */
const TOKEN_NEIGHBOUR = /[A-Za-z0-9_./:@#\\-]/;
const toFull = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const toHalf = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

function strNodes(node: TxtNode, out: TxtNode[] = []): TxtNode[] {
  if (node.type === "Str") out.push(node);
  else if ("children" in node) for (const child of (node as TxtParentNode).children) strNodes(child, out);
  return out;
}

/**
 * Full-width digits or letters mixed with half-width ones in one document: the
 * minority form is reported with the majority form as a suggestion. Counted
 * per run (２０２３ is one use), in prose only (Str nodes: no code, no URLs).
 * A tie counts as half-width, the form GB/T 15835 prescribes for numbers.
 */
function reportMixedWidths(report: Reporter, root: TxtNode, strs: readonly TxtNode[], text: string, isClaimed: (offset: number) => boolean): void {
  const documents = splitDocuments(getBlocks(root, text), text.length);
  for (const cls of WIDTH_CLASSES) {
    const runs = documents.map(() => ({ half: [] as [number, string][], full: [] as [number, string][] }));
    for (const str of strs) {
      const start = str.range[0];
      const source = text.slice(start, str.range[1]);
      for (const m of source.matchAll(cls.full)) if (!isClaimed(start + m.index)) runs[documentAt(documents, start).index]!.full.push([start + m.index, m[0]]);
      for (const m of source.matchAll(cls.half)) {
        const before = source[m.index - 1] ?? "";
        const after = source[m.index + m[0].length] ?? "";
        if (!TOKEN_NEIGHBOUR.test(before) && !TOKEN_NEIGHBOUR.test(after)) runs[documentAt(documents, start).index]!.half.push([start + m.index, m[0]]);
      }
    }
    for (const { half, full } of runs) {
      if (half.length === 0 || full.length === 0) continue;
      const fullIsMajority = full.length > half.length;
      for (const [offset, found] of fullIsMajority ? half : full) {
        const expected = fullIsMajority ? toFull(found) : toHalf(found);
        const range = [offset, offset + found.length] as const;
        report({
          messageId: fullIsMajority ? cls.halfMessage : cls.fullMessage,
          params: { found },
          range,
          confidence: 0.6,
          suggestions: [{ messageId: "useWidth", params: { text: expected }, range, text: expected }],
        });
      }
    }
  }
}

/** Look-alikes typed or read for the numeral 〇: Latin O, digit zero (half and full width), circles, Cyrillic O. */
const ZERO_LOOK_ALIKES = "OoＯｏ0０○◯Оо";
const CHINESE_NUMERAL_RUN = new RegExp(`[${CHINESE_DIGITS}${ZERO_LOOK_ALIKES}]{2,}`, "gu");
/** Units after which a number written with a look-alike letter is a number (1O月, 第l2条). */
const NUMBER_UNITS = /^[年月日号时分秒条款项章节编元角万亿%％]/u;
const LETTER_DIGITS: Readonly<Record<string, string>> = { O: "0", o: "0", l: "1", I: "1" };

/**
 * Look-alike code points in numbers, which OCR and hand typing leave: a Latin O or a digit 0
 * among Chinese numerals (二O二三年, 二0一一年 for 二〇二三年, 二〇一一年; the circles ○ ◯ too), and
 * Latin O, l or I inside an Arabic number (2O23年, l000元, 第l2条). A run of Chinese numerals
 * counts with two numerals or with one before 年; an Arabic number with two digits or more, or
 * with one before a unit; a token with any other letter (CO2, PM2.5, ISO9001) is left alone.
 */
function reportLookAlikeDigits(report: Reporter, strs: readonly TxtNode[], text: string, isClaimed: (offset: number) => boolean): void {
  for (const str of strs) {
    const start = str.range[0];
    const source = text.slice(start, str.range[1]);
    for (const m of source.matchAll(CHINESE_NUMERAL_RUN)) {
      const run = m[0];
      const numerals = [...run].filter((c) => CHINESE_DIGITS.includes(c)).length;
      if (numerals === 0 || numerals === run.length || (numerals < 2 && source[m.index + run.length] !== "年")) continue;
      // One finding per numeral, as for an Arabic number below (二0二0 → 二〇二〇, not two).
      const runStart = start + m.index;
      const lookAlikes = Array.from(run, (_, k) => k).filter((k) => ZERO_LOOK_ALIKES.includes(run[k]!) && !isClaimed(runStart + k));
      if (lookAlikes.length === 0) continue;
      const first = lookAlikes[0]!;
      const last = lookAlikes.at(-1)!;
      const range = [runStart + first, runStart + last + 1] as const;
      const expected = [...run.slice(first, last + 1)].map((c, k) => (lookAlikes.includes(first + k) ? "〇" : c)).join("");
      report({
        messageId: "numeralZero",
        params: { found: run, lookAlike: run[first]!, code: codePointLabel(run.codePointAt(first)!), expected: run.slice(0, first) + expected + run.slice(last + 1) },
        range,
        confidence: 0.95,
        fix: { range, text: expected },
      });
    }
    for (const m of source.matchAll(/[0-9OolI]+/gu)) {
      const token = m[0];
      const before = source[m.index - 1] ?? "";
      const after = source[m.index + token.length] ?? "";
      // (A number glued to an identifier, a path or a version is no number of the prose: v1O, a/1O.)
      if (TOKEN_NEIGHBOUR.test(before) || TOKEN_NEIGHBOUR.test(after) || /^[0-9]+$/u.test(token)) continue;
      const digits = token.replace(/[^0-9]/gu, "").length;
      if (digits === 0 || (digits < 2 && !NUMBER_UNITS.test(source.slice(m.index + token.length)))) continue;
      const at = start + m.index;
      if (isClaimed(at)) continue;
      const expected = token.replace(/[OolI]/gu, (c) => LETTER_DIGITS[c]!);
      const range = [at, at + token.length] as const;
      report({ messageId: "digitLookAlike", params: { found: token, expected }, range, confidence: 0.9, fix: { range, text: expected } });
    }
  }
}

/**
 * `?` between ideographs where the clause before it asks nothing: a character lost in a charset
 * conversion (src/cjk/lost-characters.ts). The character cannot be known: no fix.
 */
function reportLostAsQuestionMarks(report: Reporter, text: string, isClaimed: (offset: number) => boolean): void {
  for (const [start, end] of findLostAsQuestionMarks(text)) {
    if (!isClaimed(start)) report({ messageId: "lostAsQuestionMark", params: { found: text.slice(start, end), count: end - start }, range: [start, end], confidence: 0.8 });
  }
}

/** pdfminer's and pdfplumber's stand-in for a glyph whose font maps it to no character. */
const UNMAPPED_GLYPH = /\(cid:\d+\)/gu;

/** `(cid:3048)` runs: the characters were lost in extraction, like U+FFFD. */
function reportUnmappedGlyphs(report: Reporter, text: string, claimed: Uint8Array): void {
  // (Most texts have none.)
  if (!text.includes("(cid:")) return;
  for (const m of text.matchAll(UNMAPPED_GLYPH)) {
    const range = [m.index, m.index + m[0].length] as const;
    report({ messageId: "unmappedGlyph", params: { found: m[0] }, range, confidence: 0.95 });
    claimed.fill(1, range[0], range[1]);
  }
}

export default documentRule<Options>(meta, messages, ({ node, text, report }) => {
  const claimed = new Uint8Array(text.length);
  for (const [start, end] of reportMojibake(report, text)) claimed.fill(1, start, end);
  reportUnmappedGlyphs(report, text, claimed);
  const isClaimed = (offset: number) => claimed[offset] === 1;
  reportSymbolFontBullets(report, text, isClaimed);
  reportLostAsQuestionMarks(report, text, isClaimed);
  reportCharacters(report, text, isClaimed);
  reportDecomposed(report, text, isClaimed);
  // The prose's text nodes (no code, no link targets), read by the checks below.
  const strs = strNodes(node);
  reportMixedWidths(report, node, strs, text, isClaimed);
  reportLookAlikeDigits(report, strs, text, isClaimed);
  reportLookAlikeGlyphs(report, strs, text, isClaimed);
  reportMixedScriptWords(report, strs, text, isClaimed);
});
