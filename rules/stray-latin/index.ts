/**
 * stray-latin: an English function word left inside a Chinese sentence, where
 * the sentence needs a Chinese word — "破坏国际地区安全 and 全球战略稳定".
 * Machine translation and bilingual extraction leave these behind.
 *
 * The decision is by context, not by the word alone: the Latin run must sit
 * between Chinese text on both sides, consist only of listed English words,
 * and stand in a clause and line that are Chinese. Acronyms, names, units,
 * glosses in brackets, English sentences and code therefore pass: their
 * neighbours are Latin, brackets or markup, or the word is not on the lists.
 */
import { isIdeograph, isLatinLetter } from "../../src/cjk/chars.js";
import { findLatinTokens, findProtectedSpans, isChineseSide, overlapsAny, skipSpaces, type LatinToken } from "../../src/cjk/latin.js";
import { splitSentences } from "../../src/cjk/sentences.js";
import { getBlocks } from "../../src/doc/blocks.js";
import type { Severity } from "../../src/report/categories.js";
import { documentRule, type CommonOptions } from "../../src/rule-kit.js";
import type { RuleMeta } from "../../src/rule-meta.js";
import { messages, type MessageId } from "./messages.js";

export interface Options extends CommonOptions {
  /** Also report common English words (is, this, which…) between Chinese words, as warnings. Default true. */
  commonWords?: boolean;
}

export const meta: RuleMeta = {
  id: "stray-latin",
  categories: ["stray-latin"],
  fixable: true,
  description: {
    zh: "中文句子中残留的英文虚词（and、or、with、the…），如“安全 and 全球”；and/or 可安全修复为“和/或”。",
    en: 'English function words left inside Chinese sentences ("安全 and 全球"); and/or are safely fixed to 和/或.',
  },
};

/**
 * English function words that a Chinese sentence never needs. `fix` is the
 * unambiguous Chinese word (a safe repair); `alternatives` are plausible
 * Chinese words offered as unsafe suggestions.
 */
const FUNCTION_WORDS: ReadonlyMap<string, { fix?: string; alternatives?: string[] }> = new Map([
  ["and", { fix: "和" }],
  ["&", { fix: "和" }],
  ["or", { fix: "或" }],
  ["nor", {}],
  ["but", { alternatives: ["但"] }],
  ["with", { alternatives: ["与"] }],
  ["the", {}],
  ["of", { alternatives: ["的"] }],
  ["to", { alternatives: ["到"] }],
  ["in", {}],
  ["for", {}],
  ["on", {}],
  ["by", {}],
  ["as", {}],
  ["at", {}],
  ["from", {}],
  ["between", {}],
  ["among", {}],
  ["into", {}],
  ["onto", {}],
  ["upon", {}],
  ["within", {}],
  ["without", {}],
  ["through", {}],
  ["than", {}],
  ["vs", { alternatives: ["对"] }],
  ["vs.", { alternatives: ["对"] }],
  ["versus", { alternatives: ["对"] }],
]);

/** Function words also written legitimately in Chinese text ("甲队 vs 乙队"): reported as warnings. */
const INFORMAL_WORDS = new Set(["vs", "vs.", "versus"]);

/** Chemical symbols that are also function words: "砷As含量" is arsenic, not "as". */
const ELEMENT_SYMBOLS = new Set(["In", "As", "At"]);

/**
 * Common English words, lowercase only, that are not Chinese loanwords, code
 * keywords in Chinese prose nor pinyin syllables (so not "he", "can", "you", "it").
 */
const COMMON_WORDS = new Set([
  "is", "are", "was", "were", "be", "been", "being", "this", "that", "these", "those", "which", "who", "whom", "whose",
  "their", "its", "our", "they", "them", "will", "would", "should", "could", "shall", "must", "has", "have", "had",
  "also", "such", "both", "each", "other", "more", "most", "very", "only", "there", "about", "after", "before",
  "during", "under", "against", "including", "because", "however", "although", "therefore", "thus", "then", "where",
]);

/**
 * Chinese words around a Latin word that mark it as mentioned, not used:
 * "使用 for 循环", "英文单词 the 的用法".
 */
const MENTION_AFTER = /^(?:循环|语句|关键字|关键词|运算符|操作符|子句|表达式|语法|一词|这个词|这个单词|单词|字样|标签|属性|参数|命令|函数|方法|指令)/u;
const MENTION_BEFORE = /(?:单词|英文|英语|介词|连词|冠词|关键字|关键词|字母|标签|命令|输入|键入)$/u;

/** "SQL 的 AND 和 OR", "and、or": Latin words listed with Chinese conjunctions or the enumeration comma. */
const LIST_JOINER = new Set(["和", "与", "或", "及", "、"]);

/**
 * Whether the Latin run at `[start, end)` (spaces included) is mentioned rather
 * than used: named as a word or keyword, or listed together with other Latin words.
 */
