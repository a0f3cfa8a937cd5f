/**
 * Simplified ↔ Traditional character knowledge, from OpenCC's dictionaries
 * (opencc-js). Built lazily, once per process: parsing the dictionaries into
 * tries takes several hundred milliseconds, and only some rules need them.
 *
 * Conversion is phrase-aware (OpenCC's longest-match over phrase and character
 * dictionaries), so 乾隆 stays 乾隆 while 乾淨 becomes 干净. Every OpenCC entry
 * used here keeps the code-point length, so a change maps position by position.
 */
import * as OpenCC from "opencc-js";
import type { DictLike } from "opencc-js";

export type Script = "simplified" | "traditional";

/** A stretch of text that the conversion towards a script rewrites. */
export interface VariantChange {
  /** Offsets (UTF-16) into the scanned text. */
  start: number;
  end: number;
  source: string;
  target: string;
  /** Matched a multi-character dictionary phrase (context resolved the mapping). */
  phrase: boolean;
}

function entries(dict: DictLike): [string, string][] {
  if (typeof dict !== "string") return dict.map((pair: readonly [string, string]): [string, string] => [pair[0], pair[1]]);
  return dict.split("|").map((line) => {
    const [a = "", b = ""] = line.split(" ");
    return [a, b];
  });
}

const length = (s: string) => [...s].length;

export class ScriptVariants {
  private readonly tries: Record<Script, OpenCC.Trie>;
  /** Characters that occur only in one script: the evidence for a document's script. */
  private readonly only: Record<Script, Set<string>>;
  /** Simplified character → how many traditional characters simplify to it (发 ← 發, 髮). */
  private readonly traditionalSources = new Map<string, number>();
  /** Characters whose traditional form differs between OpenCC standard, Taiwan and Hong Kong (裏/裡). */
  private readonly regional = new Set<string>();

  constructor() {
    const L = OpenCC.Locale;
    const [stPhrases, stChars] = L.from.cn[0]!.map(entries) as [[string, string][], [string, string][]];
    const [tsPhrases, tsChars] = L.to.cn[0]!.map(entries) as [[string, string][], [string, string][]];
    const trie = (groups: readonly (readonly DictLike[])[]) => {
      const t = new OpenCC.Trie();
      for (const group of groups) t.loadDictGroup(group);
      return t;
    };
    this.tries = { simplified: trie(L.to.cn), traditional: trie(L.from.cn) };

    // A character is valid in a script when some phrase of that script keeps it
    // (乾 in 乾隆, 后 in 皇后, 里 in 公里) or a regional standard prefers it (台, 吃).
    const validSimplified = new Set<string>();
    const validTraditional = new Set<string>();
    const addChars = (set: Set<string>, s: string) => {
      for (const c of s) set.add(c);
    };
    for (const [s, t] of stPhrases) addChars(validSimplified, s), addChars(validTraditional, t);
    for (const [t, s] of tsPhrases) addChars(validTraditional, t), addChars(validSimplified, s);
    for (const locale of ["tw", "hk", "twp", "hkp"]) {
      for (const group of L.to[locale] ?? []) {
        for (const dict of group) {
          for (const [a, b] of entries(dict)) {
            addChars(validTraditional, b);
            if (length(a) === 1) addChars(this.regional, a), addChars(this.regional, b);
          }
        }
      }
    }
    this.only = {
      traditional: new Set(tsChars.filter(([t, s]) => t !== s && !validSimplified.has(t)).map(([t]) => t)),
      simplified: new Set(stChars.filter(([s, t]) => s !== t && !validTraditional.has(s)).map(([s]) => s)),
    };
    for (const [t, s] of tsChars) if (t !== s) this.traditionalSources.set(s, (this.traditionalSources.get(s) ?? 0) + 1);
  }

  /** Whether `char` occurs only in `script` (its counterpart in the other script differs). */
  isOnly(char: string, script: Script): boolean {
    return this.only[script].has(char);
  }

  /** Counts of single-script characters in text[from, to). */
  scriptCounts(text: string, from = 0, to = text.length): Record<Script, number> {
    const counts = { simplified: 0, traditional: 0 };
    for (const char of text.slice(from, to)) {
      if (this.only.simplified.has(char)) counts.simplified++;
      else if (this.only.traditional.has(char)) counts.traditional++;
    }
    return counts;
  }

  /** The phrase-aware rewrites that converting text[from, to) into `script` makes. */
  changes(text: string, script: Script, from = 0, to = text.length): VariantChange[] {
    const trie = this.tries[script];
    const out: VariantChange[] = [];
    // Match within the slice, so no phrase runs past `to` (and no work is proportional to the whole text).
    const slice = text.slice(from, to);
    for (let i = 0; i < slice.length; ) {
      const match = trie.matchPrefix(slice, i);
      if (!match) {
        i += (slice.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
        continue;
      }
      const source = slice.slice(i, match.end);
      // Length-changing entries would break position mapping; none exist today, skip any that appear.
      if (source !== match.value && length(source) === length(match.value)) {
        out.push({ start: from + i, end: from + match.end, source, target: match.value, phrase: length(source) > 1 });
      }
      i = match.end;
    }
    return out;
  }

  convert(text: string, script: Script): string {
    let out = "";
    let last = 0;
    for (const change of this.changes(text, script)) {
      out += text.slice(last, change.start) + change.target;
      last = change.end;
    }
    return out + text.slice(last);
  }

  toSimplified(text: string): string {
    return this.convert(text, "simplified");
  }

  toTraditional(text: string): string {
    return this.convert(text, "traditional");
  }

  /**
   * Whether a change towards `script` is the only possible one. A dictionary
   * phrase resolved it in context; otherwise each changed character must have a
   * single counterpart: towards simplified that holds for single-script
   * characters (乾 may stay 乾, 發 is always 发); towards traditional the
   * simplified character must have one traditional source (发 → 發 or 髮 is
   * ambiguous) and one form in every region (里 → 裏 / 裡 is not).
   */
  isUnambiguous(change: VariantChange, script: Script): boolean {
    if (change.phrase && script === "simplified") return true;
    const sources = [...change.source];
    const targets = [...change.target];
    return sources.every((s, i) => {
      const t = targets[i]!;
      if (s === t) return true;
      if (script === "simplified") return this.only.traditional.has(s);
      return (change.phrase || (this.only.simplified.has(s) && this.traditionalSources.get(s) === 1)) && !this.regional.has(t);
    });
  }
}

let shared: ScriptVariants | undefined;

/** The process-wide tables, built on first use. */
export function getScriptVariants(): ScriptVariants {
  shared ??= new ScriptVariants();
  return shared;
}

export const otherScript = (script: Script): Script => (script === "simplified" ? "traditional" : "simplified");
