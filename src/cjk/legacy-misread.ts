/**
 * GBK text read by another codec.
 *
 * As Big5 — a GB file opened with the Taiwanese codec: 加强合作
 * (GBK BC D3 C7 BF BA CF D7 F7) comes out as 樓ッ磁釬, traditional-looking
 * characters and kana in the middle of simplified prose. Big5 and GBK are both
 * double-byte, so the run's Big5 bytes read as GBK give the text back; it is
 * kept when that text is far more probable (character frequencies of the
 * lexicon) than the run. Traditional prose read this way gives junk: a real
 * traditional text is never taken for such a run.
 *
 * iconv-lite's Big5 and GBK tables are built at the first candidate run only
 * (a run with a traditional-only or rare character): most texts have none.
 *
 * As Latin-1 or Windows-1252 — a GB web page served without its charset: 中国 (D6 D0 B9 FA)
 * comes out as ÖÐ¹ú, each character as two accented letters or symbols (ASCII stays, and so
 * does a trail byte in 0x40–0x7E, a letter or @). Each pair of bytes read back as GBK gives the
 * text; a stretch is kept when it reads back as Chinese that reads like prose.
 */
import { charLogProbability, codePointLogProbability } from "./char-frequency.js";
import { isCjkPunctuation, isIdeograph } from "./chars.js";
import { iconv, latinHighByte } from "./legacy-bytes.js";
import { getScriptVariants } from "./script-variants.js";

export interface LegacyMisread {
  start: number;
  end: number;
  decoded: string;
}

/** Runs of double-byte characters (no ASCII, no white space, no lost character). */
const RUN = /[^\x00-\x7f\s\ufffd]{4,}/gu;
/** Characters a misread stretch needs. */
const MIN_LENGTH = 4;
/** Characters a run needs that simplified prose seldom writes (traditional-only or rare, RARE_LOG_PROBABILITY) before it is decoded at all. */
const MIN_UNUSUAL = 1;
/** Log-probability below which a character is rare in the lexicon (a misread's characters: −17 to −18). */
const RARE_LOG_PROBABILITY = -15;
/** Mean log-probability per character the decoded text must gain over the run (misreads measured: 8 to 9). */
const MIN_GAIN_PER_CHAR = 5;
/** Mean log-probability the decoded text must reach: ordinary simplified prose (−6 to −7). */
const MIN_DECODED_LOG_PROBABILITY = -9;

const meanLogProbability = (chars: readonly string[]): number => chars.reduce((sum, c) => sum + charLogProbability(c), 0) / chars.length;

/** By character (null: none). */
const gbkOfBig5Cache = new Map<string, string | null>();

/** What one character's Big5 bytes read as in GBK, or undefined when it has no two Big5 bytes or they read as no Chinese. */
function gbkOfBig5(char: string): string | undefined {
  let decoded = gbkOfBig5Cache.get(char);
  if (decoded === undefined) {
    const bytes = iconv().encode(char, "big5");
    const read = bytes.length === 2 && iconv().decode(bytes, "big5") === char ? iconv().decode(bytes, "gbk") : "";
    decoded = [...read].length === 1 && (isIdeograph(read) || isCjkPunctuation(read)) ? read : null;
    gbkOfBig5Cache.set(char, decoded);
  }
  return decoded ?? undefined;
}

/** Whether `run` has MIN_UNUSUAL ideographs simplified prose seldom writes: traditional-only ones or rare ones (punctuation, which the lexicon does not count, is not rare). */
function hasUnusualCharacters(run: string, variants: ReturnType<typeof getScriptVariants>): boolean {
  let unusual = variants.scriptCounts(run).traditional;
  for (let i = 0; i < run.length && unusual < MIN_UNUSUAL; i++) {
    const code = run.charCodeAt(i);
    // (BMP ideographs only: the rest is punctuation, symbols or a surrogate half.)
    if (code >= 0x3400 && code <= 0x9fff && codePointLogProbability(code) <= RARE_LOG_PROBABILITY && !variants.isOnly(run[i]!, "traditional")) unusual++;
  }
  return unusual >= MIN_UNUSUAL;
}

/**
 * Within each run, the stretch whose characters gain most, together, by being read back (the
 * largest sum of per-character gains: both codecs are double-byte, so each character maps to
 * one); reported when it is four characters or more and its mean gain and result pass the bars.
 */
