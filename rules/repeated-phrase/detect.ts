/**
 * Duplicated phrases: a run of six or more characters that occurs twice
 * within a sentence or two adjacent sentences with little or nothing between
 * the copies — text pasted twice by an extraction or editing slip
 * (…条约》草案放置武器、对外空物体使用或威胁使用武力条约…).
 *
 * Legitimate repetition is left alone: parallel constructions (排比) and
 * lists, where the copies are separate items (both followed or preceded by
 * the same separator or marker, 既…又…), and repetition far apart — unless
 * the language model finds the second copy's edges far less probable than
 * the text without it: a paste cuts into words (企业信|并于…国|用), a
 * parallel construction starts and ends where words do.
 */
import { countIdeographs, isIdeograph } from "../../src/cjk/chars.js";
import { sameUnitsAt } from "../../src/cjk/codepoints.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { getCharModel, type CharModel } from "../../src/nlp/char-model.js";
import { isWordBoundary } from "../../src/nlp/segment.js";
import { slashJoinsTwoNames } from "../../src/nlp/word-classes.js";

export interface Repeat {
  /** The first copy [firstStart, firstEnd) and the second copy [start, end). */
  firstStart: number;
  start: number;
  end: number;
  phrase: string;
  /** Characters between the two copies. */
  gap: number;
  /** Reported because its edges cut words (the language model), not by its shape alone. */
  cutsWords: boolean;
}

export interface RepeatOptions {
  /** Minimum length of the repeated run in characters (default 6). */
  minLength: number;
  /** Largest gap between the copies, in characters (default 6). */
  maxGap: number;
  /** Largest gap at which a copy whose edges cut words is still reported (default 60; the span is a sentence and the next one). */
  maxEdgeGap: number;
}

export const DEFAULT_REPEAT_OPTIONS: RepeatOptions = { minLength: 6, maxGap: 6, maxEdgeGap: 60 };

/** Hash of the code units text[p, p + k), a small integer (V8 keys Maps by small integers fastest). */
function hashAt(text: string, p: number, k: number): number {
  let h = 0;
  for (let i = 0; i < k; i++) h = (Math.imul(h, 31) + text.charCodeAt(p + i)) | 0;
  return h & 0x3fffffff;
}

/** Whether text[a, a + k) and text[b, b + k) are the same code units. */
// Earlier starts of each k-unit run, chained by hash slot in the order they were seen:
// typed arrays reused across calls (findRepeats runs on every sentence and the next
// one; a Map of one-element arrays made an array per position, most of this rule's garbage).
/** Per slot, the first and the last start in its chain (position − from; -1: none). */
let slotFirst = new Int32Array(0);
let slotLast = new Int32Array(0);
/** Per position − from, the next start in the same slot (-1: none). */
let chainNext = new Int32Array(0);

/** Empty the start table for `positions` starts; returns the slot mask (at least twice as many slots as starts). */
function clearStarts(positions: number): number {
  let slots = 16;
  while (slots < 2 * positions) slots *= 2;
  if (slotFirst.length < slots) {
    slotFirst = new Int32Array(slots);
    slotLast = new Int32Array(slots);
  }
  if (chainNext.length < positions) chainNext = new Int32Array(Math.max(positions, 2 * chainNext.length));
  slotFirst.fill(-1, 0, slots);
  return slots - 1;
}

function addStart(slot: number, index: number): void {
  chainNext[index] = -1;
  if (slotFirst[slot] === -1) slotFirst[slot] = index;
  else chainNext[slotLast[slot]!] = index;
  slotLast[slot] = index;
}

