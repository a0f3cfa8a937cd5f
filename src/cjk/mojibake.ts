/**
 * Mojibake: UTF-8 bytes that were decoded with the wrong codec. Two kinds
 * reach Chinese documents:
 *
 * - GBK/GB18030: "中国" (E4 B8 AD E5 9B BD) reads as 涓 + U+E15E + 浗. The result
 *   is made of real but rare ideographs, so the detector re-encodes a run in
 *   GB18030, decodes it as UTF-8 and keeps it only when the decoded text is far
 *   more probable than the run itself (character frequencies from the lexicon).
 * - Latin-1/Windows-1252: "中国" reads as "ä¸­å›½". Latin letters never form a
 *   valid UTF-8 sequence in clean text, so validity plus a plausible result is
 *   enough.
 *
 * Text that went through the wrong decoder twice is decoded as often; GBK text
 * read as Big5 or as Latin-1, a legacy encoding read by another codec, is
 * legacy-misread.ts's search (findMojibake reports both).
 *
 * A byte the wrong decoder could not map came out as U+FFFD: the run is still
 * mojibake, but the character that byte belonged to is lost; for a lost final
 * character of a GBK run the lexicon may still name the one it must have been.
 */
import { charLogProbability, codePointLogProbability } from "./char-frequency.js";
import { isCjkPunctuation, isIdeograph } from "./chars.js";
import { gb18030TwoBytes, latinHighByte } from "./legacy-bytes.js";
import { findGbkReadAsBig5, findGbkReadAsLatin1 } from "./legacy-misread.js";
import { getLexicon } from "./lexicon.js";

/** The codec that misread the text: GBK, Latin-1 (or Windows-1252), Big5. */
export type WrongCodec = "gbk" | "latin1" | "big5";

export interface Mojibake {
  /** [start, end) offsets (UTF-16) of the garbled run. */
  start: number;
  end: number;
  codec: WrongCodec;
  /**
   * The text's own encoding: UTF-8 (read as GBK or as Latin-1, this file's search), or GBK
   * (read as Big5 or as Latin-1, legacy-misread.ts).
   */
  source: "utf-8" | "gbk";
  /** The original text; a character whose bytes were lost is U+FFFD, unless `guessed`. */
  decoded: string;
  /** Whether some bytes were lost. */
  lost: boolean;
  /** Whether the lost final character was named from the lexicon. */
  guessed: boolean;
  /** How many times the text went through the wrong decoder (2 or 3 for mojibake of mojibake); 1 when absent. */
  decodings?: number;
}

const REPLACEMENT = "\uFFFD";
const REPLACEMENT_CODE = 0xfffd;
/** Stand-in for a byte the wrong decoder replaced by U+FFFD. */
const LOST = -1;

/** Bytes a character (by code point) had before the wrong decoder produced it; undefined when it cannot be part of a run. */
type ByteSource = (codePoint: number) => number[] | undefined;

function cached(compute: ByteSource): ByteSource {
  // BMP code points in an array (every non-ASCII character of a document is looked up), others in a map.
  const bmp: (number[] | null | undefined)[] = new Array<undefined>(0x10000).fill(undefined);
  const astral = new Map<number, number[] | null>();
  return (codePoint) => {
    let bytes = codePoint <= 0xffff ? bmp[codePoint] : astral.get(codePoint);
    if (bytes === undefined) {
      bytes = compute(codePoint) ?? null;
      if (codePoint <= 0xffff) bmp[codePoint] = bytes;
      else astral.set(codePoint, bytes);
    }
    return bytes ?? undefined;
  };
}

// Only GBK's two-byte characters, and "€", which Windows' GBK (code page 936) reads
// from the lone byte 0x80 (as in 一 = E4 B8 80): one-byte ASCII is the same in both
// codecs, and GB18030's four-byte forms never arise from UTF-8 Chinese text.
const gbkBytes = cached((cp) => {
  if (cp === 0x20ac) return [0x80];
  const char = String.fromCodePoint(cp);
  if (cp < 0x80 || /\s/u.test(char)) return undefined;
  return gb18030TwoBytes(cp);
});