export function findGbkReadAsBig5(text: string): LegacyMisread[] {
  const out: LegacyMisread[] = [];
  const variants = getScriptVariants();
  for (const m of text.matchAll(RUN)) {
    if (!hasUnusualCharacters(m[0], variants)) continue;
    const chars = [...m[0]];
    const decoded = chars.map(gbkOfBig5);
    // Kadane over the per-character gains; a character with no reading ends a stretch.
    let best = { from: 0, to: 0, sum: 0 };
    for (let from = 0, sum = 0, i = 0; i < chars.length; i++) {
      const d = decoded[i];
      if (d === undefined) {
        sum = 0;
        continue;
      }
      if (sum <= 0) {
        from = i;
        sum = 0;
      }
      // (Punctuation read back, ， from ㄛ, has no frequency in the lexicon: it counts as an average gain.)
      sum += isCjkPunctuation(d) ? MIN_GAIN_PER_CHAR : charLogProbability(d) - charLogProbability(chars[i]!);
      if (sum > best.sum) best = { from, to: i + 1, sum };
    }
    const length = best.to - best.from;
    if (length < MIN_LENGTH) continue;
    const reading = decoded.slice(best.from, best.to) as string[];
    const words = reading.filter((c) => !isCjkPunctuation(c));
    if (best.sum / length < MIN_GAIN_PER_CHAR || words.length < MIN_LENGTH || meanLogProbability(words) < MIN_DECODED_LOG_PROBABILITY) continue;
    // Offsets by code unit: the characters before the stretch, then the stretch's own.
    const start = m.index + chars.slice(0, best.from).join("").length;
    out.push({ start, end: start + chars.slice(best.from, best.to).join("").length, decoded: reading.join("") });
  }
  return out;
}

/** A GBK lead byte (two-byte characters). */
const isGbkLead = (byte: number | undefined): byte is number => byte !== undefined && byte >= 0x81 && byte <= 0xfe;
/** By the two bytes (lead << 8 | trail): the character GBK reads, "" when it is no Chinese. */
const gbkPairCache = new Map<number, string>();

/** What GBK reads the bytes lead, trail as, when it is an ideograph or a Chinese punctuation mark; undefined otherwise. */
function gbkPair(lead: number, trail: number): string | undefined {
  const key = (lead << 8) | trail;
  let char = gbkPairCache.get(key);
  if (char === undefined) {
    const read = iconv().decode(Buffer.from([lead, trail]), "gbk");
    char = [...read].length === 1 && (isIdeograph(read) || isCjkPunctuation(read)) ? read : "";
    gbkPairCache.set(key, char);
  }
  return char === "" ? undefined : char;
}

/** The characters Latin-1 or Windows-1252 makes of GBK's lead bytes, 0x81–0xFE (most Chinese text has few). */
const LATIN_GBK_LEAD = /[\u0081-\u00fe\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u2122]/gu;

/** Stretches of GBK text read as Latin-1 or Windows-1252 (ÖÐ¹ú for 中国), with the text they read back as. */
export function findGbkReadAsLatin1(text: string): LegacyMisread[] {
  const out: LegacyMisread[] = [];
  let claimed = 0;
  // Decoding starts only at a character that a lead byte reads as.
  for (const m of text.matchAll(LATIN_GBK_LEAD)) {
    const start = m.index;
    if (start < claimed) continue;
    let end = start;
    const chars: string[] = [];
    while (end + 1 < text.length) {
      const lead = latinHighByte(text.charCodeAt(end));
      const second = text.charCodeAt(end + 1);
      const trail = second >= 0x40 && second < 0x7f ? second : latinHighByte(second);
      if (!isGbkLead(lead) || trail === undefined || trail === 0xff) break;
      const char = gbkPair(lead, trail);
      if (char === undefined) break;
      chars.push(char);
      end += 2;
    }
    const words = chars.filter((c) => !isCjkPunctuation(c));
    if (words.length < MIN_LENGTH || meanLogProbability(words) < MIN_DECODED_LOG_PROBABILITY) continue;
    out.push({ start, end, decoded: chars.join("") });
    claimed = end;
  }
  return out;
}