/** Repeats within the text span [from, to) (a sentence or two adjacent sentences). */
export function findRepeats(text: string, from: number, to: number, options: RepeatOptions = DEFAULT_REPEAT_OPTIONS): Repeat[] {
  const k = options.minLength;
  const out: Repeat[] = [];
  if (to - from < 2 * k) return out;
  // A slot may also hold other runs (same hash or slot), which are skipped; same-run starts keep their order.
  const mask = clearStarts(to - from);
  // Alignments already judged legitimate: distance between the copies → end of the judged copy (made at the first match; most spans have none).
  let judged: Map<number, number> | undefined;
  for (let p = from; p + k <= to; p++) {
    const slot = hashAt(text, p, k) & mask;
    let found: Repeat | undefined;
    for (let index = slotFirst[slot]!; index !== -1; index = chainNext[index]!) {
      const p0 = from + index;
      if (!sameUnitsAt(text, p0, p, k)) continue;
      if ((judged?.get(p - p0) ?? -1) > p) continue;
      // Extend the match forward, never into the second copy.
      let len = k;
      while (p + len < to && p0 + len < p && text.charCodeAt(p0 + len) === text.charCodeAt(p + len)) len++;
      if (p0 + len > p) continue;
      const gap = p - (p0 + len);
      // Beyond maxGap only the edges can tell a paste (legitimate repetition is common there).
      if (gap > options.maxEdgeGap) continue;
      const phrase = text.slice(p, p + len);
      if (countIdeographs(phrase) < 5) {
        (judged ??= new Map()).set(p - p0, p + len);
        continue;
      }
      const edgeBar = gap === 0 ? GAPLESS_EDGE_SURPRISE : EDGE_SURPRISE;
      // Only a copy set into running ideographs at both edges can cut words (a line break or a mark next to it says nothing).
      const inProse = isIdeograph(text[p - 1] ?? "") && isIdeograph(text[p] ?? "") && isIdeograph(text[p + len - 1] ?? "") && isIdeograph(text[p + len] ?? "");
      const nearby = gap <= options.maxGap;
      // (The edges are scored only where they can decide.)
      const edge = inProse || nearby ? edgeSurprise(getCharModel(), text, p0, p, len) : 0;
      const pasteShaped = cutsCopiedWord(text, p0, p, len) || (gap > 0 && gap <= CLAUSE_PASTE_GAP && spansClauses(phrase));
      const pasted = (inProse && edge >= edgeBar) || (nearby && edge >= PASTE_SHAPE_EDGE_SURPRISE && pasteShaped);
      if (pasted || (nearby && !legitimate(text, p0, p, len, phrase))) {
        found = { firstStart: p0, start: p, end: p + len, phrase, gap, cutsWords: pasted };
        break;
      }
      (judged ??= new Map()).set(p - p0, p + len);
    }
    if (found) {
      out.push(found);
      p = found.end - 1;
      continue;
    }
    addStart(slot, p - from);
  }
  return out;
}

/**
 * Nats of edge surprise that make a repeat a paste whatever its shape. Set on
 * the eval's tuning half (3 seeds): an immediate repeat of six or more
 * characters is rarely legitimate, so little evidence is needed; a repeat
 * after a gap is common in legal prose (条文, 排比), so the edges must be
 * very improbable (no clean repeat reached 20).
 */
const GAPLESS_EDGE_SURPRISE = 4;
const EDGE_SURPRISE = 20;
/**
 * Edge surprise enough for a copy after a short gap whose shape shows a paste: it cuts a word
 * of the text it copies (cutsCopiedWord), or it carries one clause's end into the next after a
 * gap of a word or two (spansClauses, CLAUSE_PASTE_GAP). Cut words, tuning half, three dense
 * seeds: 10 found 8 more pastes and no clean repeat; 8 found 10 and one clean repeat
 * (。高|收入家庭的住房). Clauses carried across, over the tuning half, the validation corpus and
 * the eval's copies (tuning dense seeds 1–3, validation seed 1): 10 found 7 pastes the shape
 * of the text alone let pass, in no clean text; 9 found 8 and one clean (…焚烧|物品的，|…焚烧).
 */
const PASTE_SHAPE_EDGE_SURPRISE = 10;

/**
 * Largest gap (characters) after which a copy that carries a clause's end is read by its
 * edges: beyond it parallel clauses do that by right (没有选举事项时，会期|不少于一天；|有选举事项时，会期:
 * edge 14.7 nats, gap 6).
 */
const CLAUSE_PASTE_GAP = 4;

/** Whether a phrase runs from one clause into the next: a clause separator inside it, not at its edges. */
function spansClauses(phrase: string): boolean {
  return /[，；,;]/u.test(phrase.slice(1, -1));
}

/**
 * Whether the second copy ends inside a word of the first one and the cut shows: the first
 * copy's end falls inside a word (对人民负|责), the second copy's on a word boundary
 * (对人民负|人民监督). A copy that carries half a word across is pasted; repeated wording keeps
 * its words whole, or cuts the same word in both places (管理制|度, 管理制|定). The start is
 * not read: parallel list items join their own heads to the shared part (村级|…、组级|…: the
 * first copy starts inside 村级, the second after 组, a word of no dictionary; held-out half).
 */
function cutsCopiedWord(text: string, p0: number, p: number, len: number): boolean {
  return !isWordBoundary(text, p0 + len) && isWordBoundary(text, p + len);
}

