/**
 * Items of an enumeration joined by the enumeration comma (淤地坝、拦渣坝、尾矿坝): the stretch of
 * text between two marks, and its neighbours on either side of a 、.
 */

/** Marks that end an item: punctuation, brackets, quotes and line breaks. */
const ITEM_END = /[、，；：。,;:!?！？\n\r（）()《》“”〈〉「」]/u;

/** Longest item read (code units): longer stretches are phrases more than coinages of a list's pattern. */
const MAX_ITEM = 5;

/** The item of text that holds [start, end): from the mark before it to the mark after it. */
function itemAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  while (from > 0 && !ITEM_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !ITEM_END.test(text[to]!)) to++;
  return { start: from, end: to };
}

/**
 * Whether [start, end) lies in an enumeration's item (two to MAX_ITEM characters) that ends with
 * the same character as the item before or after it, as the co-hyponyms of one list share their
 * head (淤地坝、拦渣坝、尾矿坝; 速裁庭、巡回庭、派出庭): a coinage of the list's pattern.
 */
export function sharesHeadWithNeighbourItem(text: string, start: number, end: number): boolean {
  const item = itemAround(text, start, end);
  const length = item.end - item.start;
  if (length < 2 || length > MAX_ITEM) return false;
  const head = text[item.end - 1];
  const sameHead = (other: { start: number; end: number }) =>
    other.end - other.start >= 2 && text[other.end - 1] === head && text.slice(other.start, other.end) !== text.slice(item.start, item.end);
  if (text[item.start - 1] === "、" && sameHead(itemAround(text, item.start - 1, item.start - 1))) return true;
  return text[item.end] === "、" && sameHead(itemAround(text, item.end + 1, item.end + 1));
}