const latinBytes = cached((cp) => {
  const byte = latinHighByte(cp);
  return byte === undefined ? undefined : [byte];
});

/** Expected length of a UTF-8 sequence starting with `byte`, or 0 when it cannot start one. */
function sequenceLength(byte: number): number {
  if (byte >= 0xc2 && byte <= 0xdf) return 2;
  if (byte >= 0xe0 && byte <= 0xef) return 3;
  if (byte >= 0xf0 && byte <= 0xf4) return 4;
  return 0;
}

/** Whether `byte` may follow a sequence of `length` bytes opened by `lead` (strict UTF-8: no overlongs, no surrogates). */
function continues(lead: number, length: number, byte: number): boolean {
  if (byte < 0x80 || byte > 0xbf) return false;
  if (length !== 1) return true;
  if (lead === 0xe0) return byte >= 0xa0;
  if (lead === 0xed) return byte <= 0x9f;
  if (lead === 0xf0) return byte >= 0x90;
  if (lead === 0xf4) return byte <= 0x8f;
  return true;
}

/** Controls, private use, unassigned code points: not what the original text contained. */
const IMPLAUSIBLE = /\p{C}/u;

/** The code point the complete UTF-8 sequence in the first `length` entries of `bytes` encodes (U+FFFD when one of its bytes was lost). */
function decodeSequence(bytes: ArrayLike<number>, length: number): number {
  let cp = bytes[0]! & (0x7f >> length);
  for (let i = 1; i < length; i++) {
    if (bytes[i] === LOST) return REPLACEMENT_CODE;
    cp = (cp << 6) | (bytes[i]! & 0x3f);
  }
  return cp;
}

/** Running totals over a candidate run, kept incrementally so that scoring every candidate end stays linear. */
interface Stats {
  decodedLength: number;
  /** Decoded ideographs, and how many decoded characters are Chinese (ideographs, CJK punctuation, lost ones). */
  ideographs: number;
  chinese: number;
  /** Decoded characters whose bytes were lost (U+FFFD). */
  replaced: number;
  ideographLogP: number;
  decodedLogP: number;
  sourceLogP: number;
  /** Every decoded character is one UTF-8 read as Latin-1 can plausibly have been. */
  latinPlausible: boolean;
  nonAscii: number;
}

interface Candidate extends Stats {
  /** Offset just past the last source character. */
  end: number;
  /** Bytes of a sequence cut short by a lost byte (U+FFFD in the source). */
  pending: readonly number[];
}

interface DecodedRun extends Candidate {
  decoded: string;
}

// Tuned on the even-numbered half of the dev corpus (zero findings) and on synthetic damage.
/** Minimum gain in log-probability, per decoded character, for a GBK run to count as mojibake. */
const MIN_GAIN_PER_CHAR = 4;
/** Minimum mean log-probability of the decoded ideographs: the result must read like ordinary text. */
const MIN_DECODED_LOG_PROBABILITY = -11;
/** Log-probability given to U+FFFD in a decoded result ("锟斤拷" decodes to two of them). */
const REPLACEMENT_LOG_PROBABILITY = -8;

/** What UTF-8 text read as Latin-1 was: Chinese, or Latin, Greek and Cyrillic letters and common symbols (not, say, a Hebrew point from "×…"). */
const LATIN_DECODED = /^[\x00-\x7f\u00a0-\u024f\u0370-\u04ff\u2000-\u206f\u20ac\u2100-\u214f\u3000-\u303f\uff00-\uffef\ufffd]$/u;

/** What the scores need to know of one decoded character. */
interface DecodedChar {
  ideograph: boolean;
  /** An ideograph, CJK punctuation or a lost character. */
  chinese: boolean;
  logP: number;
  /** An ideograph, or what UTF-8 read as Latin-1 can plausibly have been. */
  latinPlausible: boolean;
  /** Not what an original text contains (a lost character is not implausible). */
  implausible: boolean;
}

