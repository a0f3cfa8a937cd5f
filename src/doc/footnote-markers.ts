/**
 * Footnote reference numbers that PDF extraction leaves in the running text:
 * a superscript numeral drawn after a word (高质量发展¹，) keeps its superscript
 * code point when the converter knows it, and becomes a plain digit glued to
 * the word when it does not (高质量发展1，). The footnote's own text sits at the
 * page's foot or further on.
 */
export interface FootnoteMarker {
  start: number;
  end: number;
  /** A superscript numeral (sure) or a plain digit (likely). */
  superscript: boolean;
}

const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu;
/** After Chinese text or its punctuation; after a letter or digit a superscript is an exponent or a unit (m², 10³). */
const CHINESE_BEFORE = /[\p{Unified_Ideograph}，。；：、！？”’）》」』]/u;
/** Latin-1's letters and signs, of which ¹ ² ³ are three: after them a superscript is a byte of mojibake (GBK read as Latin-1: ³£ÎñÎ¯ for 常务委). */
const LATIN1_AFTER = /[\u00a0-\u00ff]/u;
/** One or two digits right after two ideographs, right before a sentence's punctuation. */
const GLUED_DIGITS = /(?<=\p{Unified_Ideograph}{2})[1-9][0-9]?(?=[，。；：！？])/gu;
/**
 * Words that take a number after them (见表1, 附件2, 图3, 第1, 注4, 附录5, 公式6, 8号): the number is
 * the text's. Written by hand: the lexicon has no class for them.
 */
const NUMBERED_NOUN = /(?:表|图|附件|附录|附图|附表|注|式|第|号|例|方案|步骤|阶段|选项|版本|型号)$/u;
/** Characters after which a number is a quantity of the sentence (增加了3，, 比例为1：, 占6，, 达到8。, 共计5，). */
const QUANTITY_BEFORE = /[为是了占达至到约共计有增减加乘除于过足等余近超逾满每]$/u;

export function findFootnoteMarkers(text: string): FootnoteMarker[] {
  const out: FootnoteMarker[] = [];
  for (const m of text.matchAll(SUPERSCRIPTS)) {
    const end = m.index + m[0].length;
    if (m.index > 0 && CHINESE_BEFORE.test(text[m.index - 1]!) && !LATIN1_AFTER.test(text[end] ?? "")) out.push({ start: m.index, end, superscript: true });
  }
  for (const m of text.matchAll(GLUED_DIGITS)) {
    const end = m.index + m[0].length;
    // (A ratio or a time, 1：1000, 8：30; a number the noun before it takes; a quantity.)
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    if (/^[：:][0-9０-９]/u.test(text.slice(end, end + 2)) || NUMBERED_NOUN.test(before) || QUANTITY_BEFORE.test(before)) continue;
    out.push({ start: m.index, end, superscript: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