/**
 * How much less probable (nats, character trigrams) the second copy's edges
 * are than the same characters in their natural places: its first two
 * characters after the gap versus after their own context in the first copy,
 * plus the two characters after it versus right after the gap (the text
 * without the copy). Near 0 for a parallel construction, large for a copy
 * pasted into the middle of words.
 */
export function edgeSurprise(model: CharModel, text: string, p0: number, p: number, len: number): number {
  const id = (i: number) => (i >= 0 && i < text.length ? model.id(text[i]!) : 0);
  const cost = (a: number, b: number, c: number) => -model.logp3(id(a), id(b), id(c));
  const e = p + len;
  const start = cost(p - 2, p - 1, p) + cost(p - 1, p, p + 1) - cost(p0 - 2, p0 - 1, p0) - cost(p0 - 1, p0, p0 + 1);
  const end = cost(e - 2, e - 1, e) + cost(e - 1, e, e + 1) - cost(p - 2, p - 1, e) - cost(p - 1, e, e + 1);
  return start + end;
}

/** Characters of administrative levels that head the names of bodies (县人民政府, 市人民代表大会). */
const LEVEL_CHARS = new Set("省市县区乡镇村州盟旗");

/** Prepositions that introduce a body or a party (由…报, 向…申报, 在…的指导下); not 受 (受…委托: no body acts on its own commission). */
const PREPOSITIONS = new Set("由向在对经与同给从");

/**
 * Whether the gap before a second copy ends with a preposition, a level character after it or not
 * (在市, 由): the preposition on its own, not the end of a word (已经, 存在). Not with the level
 * the first copy has (区…受区…: the same level twice is a paste, level and all).
 */
function introducesMention(between: string, levelBefore: string | undefined): boolean {
  const level = between.at(-1);
  if (level !== undefined && LEVEL_CHARS.has(level) && level === levelBefore) return false;
  const end = level !== undefined && LEVEL_CHARS.has(level) ? between.length - 1 : between.length;
  const preposition = between[end - 1];
  if (preposition === undefined || !PREPOSITIONS.has(preposition)) return false;
  return end < 2 || !getLexicon().has(between.slice(end - 2, end));
}

/** An item number in a gap (15．, 2.; not a decimal, 3.5): the copies are parts of list items. */
const ITEM_NUMBER = /\d+[．.](?!\d)/u;

function legitimate(text: string, p0: number, p: number, len: number, phrase: string): boolean {
  const between = text.slice(p0 + len, p);
  // Bodies of two levels share the rest of their names (县人民代表大会常务委员会受市人民代表大会常务委员会委托):
  // each copy follows a different level character. A paste repeats what it copies, level and all.
  const levelBefore = text[p0 - 1];
  const levelAfter = text[p - 1];
  if (levelBefore !== levelAfter && levelBefore !== undefined && levelAfter !== undefined && LEVEL_CHARS.has(levelBefore) && LEVEL_CHARS.has(levelAfter)) return true;
  // So do bodies named by their level (上级…对下级…, 各级…受上一级…): copies that start at 级 after different characters.
  if (phrase.startsWith("级") && levelBefore !== levelAfter) return true;
  // Lists whose items differ only in numerals (第四十三条、第四十四条).
  if (between.length > 0 && /^[\p{N}〇零一二三四五六七八九十百千万亿两、，]+$/u.test(between)) return true;
  // Two different titles that share words (《…反间谍法》《…反间谍法实施细则》, 《城市市容和环境卫生管理条例》
  // 《浙江省城市市容和环境卫生管理条例》): each copy inside a title of its own.
  if (inDistinctTitles(text, p0, p)) return true;
  // Right after itself, a copy is legitimate only as the shared part of distinct list items
  // (sharedPartOfListItems); a clause pasted twice is no list item (具体名额，|具体名额，).
  if (between.length === 0) return sharedPartOfListItems(text, p0, p + len, phrase);
  // Titles in a list share their beginnings (《中华人民共和国刑法》《中华人民共和国刑事诉讼法》,
  // 《…森林法》《…森林法实施条例》): a copy that starts a title or runs from one title into the next.
  // (Validation split: 11 of 15 clean repeats; the tuning half has none.)
  if (/^《|》[、和及与]?《/u.test(phrase)) return true;
  // A verb or preposition between two mentions of the same body (委员会接受委员会…): a sentence, not a paste.
  const tag = getLexicon().tag(between);
  if (between.length >= 2 && tag !== undefined && /^[vpc]/u.test(tag)) return true;
  // So is a preposition that introduces the second mention, with its level (…主管部门在市…主管部门的指导下,
  // …规章由省、自治区、直辖市人民政府报…).
  if (introducesMention(between, levelBefore)) return true;
  // Numbered items of a list run together (14．决水罪（第114条…）15．爆炸罪（第114条…）): a list, not a paste.
  if (ITEM_NUMBER.test(between)) return true;
  // A copy pasted into the middle of a word splits it: the characters on either side of
  // the second copy make a word together (召集和主|一名监事召集|持 → 主持). Legitimate
  // repetition starts and ends at word boundaries.
  if (!/[\s、，；：,;。！？]/u.test(between) && splitsWord(text, p, p + len)) return false;
  // Parallel clauses and list items (完善基层群众自治制度，扩大基层群众自治范围;
  // 香港特别行政区同胞、澳门特别行政区同胞; 在本市行政区域外但在本市行政区域内): a separator,
  // conjunction or a line / sentence boundary lies between the copies.
  if (/[\s、，；：,;。！？和与及或又也还并但而且]/u.test(between)) return true;
  // A long copy right after a short gap is pasted (…条约》草案|放置武器…条约): the gap (its
  // ideographs; a closing mark such as 》 is not content) is short beside the copy — unless the
  // copy spans two clauses or starts or ends at a separator (…集体所有的财产，保护公民私人|所有的财产，保护公民|的…;
  // 伟大的祖国|，永远热爱我们伟大的|人民: parallel clauses). (Not list items sharing a part after a gap,
  // 委员会委员、区人民代表大会|各专门|委员会委员、区人民代表大会: a paste cut into items makes distinct items too;
  // validation split, 1 clean repeat fewer for 4 pastes missed.)
  return len < 2 * countIdeographs(between) + 6 || spansClauses(phrase) || /^[、，；,;]|[、，；,;]$/u.test(phrase);
}