// Per code point, computed once: decoding starts at about one clean ideograph in four
// and meets the same characters again and again, so a string and four pattern tests
// per decoded character were most of this module's time and garbage.
const decodedChars = new Map<number, DecodedChar>();

function decodedChar(codePoint: number): DecodedChar {
  let info = decodedChars.get(codePoint);
  if (!info) {
    const char = String.fromCodePoint(codePoint);
    const lost = codePoint === REPLACEMENT_CODE;
    const ideograph = isIdeograph(char);
    info = {
      ideograph,
      chinese: ideograph || isCjkPunctuation(char) || lost,
      logP: lost ? REPLACEMENT_LOG_PROBABILITY : charLogProbability(char),
      latinPlausible: ideograph || LATIN_DECODED.test(char),
      implausible: !lost && IMPLAUSIBLE.test(char),
    };
    decodedChars.set(codePoint, info);
  }
  return info;
}

function addDecoded(stats: Stats, codePoint: number): void {
  const info = decodedChar(codePoint);
  stats.decodedLength++;
  stats.decodedLogP += info.logP;
  if (info.ideograph) {
    stats.ideographs++;
    stats.ideographLogP += info.logP;
  }
  if (codePoint === REPLACEMENT_CODE) stats.replaced++;
  if (info.chinese) stats.chinese++;
  if (codePoint >= 0x80) stats.nonAscii++;
  if (!info.latinPlausible) stats.latinPlausible = false;
}

/** What a U+FFFD after a lead byte stands for under Windows-1252. */
const LOST_BYTE = [LOST];
const NO_BYTES: readonly number[] = [];

/**
 * The state of a decodeFrom call. One instance serves them all (decodeFrom is
 * not re-entered): it runs at about one clean character in seven, and a fresh
 * candidate, closure and arrays per call were most of this module's garbage.
 * Arrays keep a count of the entries in use (truncating one is a runtime call).
 */
class RunSearch {
  /** Totals of the run read so far. */
  readonly current: Candidate = {
    decodedLength: 0,
    ideographs: 0,
    chinese: 0,
    replaced: 0,
    ideographLogP: 0,
    decodedLogP: 0,
    sourceLogP: 0,
    latinPlausible: true,
    nonAscii: 0,
    end: 0,
    pending: NO_BYTES,
  };
  /** Bytes of the UTF-8 sequence being read (at most four). */
  readonly sequence = new Int16Array(4);
  sequenceCount = 0;
  /** Code points decoded so far. */
  readonly decoded: number[] = [];
  decodedCount = 0;
  best: Candidate | undefined;
  bestScore = -Infinity;
  bestDecodedCount = 0;

  reset(start: number): void {
    // Field by field: Object.assign from a template object was most of the cost of a call.
    const current = this.current;
    current.decodedLength = 0;
    current.ideographs = 0;
    current.chinese = 0;
    current.replaced = 0;
    current.ideographLogP = 0;
    current.decodedLogP = 0;
    current.sourceLogP = 0;
    current.latinPlausible = true;
    current.nonAscii = 0;
    current.end = start;
    current.pending = NO_BYTES;
    this.sequenceCount = 0;
    this.decodedCount = 0;
    this.best = undefined;
    this.bestScore = -Infinity;
    this.bestDecodedCount = 0;
  }

  /** Score the run ending at `end` (source offset), keeping it when it is the best so far. */
  consider(end: number, accept: (c: Candidate) => number): void {
    const current = this.current;
    current.end = end;
    // A sequence is pending only at the last candidate (a lost byte ends the run there).
    if (this.sequenceCount > 0) current.pending = Array.from(this.sequence.subarray(0, this.sequenceCount));
    const score = accept(current);
    if (score > this.bestScore) {
      this.bestScore = score;
      this.best = { ...current };
      this.bestDecodedCount = this.decodedCount;
    }
  }

  pushDecoded(codePoint: number): void {
    this.decoded[this.decodedCount++] = codePoint;
    addDecoded(this.current, codePoint);
  }

