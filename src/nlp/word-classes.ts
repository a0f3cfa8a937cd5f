/**
 * Word classes the garbled-text detectors need, derived from the lexicon's
 * part-of-speech tags (computed once per process):
 *
 *  - function characters: single characters tagged as prepositions,
 *    conjunctions, particles, adverbs, pronouns, localisers, numerals,
 *    classifiers… (的 了 在 和 就 对 为 间 上 各 每). A run of these between
 *    words is ordinary grammar, not a broken word.
 *  - productive characters: those that begin, or end, many two-character
 *    words (无, 网; 读, 带): two of them side by side read as a compound the
 *    dictionary lacks (入读, 网带), not as two random characters.
 *  - transliteration characters: characters that make up a large share of the
 *    transliterated foreign names in the dictionary (tag nrt: 斯 拉 亚 卡 堡 尔
 *    …). Runs of them are most likely an unknown foreign name (米舒斯京), not
 *    a garble, and are treated leniently.
 */
import { getLexicon, type Lexicon } from "../cjk/lexicon.js";
import { getNlpTables } from "./tables.js";

interface Classes {
  functionChars: Set<string>;
  /** Single characters the lexicon tags as place or abbreviation words (港 澳 汾 渭 俄). */
  placeChars: Set<string>;
  nameShare: Map<string, number>;
  pairHeads: Set<string>;
  pairTails: Set<string>;
  frames: Set<string>;
}

let classes: Classes | undefined;

/** The classes, from the precompiled tables (tables.ts; tags in FUNCTION_TAGS). */
function load(lexicon: Lexicon = getLexicon()): Classes {
  if (!classes) {
    const { header } = getNlpTables(lexicon);
    const names = header.nameChars === "" ? [] : header.nameChars.split("\n");
    classes = {
      functionChars: new Set(header.functionChars),
      placeChars: new Set(header.placeChars),
      nameShare: new Map(names.map((c, i) => [c, header.nameShares[i]!])),
      pairHeads: new Set(header.pairHeads),
      pairTails: new Set(header.pairTails),
      frames: new Set(header.frames.match(/[^]{2}/gu) ?? []),
    };
  }
  return classes;
}

/** A single character that is a grammatical word (preposition, particle, adverb…). */
export function isFunctionChar(char: string): boolean {
  return load().functionChars.has(char);
}

/**
 * Whether `first` ? `last` is a productive frame of three-character words (含?量, 可?性, 受?者:
 * PRODUCTIVE_FRAME in tables.ts), whose middle takes new characters (含新量, 含绿量).
 */
export function isProductiveFrame(first: string, last: string): boolean {
  return load().frames.has(first + last);
}

/**
 * Whether two characters name two places by their one-character abbreviations (中葡, 俄中, 京津):
 * either order names the same pair, the partner's first in its own statements (葡中关系). Not where
 * the other order is a common word (央中 → 中央: the lexicon tags 央 a place too).
 */
export function namesTwoPlaces(first: string, second: string): boolean {
  const place = (c: string) => c === "中" || isPlaceChar(c);
  return first !== second && place(first) && place(second) && !isCommonWord(second + first);
}

/**
 * Nouns that count things as measure words do and double to mean "every" (件件落实, 项项有人抓, 年年增长,
 * 村村通), though the lexicon tags them otherwise (件 zg, 项 n, 年 m).
 */
const NOMINAL_MEASURES = new Set("件项条年月村户人事处样门");

/** Whether `char` is a measure word (the lexicon's tag q: 个 次 层 座 批) or a noun that counts like one (NOMINAL_MEASURES). */
export function isMeasureChar(char: string): boolean {
  return NOMINAL_MEASURES.has(char) || getLexicon().tag(char) === "q";
}

/** Dictionary count from which a word is common (中央 15 954, 总统 6 679; 里外 177, 中葡 3). */
const COMMON_WORD_COUNT = 1000;

/** Whether the lexicon counts `word` COMMON_WORD_COUNT times or more. */
export function isCommonWord(word: string): boolean {
  return getLexicon().frequency(word) >= COMMON_WORD_COUNT;
}

/**
 * Whether `first` then `second` reads as a compound the dictionary lacks: the first begins, and the
 * second ends, many two-character words (PRODUCTIVE_IN_PAIRS in tables.ts: 入读, 网带, 无表). A word
 * replaced by random characters seldom gets two such characters in those places.
 */