function isMentioned(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  if (MENTION_BEFORE.test(text.slice(Math.max(lineStart, start - 4), start)) || MENTION_AFTER.test(text.slice(end, lineEnd))) return true;
  const latinBeyond = (joiner: number, direction: "left" | "right") => {
    const i = skipSpaces(text, direction === "left" ? joiner : joiner + 1, direction);
    const char = direction === "left" ? text[i - 1] : text[i];
    return char !== undefined && isLatinLetter(char);
  };
  if (end < lineEnd && LIST_JOINER.has(text[end]!) && latinBeyond(end, "right")) return true;
  return start > lineStart && LIST_JOINER.has(text[start - 1]!) && latinBeyond(start - 1, "left");
}

/** Clause delimiters for the Latin-context check: CJK punctuation and ASCII sentence punctuation. */
const CLAUSE_DELIMITER = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\u2018\u2019\u201C\u201D\u2026,.;:!?()[\]"|]/u;

type Tier = "conjunction" | "function" | "weak-function" | "common";

interface Candidate {
  token: LatinToken;
  tier: Tier;
  fix?: string;
  alternatives: string[];
}

export interface StrayLatin {
  messageId: MessageId;
  /** The Latin words, as written. */
  word: string;
  range: [number, number];
  /** The words with the spaces that separate them from the Chinese text (what a repair replaces). */
  repairRange: [number, number];
  severity: Severity;
  confidence: number;
  fix?: string;
  alternatives: string[];
}

/** Classify one token as a stray-word candidate, or null when it is not one. */
function classify(token: LatinToken, commonWords: boolean): Candidate | null {
  // Full-width letters (ａｎｄ) are the same word.
  const word = token.text.normalize("NFKC");
  const lower = word.toLowerCase();
  const entry = FUNCTION_WORDS.get(lower);
  if (entry) {
    // "OR值", "计算 OR 值", "AS系统", "砷As含量": two capitals are an acronym and
    // In/As/At a chemical symbol far more often than a stray word, spaced or not.
    if ((word.length <= 2 && word !== lower && word === word.toUpperCase()) || ELEMENT_SYMBOLS.has(word)) return null;
    const tier: Tier = INFORMAL_WORDS.has(lower) ? "weak-function" : entry.fix ? "conjunction" : "function";
    return { token, tier, fix: entry.fix, alternatives: entry.alternatives ?? [] };
  }
  if (commonWords && COMMON_WORDS.has(word)) return { token, tier: "common", alternatives: [] };
  return null;
}

/** Consecutive tokens separated only by spaces (or nothing): one Latin run. */
function groupRuns(text: string, tokens: LatinToken[]): LatinToken[][] {
  const runs: LatinToken[][] = [];
  for (const token of tokens) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && /^[ \t\u00A0]*$/u.test(text.slice(previous.end, token.start))) run.push(token);
    else runs.push([token]);
  }
  return runs;
}

/**
 * Whether the Latin words of `text[from, to)` (other than `exclude`) make it
 * Latin text with Chinese words in it rather than Chinese text: at least two
 * such words, and at least one for every two ideographs.
 */
function isLatinContext(text: string, from: number, to: number, exclude: LatinToken[], tokens: LatinToken[], protectedSpans: { start: number; end: number }[]): boolean {
  let words = 0;
  for (const token of tokens) {
    if (token.start < from || token.start >= to || token.text === "&" || exclude.includes(token)) continue;
    if (!overlapsAny(protectedSpans, token.start, token.end)) words++;
  }
  if (words < 2) return false;
  let ideographs = 0;
  for (const char of text.slice(from, to)) if (isIdeograph(char)) ideographs++;
  return words * 2 >= ideographs;
}

const SPACE_OR_LATIN = /[\s\p{Script=Latin}]/u;

/**
 * "…published by 国务院 and 国家发改委 last week": the Chinese on each side of the
 * run is a name inside English text when both stretches are bounded by Latin
 * words on their far side (a stray in Chinese text has Chinese or punctuation there).
 */
function isEmbeddedInLatin(text: string, start: number, end: number, lineStart: number, lineEnd: number): boolean {
  const farSideIsLatin = (from: number, direction: "left" | "right") => {
    let i = from;
    const step = direction === "left" ? -1 : 1;
    const at = () => (direction === "left" ? text[i - 1] : text[i]);
    const inside = () => (direction === "left" ? i > lineStart : i < lineEnd);
    while (inside() && !SPACE_OR_LATIN.test(at()!) && !CLAUSE_DELIMITER.test(at()!)) i += step;
    i = skipSpaces(text, i, direction);
    const char = inside() ? at() : undefined;
    return char !== undefined && isLatinLetter(char);
  };
  return farSideIsLatin(start, "left") && farSideIsLatin(end, "right");
}

const OPENERS = new Set(["（", "(", "《", "【", "["]);
const CLOSERS = new Set(["）", ")", "》", "】", "]"]);

