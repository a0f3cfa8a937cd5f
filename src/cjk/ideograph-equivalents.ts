/**
 * Radicals and compatibility ideographs that stand for ordinary characters,
 * with the unified ideograph each one means, plus what tells simplified from
 * traditional text. The tables are derived from the Unicode Character Database
 * and OpenCC by scripts/build-unicode-tables.ts; loaded lazily, once.
 *
 * Why a table and not NFKC: NFKC of a whole string also rewrites full-width
 * punctuation (，→ ,) and the ideographic space, and it maps only 2 of the 115
 * CJK Radicals Supplement characters.
 */
import { readGeneratedJson } from "../data-files.js";

export const IDEOGRAPH_TABLES_FILE = "ideograph-equivalents.json";

export interface IdeographEquivalent {
  /** Unicode's equivalent unified ideograph (may be a traditional form: ⾨ → 門). */
  unified: string;
  /** OpenCC's simplified form of `unified`, when it differs (門 → 门). */
  simplified?: string;
  /** Whether `simplified` converts back to exactly `unified` (no one-to-many reading). */
  oneToOne?: boolean;
}

export interface IdeographTables {
  source: string;
  /** Radical or compatibility ideograph → its equivalent. */
  equivalents: Record<string, IdeographEquivalent>;
  /** Ideographs (U+4E00–9FFF) that OpenCC turns into traditional forms: used by simplified text only. */
  simplifiedOnly: string;
  /** Ideographs that OpenCC turns into simplified forms: used by traditional text only. */
  traditionalOnly: string;
}

let tables: { equivalents: Map<string, IdeographEquivalent>; simplifiedOnly: Set<string>; traditionalOnly: Set<string> } | undefined;

function load() {
  if (!tables) {
    const raw = readGeneratedJson<IdeographTables>(IDEOGRAPH_TABLES_FILE);
    tables = {
      equivalents: new Map(Object.entries(raw.equivalents)),
      simplifiedOnly: new Set(raw.simplifiedOnly),
      traditionalOnly: new Set(raw.traditionalOnly),
    };
  }
  return tables;
}

/** The ordinary ideograph a radical or compatibility ideograph stands for, if any. */
export function ideographEquivalent(char: string): IdeographEquivalent | undefined {
  return load().equivalents.get(char);
}

let bmpKeys: Uint8Array | undefined;
let astralKeys: Set<number> | undefined;

/**
 * Whether `ideographEquivalent` knows the code point: a test without a string
 * per character, for scans over every character of a document.
 */
export function hasIdeographEquivalent(codePoint: number): boolean {
  if (!bmpKeys) {
    bmpKeys = new Uint8Array(0x10000);
    astralKeys = new Set();
    for (const key of load().equivalents.keys()) {
      const code = key.codePointAt(0)!;
      if (key.length !== String.fromCodePoint(code).length) continue; // not one code point: never looked up by character
      if (code > 0xffff) astralKeys.add(code);
      else bmpKeys[code] = 1;
    }
  }
  return codePoint > 0xffff ? astralKeys!.has(codePoint) : bmpKeys[codePoint] === 1;
}

/**
 * Whether `text` is written in simplified characters: at least twice as many
 * simplified-only as traditional-only ideographs. Text with no evidence either
 * way counts as simplified (jiaodui's documents are mainland texts).
 */
export function isSimplifiedText(text: string): boolean {
  const { simplifiedOnly, traditionalOnly } = load();
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (simplifiedOnly.has(char)) simplified++;
    else if (traditionalOnly.has(char)) traditional++;
  }
  return simplified >= 2 * traditional;
}