export function formsCompound(first: string, second: string): boolean {
  const { pairHeads, pairTails } = load();
  return pairHeads.has(first) && pairTails.has(second);
}

/** Share (0–1) of the dictionary words containing `char` that are transliterated names. */
export function nameShare(char: string): number {
  return load().nameShare.get(char) ?? 0;
}

/** Whether `char` is typical of transliterated foreign names (斯 拉 亚 卡 堡…). */
export function isTransliterationChar(char: string): boolean {
  return nameShare(char) >= 0.08;
}

/** Whether `char` is a one-character place name or abbreviation (港 澳 汾 渭 京 津 冀). */
export function isPlaceChar(char: string): boolean {
  return load().placeChars.has(char);
}

/**
 * One-character generic terms of place and landmark names (通名: 温凉河, 烟汕线, 杭头村); a name
 * unknown to the lexicon ends with one. (道, 院, 区 and the like are left out: they end common
 * words and institutions, 人民法院, far more often than local names.)
 */
const GENERIC_PLACE_CHARS = new Set("河湖江溪渠泉湾港岛洲山岭峰峡谷路街巷线桥村镇乡屯庄寨堡寺庙祠塔阁园坝闸");
/** Generic terms of two characters that follow a name (王某故居, 某某小学, 某某遗址). */
const GENERIC_PLACE_TERMS = /^(?:遗址|旧址|故居|小学|中学|大学|公园|水库|大桥|景区|古城|古镇|街道|社区|机场|码头|隧道|大道|广场|湿地)/u;
/** A generic one-character term that starts a common word with the character after it (桥梁, 山区) is none. */
const COMMON_WORD = 100;

/** What ends an item of a list, or the clause that holds it. */
const ITEM_BOUNDARY = /[、，；：。！？（）()\s]/u;
/** Longest list item read as a place's name (characters). */
const PLACE_ITEM_MAX = 8;

/**
 * Whether text[start, end) lies in an item of a list of places of one kind: the item ends with a generic
 * term (…河, …湖, …桥) and so does the item next to it across a 、 (五沽河、落药河、流浩河; 拱宸桥、广济桥).
 * Local regulations list rivers, lakes and bridges the lexicon does not know; a slip seldom keeps an
 * item's generic term beside another that has it.
 */
export function inListOfPlaces(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && !ITEM_BOUNDARY.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !ITEM_BOUNDARY.test(text[to]!)) to++;
  const generic = text[to - 1]!;
  if (to - from > PLACE_ITEM_MAX || !GENERIC_PLACE_CHARS.has(generic)) return false;
  const before = text[from - 1] === "、" && text[from - 2] === generic;
  let next = to + 1;
  while (next < text.length && !ITEM_BOUNDARY.test(text[next]!)) next++;
  const after = text[to] === "、" && next - to - 1 <= PLACE_ITEM_MAX && text[next - 1] === generic;
  return before || after;
}

/**
 * Whether text[start, end) reads as the specific part of a place or landmark name: a generic
 * term follows it (温凉|河、, 王献唐|故居, 邵疃|小学), or it ends with one and is three characters or
 * more (玉符河、). Unknown names of local rivers, roads and sites fill local regulations; a garble
 * is seldom followed by a generic term by chance.
 */
export function isNamedPlace(text: string, start: number, end: number): boolean {
  const next = text[end];
  if (next !== undefined && GENERIC_PLACE_CHARS.has(next)) {
    const after = text[end + 1];
    if (after === undefined || getLexicon().frequency(next + after) < COMMON_WORD) return true;
  }
  if (GENERIC_PLACE_TERMS.test(text.slice(end, end + 2))) return true;
  return end - start >= 3 && GENERIC_PLACE_CHARS.has(text[end - 1]!);
}

/**
 * Two-character grammar words of formal Chinese and the one character that stands for each on its
 * own (应当/应, 根据/据, 或者/或): local regulations write the short form by choice (施工单位应无偿返工,
 * 据情采取), so a character that turns the short form into the long one restores nothing a reader
 * can tell was lost. Written by hand: the lexicon tags both forms alike but cannot say that one
 * stands for the other (负/负责 are tagged alike too, and 负 alone is a slip's remnant).
 */