/** The insides of (possibly nested) brackets and title marks within `[from, to)`. */
function bracketedSpans(text: string, from: number, to: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (let i = from; i < to; i++) {
    if (OPENERS.has(text[i]!)) open.push(i + 1);
    else if (CLOSERS.has(text[i]!) && open.length > 0) spans.push({ start: open.pop()!, end: i });
  }
  return spans;
}

/** The clause around `[start, end)` within `[lineStart, lineEnd)`. */
function clauseAround(text: string, start: number, end: number, lineStart: number, lineEnd: number): [number, number] {
  let from = start;
  while (from > lineStart && !CLAUSE_DELIMITER.test(text[from - 1]!)) from--;
  let to = end;
  while (to < lineEnd && !CLAUSE_DELIMITER.test(text[to]!)) to++;
  return [from, to];
}

/**
 * Find stray Latin words in one line `text[lineStart, lineEnd)`. Works on a line
 * so that a fix never joins lines; pure, so other tools can call it.
 */
export function findStrayLatin(text: string, lineStart: number, lineEnd: number, { commonWords = true } = {}): StrayLatin[] {
  // "vs." keeps its period (a token never includes a final period: "e.g" is one).
  const tokens = findLatinTokens(text, lineStart, lineEnd).map((token) =>
    token.text.toLowerCase() === "vs" && text[token.end] === "." ? { start: token.start, end: token.end + 1, text: `${token.text}.` } : token,
  );
  if (tokens.length === 0) return [];
  const protectedSpans = findProtectedSpans(text, lineStart, lineEnd);
  const findings: StrayLatin[] = [];
  for (const run of groupRuns(text, tokens)) {
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    if (overlapsAny(protectedSpans, start, end)) continue;
    if (!isChineseSide(text, start, "left") || !isChineseSide(text, end, "right")) continue;
    const repairStart = skipSpaces(text, start, "left");
    const repairEnd = skipSpaces(text, end, "right");
    const candidates = run.map((token) => classify(token, commonWords));
    if (candidates.some((c) => c === null)) continue;
    if (isMentioned(text, repairStart, repairEnd, lineStart, lineEnd)) continue;
    if (isEmbeddedInLatin(text, repairStart, repairEnd, lineStart, lineEnd)) continue;
    const [clauseStart, clauseEnd] = clauseAround(text, start, end, lineStart, lineEnd);
    if (isLatinContext(text, clauseStart, clauseEnd, run, tokens, protectedSpans)) continue;
    // The sentence, without bracketed glosses: "人工智能（Artificial Intelligence）" is not English text.
    const sentence = splitSentences(text.slice(lineStart, lineEnd), lineStart).find((s) => s.start <= start && end <= s.end);
    if (sentence && isLatinContext(text, sentence.start, sentence.end, run, tokens, [...protectedSpans, ...bracketedSpans(text, sentence.start, sentence.end)])) continue;
    findings.push(describe(text, candidates as Candidate[], [start, end], [repairStart, repairEnd]));
  }
  return findings;
}

function describe(text: string, candidates: Candidate[], range: [number, number], repairRange: [number, number]): StrayLatin {
  const tiers = new Set(candidates.map((c) => c.tier));
  const single = candidates.length === 1 ? candidates[0]! : undefined;
  const base = { word: text.slice(range[0], range[1]), range, repairRange };
  if (single?.fix) return { ...base, messageId: "strayConjunction", severity: "error", confidence: 0.95, fix: single.fix, alternatives: [] };
  const alternatives = single?.alternatives ?? [];
  if (tiers.has("common")) return { ...base, messageId: "strayCommonWord", severity: "warning", confidence: 0.5, alternatives };
  if (tiers.has("weak-function")) return { ...base, messageId: "strayFunctionWord", severity: "warning", confidence: 0.6, alternatives };
  return { ...base, messageId: "strayFunctionWord", severity: "error", confidence: 0.9, alternatives };
}

export default documentRule<Options>(meta, messages, ({ node, text, report, options }) => {
  for (const block of getBlocks(node, text)) {
    if (block.kind === "code" || block.kind === "html") continue;
    for (const line of block.lines) {
      for (const found of findStrayLatin(text, line.start, line.end, { commonWords: options?.commonWords ?? true })) {
        const params = { word: found.word, replacement: found.fix ?? "" };
        report({
          messageId: found.messageId,
          params,
          range: found.range,
          severity: found.severity,
          confidence: found.confidence,
          fix: found.fix ? { range: found.repairRange, text: found.fix } : undefined,
          suggestions: found.fix
            ? undefined
            : [
                { messageId: "suggestRemove", params, range: found.repairRange, text: "" },
                ...found.alternatives.map((replacement) => ({
                  messageId: "suggestReplace",
                  params: { word: found.word, replacement },
                  range: found.repairRange,
                  text: replacement,
                })),
              ],
        });
      }
    }
  }
});