  /** The best run, with its decoded text. */
  result(): DecodedRun | undefined {
    if (!this.best) return undefined;
    let decoded = "";
    for (let i = 0; i < this.bestDecodedCount; i++) decoded += String.fromCodePoint(this.decoded[i]!);
    return { ...this.best, decoded };
  }
}

const search = new RunSearch();

/**
 * Decode the bytes behind `text` from `start` as UTF-8, one source character
 * at a time; every point where a source character and a UTF-8 sequence end
 * together is a candidate end of the run, scored by `accept` (-Infinity to
 * refuse); the best one is returned. Decoding stops at the first invalid byte
 * or at a character outside the codec. U+FFFD in the run stands for a byte the
 * wrong decoder lost: after GBK it ends the run, after Windows-1252 it stands
 * for one continuation byte.
 */
function decodeFrom(text: string, start: number, bytesOf: ByteSource, lostByte: "ends" | "continues", accept: (c: Candidate) => number): DecodedRun | undefined {
  // Both characters decoded and source characters read go into the totals at once, in
  // document order (the sums a candidate end sees are the ones it saw when added there).
  search.reset(start);
  const { current, sequence } = search;
  let offset = start;
  while (offset < text.length) {
    const codePoint = text.codePointAt(offset)!;
    const next = offset + (codePoint > 0xffff ? 2 : 1);
    if (codePoint === REPLACEMENT_CODE && lostByte === "ends") {
      // GBK met a lead byte before ASCII or the end: that byte is lost, and the run ends here.
      if (offset > start) search.consider(next, accept);
      break;
    }
    // Windows-1252 has five unmapped bytes, all in the continuation range: one U+FFFD each.
    const bytes = codePoint === REPLACEMENT_CODE ? (search.sequenceCount > 0 ? LOST_BYTE : undefined) : bytesOf(codePoint);
    if (!bytes) break;
    if (codePoint !== REPLACEMENT_CODE) current.sourceLogP += codePointLogProbability(codePoint);
    let valid = true;
    for (const byte of bytes) {
      if (search.sequenceCount === 0) {
        if (byte < 0x80) search.pushDecoded(byte);
        else if (sequenceLength(byte)) sequence[search.sequenceCount++] = byte;
        else valid = false;
      } else if (byte === LOST || continues(sequence[0]!, search.sequenceCount, byte)) {
        sequence[search.sequenceCount++] = byte;
        if (search.sequenceCount === sequenceLength(sequence[0]!)) {
          const decoded = decodeSequence(sequence, search.sequenceCount);
          search.sequenceCount = 0;
          if (decodedChar(decoded).implausible) valid = false;
          search.pushDecoded(decoded);
        }
      } else valid = false;
      if (!valid) break;
    }
    if (!valid) break;
    offset = next;
    if (search.sequenceCount === 0) search.consider(offset, accept);
  }
  return search.result();
}

/**
 * Name the character whose final byte was lost (GBK loses the byte before
 * ASCII or the end, which is always the last byte of a UTF-8 sequence): of
 * the 64 characters `pending` can complete, the one that completes the most
 * frequent lexicon word ending the decoded text. Undefined when none does.
 */
function guessLostCharacter(decoded: string, pending: readonly number[]): string | undefined {
  if (pending.length === 0 || sequenceLength(pending[0]!) !== pending.length + 1) return undefined;
  const lexicon = getLexicon();
  const chars = [...decoded];
  const tails = [3, 2, 1].filter((k) => k <= chars.length).map((k) => chars.slice(-k).join(""));
  let best: string | undefined;
  let bestFrequency = 0;
  for (let last = 0x80; last <= 0xbf; last++) {
    if (!continues(pending[0]!, pending.length, last)) continue;
    const char = String.fromCodePoint(decodeSequence([...pending, last], pending.length + 1));
    if (!(isIdeograph(char) || isCjkPunctuation(char))) continue;
    for (const tail of tails) {
      const frequency = lexicon.frequency(tail + char);
      if (frequency > bestFrequency) {
        bestFrequency = frequency;
        best = char;
      }
    }
  }
  return best;
}

