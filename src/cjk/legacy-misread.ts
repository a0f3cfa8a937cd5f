/**
 * GBK text read as Big5 — a GB file opened with the Taiwanese codec: 加强合作
 * (GBK BC D3 C7 BF BA CF D7 F7) comes out as 樓ッ磁釬, traditional-looking
 * characters and kana in the middle of simplified prose. Big5 and GBK are both
 * double-byte, so the run's Big5 bytes read as GBK give the text back; it is
 * kept when that text is far more probable (character frequencies of the
 * lexicon) than the run. Traditional prose read this way gives junk: a real
 * traditional text is never taken for such a run.
 *
 * iconv-lite's Big5 and GBK tables are built at the first candidate run only
 * (a run with two traditional-only or rare characters): most texts have none.
 */
import { charLogProbability, codePointLogProbability } from "./char-frequency.js";
import { isCjkPunctuation, isIdeograph } from "./chars.js";
import { iconv } from "./legacy-bytes.js";
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
const MIN_UNUSUAL = 2;
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