/** Longest book title read back from a copy (characters). */
const MAX_TITLE = 60;

/**
 * The book title (《…》) the character at `at` lies in, without its marks, if any. Read within
 * MAX_TITLE characters each way: every candidate repeat asks, and most text has no title near.
 */
function titleAt(text: string, at: number): { start: number; text: string } | undefined {
  let open = at;
  while (open >= 0 && at - open <= MAX_TITLE && text[open] !== "《") {
    // A title closed before `at` leaves `at` outside it.
    if (text[open] === "》" && open < at) return undefined;
    open--;
  }
  if (open < 0 || text[open] !== "《") return undefined;
  let close = at;
  while (close < text.length && close - open <= MAX_TITLE && text[close] !== "》") close++;
  return text[close] === "》" ? { start: open, text: text.slice(open + 1, close) } : undefined;
}

/** Whether the copies at `p0` and `p` start inside two different book titles. */
function inDistinctTitles(text: string, p0: number, p: number): boolean {
  const first = titleAt(text, p0);
  const second = first && titleAt(text, p);
  return second !== undefined && first!.start !== second.start && first!.text !== second.text;
}

/**
 * Whether a copy right after itself is the shared part of distinct list items
 * (中外合资经营企业合同、中外合作经营企业合同、中外合作勘探…: the copy 经营企业合同、中外合作
 * joins two items; 《…法》、《…法》): it contains 、 and no clause separator, and
 * the items of its clause all differ. A pasted list fragment repeats whole
 * items (抢夺、侵占、勒索、故侵占、勒索、故意…: 勒索 twice).
 */
function sharedPartOfListItems(text: string, start: number, end: number, phrase: string): boolean {
  if (!phrase.includes("、") || /[，；,;]/u.test(phrase)) return false;
  const clauseEnd = /[，；：。！？,;:!?\n]/u;
  let from = start;
  while (from > 0 && !clauseEnd.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !clauseEnd.test(text[to]!)) to++;
  const items = text.slice(from, to).split("、");
  return new Set(items).size === items.length && !items.some((item) => joinsTwoItems(item, items));
}

/**
 * Whether `item` is another item followed by the end of a third, run together (…天更蓝、山更绿能够让祖国天更蓝、山更绿、水更清:
 * 山更绿 + 能够让祖国天更蓝, the end of 就一定能够让祖国天更蓝): the seam of a list pasted into itself. A list's
 * own items may begin with another (区人民政府、区人民政府办公室) and end in a word others end in
 * (业主委员会 after 居民委员会), but not in a longer piece of a third.
 */