const GRAMMAR_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ["应当", "应"], ["应该", "应"], ["根据", "据"], ["依据", "据"], ["按照", "按"], ["依照", "依"],
  ["或者", "或"], ["必须", "须"], ["需要", "需"], ["经过", "经"], ["因为", "因"], ["如果", "如"],
  ["但是", "但"], ["并且", "并"], ["以及", "及"], ["对于", "对"], ["由于", "由"], ["为了", "为"],
  ["可以", "可"], ["能够", "能"], ["虽然", "虽"], ["凡是", "凡"], ["已经", "已"], ["曾经", "曾"], ["未经", "未"],
]);

/**
 * How many times more often a one-character verb must stand alone in the lexicon than the
 * two-character verb an added character makes of it (送 13 539 against 送交 144, 接 10 515 against
 * 接到 1 490) to count as a short form: clean text writes 将犬只送收容场所 and 部门接通知后 by right.
 * A slip's remnant is usually rarer alone than its word (负 4 410 against 负责 13 745, 申 715
 * against 申请 2 869). Only a verb followed by the added character (送 + 交), which joins it rather
 * than the word after (放 + 生 of 投放生活垃圾 mends 生活). Validation split: 2 of 24 clean findings
 * out, no find lost at the default and dense seeds; `npm run eval:random`, validation seeds 7–9: 1,
 * 1 and 2 of about 80 random deletions fewer found (提出 → 提), none on the tuning half.
 */
const SHORT_VERB_RATIO = 5;

/**
 * Whether adding `added` between `before` and `after` only lengthens a short form into its long
 * one: a grammar word's (应 + 当 → 应当: GRAMMAR_SHORT_FORMS) or a one-character verb's that stands
 * alone far more often (送 + 交 → 送交: SHORT_VERB_RATIO).
 */
export function lengthensShortForm(before: string | undefined, added: string, after: string | undefined): boolean {
  if ((before !== undefined && GRAMMAR_SHORT_FORMS.get(before + added) === before) || (after !== undefined && GRAMMAR_SHORT_FORMS.get(added + after) === after)) return true;
  if (before === undefined) return false;
  // (The added character must join the verb, not the word after it: 放 + 生 of 投放生活垃圾 mends 生活.)
  return lengthensWordOfClass(before, before + added, "v") && !(after !== undefined && getLexicon().has(added + after));
}

/**
 * Whether adding `added` before `after` only lengthens a one-character adjective into a rarer
 * adjective (大 → 重大: 大 144 099 in the lexicon against 重大 12 193, SHORT_VERB_RATIO) and does not
 * join the word before it. Reports and speeches write such adjectives alone by choice (大改革大发展,
 * 新征程); in law text an adjective left alone is more often a slip's remnant (处罚较重的 → 重的).
 */
export function lengthensAdjective(before: string | undefined, added: string, after: string): boolean {
  return lengthensWordOfClass(after, added + after, "a") && !(before !== undefined && getLexicon().has(before + added));
}

/**
 * Whether `short` and `long` are words of one class (`tag`) and `short` stands alone SHORT_VERB_RATIO
 * times as often. Cheapest test first: it runs for every added character the attested-strings route tries.
 */
function lengthensWordOfClass(short: string, long: string, tag: string): boolean {
  const lexicon = getLexicon();
  return lexicon.tag(short) === tag && lexicon.tag(long) === tag && lexicon.frequency(short) >= SHORT_VERB_RATIO * lexicon.frequency(long);
}

/**
 * The hundred most common Chinese surnames (written by hand: the lexicon tags full names as nr,
 * but the first characters of its nr words are as often those of transliterations, 阿 斯 卡).
 */
const SURNAMES = new Set(
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
);
/** Words that introduce a person by role just before the name, or a space after them (记者林晓彤, 青年刘嘉怡, 记者 谭思雨). */
const ROLE_BEFORE_NAME = /(?:记者|通讯员|摄影|青年|村民|市民|居民|群众|农民|职工|员工|师傅|老人|书记|主任|经理|董事长|总裁|厂长|局长|处长|科长|市长|县长|镇长|乡长|村长|队长|站长|校长|院长|所长|部长|主席|总理|代表|委员|专家|教授|院士|研究员|工程师|设计师|技术员|指挥员|消防员|队员|志愿者|负责人|发言人|主持人|同志|老师|医生|护士|演员|运动员|选手|主攻|副攻|二传|接应|自由人|队长|教练|主教练|球员|门将|前锋|中锋|后卫)[ \u3000]?$/u;
/**
 * Whether the slash at `at` joins two people's names (a doubles pair, 周立恒/孙雨桐; co-authors): a
 * surname two or three ideographs before it and one right after it.
 */