/** Whether the bytes of a character open a UTF-8 sequence (a lead byte, and a valid second byte when there is one). */
function opensSequence(bytes: readonly number[] | undefined): boolean {
  return bytes !== undefined && sequenceLength(bytes[0]!) > 0 && (bytes.length === 1 || continues(bytes[0]!, 1, bytes[1]!));
}

const UNKNOWN = 0;
const OPENS = 1;
const NEVER = 2;
/** Per codec and BMP code unit (surrogates aside), whether the character can start a run: filled on first sight. */
const startTables: Record<Utf8Misread, Uint8Array> = { gbk: new Uint8Array(0x10000), latin1: new Uint8Array(0x10000) };

/** The codecs that misread UTF-8 (findRuns); Big5 misreads GBK (legacy-misread.ts). */
type Utf8Misread = Exclude<WrongCodec, "big5">;

/** The runs of `text` that `codec` misread, each codec with its own bytes and its own test. */
const runsOf = (text: string, codec: Utf8Misread): Mojibake[] => (codec === "gbk" ? findRuns(text, "gbk", gbkBytes, acceptGbk) : findRuns(text, "latin1", latinBytes, acceptLatin));

function findRuns(text: string, codec: Utf8Misread, bytesOf: ByteSource, accept: (c: Candidate) => number): Mojibake[] {
  const lostByte = codec === "gbk" ? "ends" : "continues";
  // A Latin-1 run starts with a lead byte, i.e. one of Â–ô: skip everything else without a lookup.
  const mayStart = codec === "gbk" ? (code: number) => code >= 0x80 : (code: number) => code >= 0xc2 && code <= 0xf4;
  const starts = startTables[codec];
  const found: Mojibake[] = [];
  let offset = 0;
  while (offset < text.length) {
    const code = text.charCodeAt(offset);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    // Cheap rejection first: most clean characters cannot even start a UTF-8 sequence. Every
    // character of the text is asked twice (once per codec): a table answers after the first time.
    let opens: boolean;
    if (width === 2) opens = mayStart(code) && opensSequence(bytesOf(text.codePointAt(offset)!));
    else {
      if (starts[code] === UNKNOWN) starts[code] = mayStart(code) && opensSequence(bytesOf(code)) ? OPENS : NEVER;
      opens = starts[code] === OPENS;
    }
    if (!opens) {
      offset += width;
      continue;
    }
    // Of the candidate ends, keep the best-scoring one: a clean character swallowed at the end lowers the score.
    const best = decodeFrom(text, offset, bytesOf, lostByte, accept);
    if (!best) {
      offset += width;
      continue;
    }
    const source = text.slice(offset, best.end);
    const lost = best.decoded.includes(REPLACEMENT) || source.includes(REPLACEMENT);
    // The lost byte ended a character (GBK) or sat inside one (Windows-1252, already U+FFFD in `decoded`).
    const guess = codec === "gbk" ? guessLostCharacter(best.decoded, best.pending) : undefined;
    const tail = source.endsWith(REPLACEMENT) && codec === "gbk" ? (guess ?? REPLACEMENT) : "";
    found.push({ start: offset, end: best.end, codec, source: "utf-8", decoded: best.decoded + tail, lost, guessed: guess !== undefined });
    offset = best.end;
  }
  return found;
}

function acceptGbk(c: Candidate): number {
  // Two characters of Chinese at least (a lost final character counts): shorter runs are too weak to judge.
  if (c.chinese + (c.pending.length > 0 ? 1 : 0) < 2 || c.ideographs + c.replaced < 1) return -Infinity;
  // The result must read like ordinary text…
  if (c.ideographs > 0 && c.ideographLogP / c.ideographs < MIN_DECODED_LOG_PROBABILITY) return -Infinity;
  // …and be far more probable than the run of rare ideographs it replaces.
  const gain = c.decodedLogP - c.sourceLogP;
  return gain >= MIN_GAIN_PER_CHAR * c.decodedLength ? gain : -Infinity;
}

