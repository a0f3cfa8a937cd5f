/**
 * Readings the text as written does not need: it is a choice the grammar allows just as well, not
 * a slip, and the model's preference for the commoner form is no evidence. Every route's readings
 * pass through this veto (index.ts).
 *
 *  - A unit the training text writes after the last character of a number, an ordinal or a numeral
 *    of two characters or more (三十人, 依照民事诉讼法第四编): the model prefers the commonest unit
 *    (条) or a longer number (三十八). A slip in a unit is a character that looks or sounds like the
 *    right one (第三十五跳, 二十曰), or one clean text does not write after that numeral (十五郡);
 *    and a number does not end a run without its unit (不少于三十人。 read as 三十八; 第二十人条
 *    is still read as 第二十八条).
 *  - Two numerals of a number swapped into another number (年满八十周岁 read as 十八周岁): both are
 *    numbers as laws write them; a slip that swaps numerals seldom leaves one (第百一零一条).
 *  - A conjunction for another (国家或本省 read as 国家和本省: 和 has the rare
 *    reading huò, so an IME could seem to explain it): both are grammar, either reads well.
 *  - The repeated character of a parallel construction removed (偷排偷放 read as 偷排放, 遵法守法
 *    as 遵守法, 联审联批 as 联审批) or changed (宜荒则荒 read as 宜黄): formal prose coins such pairs
 *    (AxAy, xAyA) freely, and a slip seldom writes the character two places away.
 *  - An item of a list of parallel coinages edited (防大汛、抗大旱、抢大险、救大灾: 抢大险 read as
 *    大抢险): its next or previous item, as long, has a character of its in the same place, so the
 *    item as written follows the list's pattern; an edit that made it would break the pattern.
 *  - A character added to or removed from a list item (between 、) as long as the item before or
 *    after it (保增长、扩内需、调结构: 扩内需 read as 扩大内需): the items are as long as each other by
 *    design, and a slip leaves its item the odd one out.
 *  - A character removed that the document writes elsewhere with the same two neighbours on one
 *    side (公共电汽车 read as 公共汽车 in a text that writes 电汽车 again, 最终热用户 beside 热用户): the
 *    document's own wording, where a slipped-in character makes a string it writes nowhere else.
 *  - A joining character removed between two words (言传与身教 read as 言传身教, 理论和实践 as 理论实践):
 *    formal prose joins a compound's halves, or any two words of a kind, with 与, 和, 及 or 或.
 */
import { ideographsAt, isChineseNumeral, isIdeograph } from "../../src/cjk/chars.js";
import { getLexicon } from "../../src/cjk/lexicon.js";
import { formatChineseNumber, parseChineseNumber } from "../../src/doc/enumeration.js";
import type { CharModel } from "../../src/nlp/char-model.js";
import { occursElsewhere } from "../../src/nlp/plausibility.js";
import { changeConfusion, type Garble } from "./detect.js";

/** A character the lexicon tags as a conjunction (或 和 及 并 而). */
const isConjunction = (char: string) => getLexicon().tag(char) === "c";

/**
 * Whether a number ends right before `at`: an ordinal (第四) or a numeral of two characters or more
 * (三十, 五百). A lone numeral is as often part of a word (统一, 一般, 三峡).
 */
function endsNumber(text: string, at: number): boolean {
  return isChineseNumeral(text[at - 1]) && (isChineseNumeral(text[at - 2]) || text[at - 2] === "第");
}

/** The offset in `text` of the first character where `garble`'s reading differs from it: the edited place. */
function editedAt(garble: Garble): number {
  const reading = garble.reading!.text;
  let i = 0;
  while (i < reading.length && reading[i] === garble.text[i]) i++;
  return garble.start + i;
}

/**
 * Whether the character at `at` is the repeated one of a parallel construction of ideographs
 * around it: AxAy or xAyA, three distinct characters.
 */
function repeatsInParallel(text: string, at: number): boolean {
  const repeated = text[at]!;
  const varies = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && isIdeograph(x) && isIdeograph(y) && x !== repeated && y !== repeated && x !== y;
  for (const other of [at - 2, at + 2]) {
    if (other < 0 || text[other] !== repeated || !isIdeograph(repeated)) continue;
    const from = Math.min(at, other);
    // The places that vary: after each copy (AxAy) or before each (xAyA).
    if (varies(text[from + 1], text[from + 3]) || varies(text[from - 1], text[from + 1])) return true;
  }
  return false;
}

/**
 * Whether a removal or a change edits the repeated character of a parallel construction. (Not a
 * swap: it moves a character next to its twin by itself, 全球安全 → 全球全安.)
 */
function breaksParallel(text: string, garble: Garble): boolean {
  const reading = garble.reading!;
  // (A span written twice makes the pattern itself: 公布公布之.)
  if (garble.message !== undefined || (reading.edit !== "remove" && reading.edit !== "change")) return false;
  return repeatsInParallel(text, editedAt(garble));
}

/** Marks between the items of a list or the clauses of a sentence. */
const ITEM_MARK = /[、，；]/u;

/**
 * The list item a garble lies in — the run of ideographs around it, of two to `maxLength` — with
 * the starts of the items as long right before and after it: between `isMark` and the next mark or
 * the run's end. Undefined when the run is no item of that size.
 */