export function slashJoinsTwoNames(text: string, at: number): boolean {
  const ideographs = (from: number, to: number) => from >= 0 && /^\p{Unified_Ideograph}+$/u.test(text.slice(from, to));
  const leftName = [at - 2, at - 3].some((s) => SURNAMES.has(text[s] ?? "") && ideographs(s, at));
  return leftName && SURNAMES.has(text[at + 1] ?? "") && ideographs(at + 1, at + 3);
}

/** The middle dot between the parts of a foreign name (沙夫卡特·米尔济约耶夫), in its common code points. */
const NAME_DOT = /[·・‧•]/u;
/** Ideographs of a name's part next to its dot that are read as the name: a given name or a surname's length. */
const NAME_PART = 4;

/**
 * Whether text[start, end) lies within a foreign name's part next to its middle dot, the dot at
 * most NAME_PART ideographs away with only ideographs between (奥卢塞贡·阿德巴约: 塞贡 read as 塞责
 * says nothing). A dot joins the parts of transliterated names only; their characters are chosen
 * for their sound.
 */
export function besideNameDot(text: string, start: number, end: number): boolean {
  const ideographsBetween = (from: number, to: number) => to - from <= NAME_PART && /^\p{Unified_Ideograph}*$/u.test(text.slice(from, to));
  for (let dot = end; dot <= Math.min(text.length - 1, start + NAME_PART); dot++) {
    if (NAME_DOT.test(text[dot]!)) return ideographsBetween(start, dot);
  }
  for (let dot = start - 1; dot >= Math.max(0, end - 1 - NAME_PART); dot--) {
    if (NAME_DOT.test(text[dot]!)) return ideographsBetween(dot + 1, end);
  }
  return false;
}

/** What follows a name in news copy: a verb of saying, a form of address (刘嘉怡说, 王刚同志). */
const AFTER_NAME = /^(?:说|表示|介绍|告诉|认为|指出|坦言|感慨|回忆|强调|透露|提到|笑着|同志|先生|女士)/u;
/** The last name of a list, closing a credit's bracket or before 等: 、陈立新）, 蔡奇、王毅等. */
const LISTED_NAME = { before: /[、（(]$/u, after: /^[）)等]/u };

/**
 * Whether text[start, end) lies inside a Chinese person's name: a common surname at most two
 * characters before `start`, a given name of one or two characters covering the rest, and the
 * name introduced by a role (记者林晓彤, 青年刘嘉怡), followed by what follows names (刘嘉怡说), or
 * ending a list of names (、陈立新）, 蔡奇、王毅等). News copy names people the lexicon has never
 * seen; their given names read as nonsense to the model.
 */
export function isPersonName(text: string, start: number, end: number): boolean {
  for (let s = Math.max(0, start - 2); s <= start; s++) {
    if (!SURNAMES.has(text[s]!)) continue;
    for (const length of [3, 2]) {
      const nameEnd = s + length;
      if (nameEnd < end || !/^\p{Unified_Ideograph}+$/u.test(text.slice(s, nameEnd))) continue;
      const before = text.slice(Math.max(0, s - 4), s);
      const after = text.slice(nameEnd, nameEnd + 2);
      if (ROLE_BEFORE_NAME.test(before) || AFTER_NAME.test(after) || (LISTED_NAME.before.test(before) && LISTED_NAME.after.test(after))) return true;
    }
  }
  return false;
}

/**
 * Whether a reading turns one person's name into another the lexicon knows (孙晓彤 → 孙晓群, tag
 * nr): three characters, the same common surname first. Names take any character, so the reading
 * says nothing. (The lexicon tags many common words nr as well, 文明 and 高明: a two-character
 * reading, or one without the surname, is no evidence of a name.)
 */
export function readsNameAsAnother(actual: string, reading: string): boolean {
  return reading.length === 3 && actual.length === 3 && actual[0] === reading[0] && SURNAMES.has(actual[0]!) && getLexicon().tag(reading) === "nr";
}