function joinsTwoItems(item: string, items: readonly string[]): boolean {
  return items.some((head) => {
    if (head === item || head.length < 2 || !item.startsWith(head)) return false;
    // (A generic word shared by items is no seam: 业主 + 委员会 of 业主委员会, after 居民委员会.)
    const rest = item.slice(head.length);
    return rest.length >= SEAM_TAIL && !getLexicon().has(rest) && items.some((tail) => tail !== item && tail.endsWith(rest));
  });
}

/** Characters the end of the third item needs to show a seam (generic tails such as 委员会 are shorter). */
const SEAM_TAIL = 4;

/** Lexicon words this frequent are ordinary vocabulary (a rare entry may join by chance). */
const SPLIT_WORD_FREQUENCY = 100;

/** Whether text[start-1] and text[end] form a common two-character word that the span [start, end) separates. */
function splitsWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === undefined || after === undefined || !isIdeograph(before) || !isIdeograph(after)) return false;
  const lexicon = getLexicon();
  if (lexicon.frequency(before + after) < SPLIT_WORD_FREQUENCY) return false;
  // Not when either neighbour makes a word on its own side (确保|公民…安全: 确保, not 保安) — an
  // ordinary word: a rare entry there joins by chance too (中国|建…设: 国建 occurs 3 times in the dictionary).
  const outer = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && lexicon.frequency(a + b) >= SPLIT_WORD_FREQUENCY;
  return !outer(text[start - 2], before) && !outer(after, text[end + 1]) && !outer(before, text[start]) && !outer(text[end - 1], after);
}


/** A slash between two Chinese alternatives inside prose (条约/政治承诺): an editor's variant left in. */
export interface SlashAlternative {
  start: number;
  end: number;
  left: string;
  right: string;
}

/** Units and fixed slash usages that are not alternatives (元/吨, 公里/小时, 和/或). */
const UNIT = /^(?:[元吨克米升秒分时日月年周人次件台套辆个只头亩户所家页张份平方立方千公里小毫厘]|千克|公斤|公里|小时|平方米|立方米|人次|万元|亿元)$/u;

/** What ends a path-like token: a line break, a table cell's bar, a clause or list separator (file names may hold spaces). */
const PATH_DELIMITER = /[\n|，。；;：！？!?]/u;
/** How far (UTF-16 units) a path is read each way from a slash: longer than any file path. */
const PATH_REACH = 512;
/** A file name's extension at the end of a path segment (.md, .txt, .pdf). */
const FILE_EXTENSION = /\.[A-Za-z][A-Za-z0-9]{0,4}$/u;

/**
 * Whether the slash at `at` joins the segments of a path (法律法规/地方性法规/上海/条例.md in a
 * list of sources): the token it stands in, up to a line break or a separator, holds another
 * slash or ends with a file extension. An editor's variant is two words and one slash in prose.
 */
function inPath(text: string, at: number): boolean {
  // (Across the sentence's bounds: a sentence splitter may cut a file name at its full stop. At most
  // PATH_REACH each way, so that a long line without separators is not read again for every slash.)
  let start = at;
  while (start > Math.max(0, at - PATH_REACH) && !PATH_DELIMITER.test(text[start - 1]!)) start--;
  let end = at + 1;
  while (end < Math.min(text.length, at + PATH_REACH) && !PATH_DELIMITER.test(text[end]!)) end++;
  const token = text.slice(start, end).trim();
  return token.indexOf("/") !== token.lastIndexOf("/") || FILE_EXTENSION.test(token);
}

export function findSlashAlternatives(text: string, from: number, to: number): SlashAlternative[] {
  const out: SlashAlternative[] = [];
  // Most sentences have no slash: skip them without slicing and matching.
  let slash = from;
  while (slash < to && text.charCodeAt(slash) !== 0x2f) slash++;
  if (slash === to) return out;
  const span = text.slice(from, to);
  for (const m of span.matchAll(/(\p{Unified_Ideograph}{2,})\/(\p{Unified_Ideograph}{2,})/gu)) {
    const left = m[1]!;
    const right = m[2]!;
    if (UNIT.test(right.slice(0, 2)) || UNIT.test(right[0]!) || UNIT.test(left.at(-1)!)) continue;
    if (left.endsWith("和") || right.startsWith("或")) continue;
    const at = from + m.index + left.length;
    // (Two people's names, a doubles pair: 周立恒/孙雨桐.)
    if (inPath(text, at) || slashJoinsTwoNames(text, at)) continue;
    out.push({ start: at, end: at + 1, left, right });
  }
  return out;
}