function itemsAlike(text: string, garble: Garble, maxLength: number, isMark: (char: string) => boolean): { start: number; length: number; alike: number[] } | undefined {
  let start = garble.start;
  while (start > 0 && isIdeograph(text[start - 1]!)) start--;
  let end = garble.end;
  while (end < text.length && isIdeograph(text[end]!)) end++;
  const length = end - start;
  if (length < 2 || length > maxLength) return undefined;
  const alike: number[] = [];
  const previous = start - 1 - length;
  if (isMark(text[start - 1] ?? "") && ideographsAt(text, previous, length) && !isIdeograph(text[previous - 1] ?? "")) alike.push(previous);
  const next = end + 1;
  if (isMark(text[end] ?? "") && ideographsAt(text, next, length) && !isIdeograph(text[next + length] ?? "")) alike.push(next);
  return { start, length, alike };
}

/**
 * Whether a change or a swap edits, inside an item of two to four ideographs between list marks
 * (、，；), a character that the next or the previous item of its length has in the same place
 * (抢大险 between 抗大旱 and 救大灾, 大 swapped): the item follows the list's pattern as written.
 * (A slip in the part that varies, 建筑度密 beside 建筑高度, breaks no such pattern.)
 */
function followsListPattern(text: string, garble: Garble): boolean {
  const reading = garble.reading!.text;
  if (reading.length !== garble.text.length) return false;
  const item = itemsAlike(text, garble, 4, (c) => ITEM_MARK.test(c));
  if (!item) return false;
  const edited = new Set<number>();
  for (let i = 0; i < reading.length; i++) if (reading[i] !== garble.text[i]) edited.add(garble.start + i);
  const { start, length } = item;
  return item.alike.some((other) => {
    for (let i = 0; i < length; i++) if (edited.has(start + i) && text[other + i] === text[start + i]) return true;
    return false;
  });
}

/** Longest list item (ideographs) read for its length: parallel coinages are short (保增长, 稳就业, 提质增效). */
const LENGTH_ITEM_MAX = 6;

/**
 * Whether an addition or a removal changes the length of a list item (between 、) as long as the item
 * before or after it (保增长、扩内需、调结构 read as 扩大内需): parallel coinages are as long as each other
 * by design, and a character dropped or added by a slip leaves its item the odd one out. (Not clauses
 * between commas: 结合本市实际，制失定本条例 is as long as its neighbour by chance.)
 */
function breaksListLengths(text: string, garble: Garble): boolean {
  if (garble.reading!.text.length === garble.text.length) return false;
  return (itemsAlike(text, garble, LENGTH_ITEM_MAX, (c) => c === "、")?.alike.length ?? 0) > 0;
}

/**
 * Characters that join two words of a kind (A与B, A和B, A及B, A或B). Not every conjunction the lexicon
 * tags: 而 and 并 join clauses, not words (工作而人员 is a slip), and 况 is 况且's.
 */
const JOINERS = new Set("与和及或");

/** Whether a garble's reading removes one character. */
const removesOne = (garble: Garble) => garble.reading!.edit === "remove" && garble.text.length - garble.reading!.text.length === 1;

/** Whether a removal takes out a joining character that stands between two words of two characters. */
function removesJoiner(text: string, garble: Garble): boolean {
  if (!removesOne(garble)) return false;
  const at = editedAt(garble);
  const lexicon = getLexicon();
  return JOINERS.has(text[at]!) && lexicon.has(text.slice(at - 2, at)) && lexicon.has(text.slice(at + 1, at + 3));
}

/**
 * Whether a removal (not a double's: doubled-characters reads those) takes out a character that the
 * document writes elsewhere together with the two ideographs before it or the two after it.
 */
function removesOwnWording(text: string, garble: Garble): boolean {
  if (garble.message !== undefined || !removesOne(garble)) return false;
  const at = editedAt(garble);
  const written = (start: number, end: number) => start >= 0 && end <= text.length && ideographsAt(text, start, end - start) && occursElsewhere(text, start, end);
  return written(at - 2, at + 1) || written(at, at + 3);
}

/** Whether `s` is a number written the way laws write them (四十, 十四, 一百零五; not 百一). */
const isCanonicalNumber = (s: string) => formatChineseNumber(parseChineseNumber(s)) === s;

/** Whether a swap exchanges two numerals of a number and leaves another number. */
function swapsNumber(text: string, garble: Garble): boolean {
  const reading = garble.reading!;
  if (reading.edit !== "swap") return false;
  const at = editedAt(garble);
  if (!isChineseNumeral(text[at]) || !isChineseNumeral(text[at + 1])) return false;
  let start = at;
  let end = at + 2;
  while (isChineseNumeral(text[start - 1])) start--;
  while (isChineseNumeral(text[end])) end++;
  const swapped = text.slice(start, at) + text[at + 1] + text[at] + text.slice(at + 2, end);
  return isCanonicalNumber(text.slice(start, end)) && isCanonicalNumber(swapped);
}

/** Whether `garble`'s reading is one the text as written does not need (see above). */
export function isMeantAsWritten(text: string, garble: Garble, model: CharModel): boolean {
  const { reading } = garble;
  if (!reading) return false;
  if (breaksParallel(text, garble) || swapsNumber(text, garble) || followsListPattern(text, garble) || breaksListLengths(text, garble) || removesJoiner(text, garble) || removesOwnWording(text, garble)) return true;
  if (reading.edit !== "change" || reading.text.length !== garble.text.length) return false;
  const at = editedAt(garble);
  if (at >= garble.end) return false;
  const original = text[at]!;
  const replacement = reading.text[at - garble.start]!;
  const before = text[at - 1] ?? "";
  if (endsNumber(text, at) && !isChineseNumeral(original) && model.seen(model.id(before), model.id(original))) {
    if (changeConfusion(garble.text, reading) === undefined) return true;
    if (isChineseNumeral(replacement) && !isIdeograph(text[at + 1] ?? "")) return true;
  }
  return isConjunction(original) && isConjunction(replacement);
}