function acceptLatin(c: Candidate): number {
  // At least one multi-byte sequence: Latin letters of clean text never form one.
  return c.nonAscii > 0 && c.latinPlausible ? c.end : -Infinity;
}

/**
 * How many times a run's decoding is tried again: text that went through the wrong decoder twice
 * (加强 → 鍔犲己 → 閸旂姴宸) decodes to mojibake of the same codec, which decodes to the original.
 */
const MAX_DECODINGS = 3;

/** Characters Latin-1 or Windows-1252 decoding makes of bytes 0x80–0xFF (C1 controls and NBSP included). */
const LATIN_RUN = /[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{6,}/gu;
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const CHINESE_ONLY = /^[\p{Unified_Ideograph}\u3000-\u303f\uff00-\uffef]+$/u;

/** The UTF-8 text whose bytes Latin-1 or Windows-1252 read as `text`, or undefined when it is none. */
function decodeLatinAsUtf8(text: string): string | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0)!;
    const byte = cp < 0x80 ? [cp] : latinBytes(cp);
    if (!byte) return undefined;
    bytes.push(...byte);
  }
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

/**
 * UTF-8 read as Latin-1 twice or more (加强 → åŠ å¼º → Ã¥ÂŠÂ Ã¥Â¼Âº): the first reading's result
 * holds C1 controls, which the one-step search takes for no text and cuts the run at. A run of
 * such characters that decodes, as a whole, two or more times into Chinese is one mojibake.
 */
function findNestedLatin(text: string): Mojibake[] {
  const out: Mojibake[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    let decoded = m[0];
    let levels = 0;
    while (levels < MAX_DECODINGS && !CHINESE_ONLY.test(decoded)) {
      const next = decodeLatinAsUtf8(decoded);
      if (next === undefined) break;
      decoded = next;
      levels++;
    }
    if (levels >= 2 && CHINESE_ONLY.test(decoded)) out.push({ start: m.index, end: m.index + m[0].length, codec: "latin1", source: "utf-8", decoded, lost: false, guessed: false, decodings: levels });
  }
  return out;
}

/** All mojibake runs in `text`, in document order, each decoded as often as it was misread. */
export function findMojibake(text: string): Mojibake[] {
  const nested = findNestedLatin(text);
  const outsideNested = (run: Mojibake) => !nested.some((n) => run.start < n.end && n.start < run.end);
  const runs = [...runsOf(text, "gbk"), ...runsOf(text, "latin1").filter(outsideNested)];
  for (const run of runs) {
    for (let k = 1; k < MAX_DECODINGS && !run.lost; k++) {
      // Again only when the whole decoded text is one run of the same codec, read without loss.
      const inner = runsOf(run.decoded, run.codec as Utf8Misread);
      const whole = inner.length === 1 && inner[0]!.start === 0 && inner[0]!.end === run.decoded.length && !inner[0]!.lost ? inner[0] : undefined;
      if (!whole) break;
      run.decoded = whole.decoded;
      run.decodings = k + 1;
    }
  }
  let found = [...runs, ...nested];
  // GBK read as Big5 (its own search), where no UTF-8 reading claimed the text.
  for (const legacy of findGbkReadAsBig5(text)) {
    if (!found.some((run) => legacy.start < run.end && run.start < legacy.end)) found.push({ ...legacy, codec: "big5", source: "gbk", lost: false, guessed: false });
  }
  // GBK read as Latin-1, where it reads more of the text than the UTF-8 readings it overlaps
  // (a pair of its letters may happen to be valid UTF-8: æ·¶ in ÁË¹æ·¶ÐÐÕþ, 了规范行政).
  for (const legacy of findGbkReadAsLatin1(text)) {
    const overlapped = found.filter((run) => legacy.start < run.end && run.start < legacy.end);
    if (overlapped.some((run) => run.end - run.start >= legacy.end - legacy.start)) continue;
    found = found.filter((run) => !overlapped.includes(run));
    found.push({ ...legacy, codec: "latin1", source: "gbk", lost: false, guessed: false });
  }
  return found.sort((a, b) => a.start - b.start);
}
