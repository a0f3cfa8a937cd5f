/**
 * Characters lost in a charset conversion: a converter writes `?` for a
 * character its target charset lacks (GB 2312 has no 镕: 朱镕基 → 朱?基). Between
 * two ideographs, where the clause before asks nothing, a half-width `?` is such
 * a loss, not a question mark. Read by encoding (which reports it) and
 * punctuation (which must not widen it to ？).
 */

/** Half-width question marks between two ideographs. */
const QUESTION_MARKS_BETWEEN_IDEOGRAPHS = /(?<=\p{Unified_Ideograph})\?+(?=\p{Unified_Ideograph})/gu;
/** A question the clause asks (words and particles of questions): then the mark is one. */
const QUESTION_WORDS = /[吗呢么谁哪几]|什么|怎么|怎样|如何|为何|为什么|是否|多少|难道|何时|何处|何以|可否|能否/u;
const CLAUSE_END = /[。！？!；;，,\n]/u;

/** The start of the clause that ends at `end`. */
function clauseStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !CLAUSE_END.test(text[start - 1]!)) start--;
  return start;
}

/** The runs of `?` in `text` that stand for lost characters, as [start, end) pairs. */
export function findLostAsQuestionMarks(text: string): [number, number][] {
  // (Most texts have no half-width question mark.)
  if (!text.includes("?")) return [];
  const out: [number, number][] = [];
  for (const m of text.matchAll(QUESTION_MARKS_BETWEEN_IDEOGRAPHS)) {
    if (!QUESTION_WORDS.test(text.slice(clauseStart(text, m.index), m.index))) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
