/**
 * Simplified ↔ Traditional character knowledge, from OpenCC's dictionaries
 * (opencc-js), precompiled at build time (scripts/build-script-variants.ts →
 * data/generated/script-variants.json) so that nothing of OpenCC is imported or
 * parsed at run time. The phrase tries are built lazily, one first character at
 * a time, as text needs them.
 *
 * Conversion is phrase-aware (OpenCC's longest-match over phrase and character
 * dictionaries), so 乾隆 stays 乾隆 while 乾淨 becomes 干净. Every OpenCC entry
 * used here keeps the code-point length, so a change maps position by position.
 */
import { readGeneratedJson } from "../data-files.js";

/** The character sets; each script's trie entries are in `script-variants.<script>.json`, read on first use. */
export const SCRIPT_VARIANTS_FILE = "script-variants.json";
export const trieFile = (script: Script) => `script-variants.${script}.json`;

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

/** The precompiled tables (see script-variants-data.ts). */
export interface ScriptVariantData {
  source: string;
  /**
   * Per conversion target: OpenCC's final entries grouped by the key's first
   * character, each group as "key value|key value…" (cheap to parse).
   */
  tries: Record<Script, Record<string, string>>;
  /** Characters that occur only in one script, as one string each. */
  only: Record<Script, string>;
  /** Simplified character → how many traditional characters simplify to it. */
  traditionalSources: Record<string, number>;
  /** Characters whose traditional form differs between regions, as one string. */
  regional: string;
}

const length = (s: string) => [...s].length;

type TrieNode = Map<number, TrieNode> & { trie_val?: string };

/**
 * OpenCC's Trie (same longest-prefix match over code points), whose subtree
 * under each first character is built on first use.
 */
class LazyTrie {
  private readonly root = new Map<number, TrieNode | null>();
  private groups: Record<string, string> | undefined;

  constructor(private readonly load: () => Record<string, string>) {}

  private first(cp: number): TrieNode | null {
    let node = this.root.get(cp);
    if (node === undefined) {
      this.groups ??= this.load();
      const group = this.groups[String.fromCodePoint(cp)];
      node = null;
      if (group) {
        node = new Map() as TrieNode;
        for (const line of group.split("|")) {
          const [key = "", value = ""] = line.split(" ");
          let map = node;
          let skip = true;
          for (const c of key) {
            if (skip) {
              skip = false;
              continue;
            }
            const code = c.codePointAt(0)!;
            let next = map.get(code);
            if (next === undefined) map.set(code, (next = new Map() as TrieNode));
            map = next;
          }
          map.trie_val = value;
        }
      }
      this.root.set(cp, node);
    }
    return node;
  }

  matchPrefix(s: string, i: number): { end: number; value: string } | null {
    const n = s.length;
    let k = 0;
    let v: string | undefined;
    let current: TrieNode | undefined;
    for (let j = i; j < n; ) {
      const x = s.codePointAt(j)!;
      j += x > 0xffff ? 2 : 1;
      const next = current === undefined ? this.first(x) ?? undefined : current.get(x);
      if (next === undefined) break;
      current = next;
      const value = current.trie_val;
      if (value !== undefined) {
        k = j;
        v = value;
      }
    }
    return k > 0 ? { end: k, value: v! } : null;
  }
}

export class ScriptVariants {
  private readonly tries: Record<Script, LazyTrie>;
  /** Characters that occur only in one script: the evidence for a document's script. */
  private readonly only: Record<Script, Set<string>>;
  /** Simplified character → how many traditional characters simplify to it (发 ← 發, 髮). */
  private readonly traditionalSources: Map<string, number>;
  /** Characters whose traditional form differs between OpenCC standard, Taiwan and Hong Kong (裏/裡). */
  private readonly regional: Set<string>;

  /** From `data` (tests), or from the generated files, each trie read when first needed. */
  constructor(data?: ScriptVariantData) {
    const sets = data ?? readGeneratedJson<Omit<ScriptVariantData, "tries">>(SCRIPT_VARIANTS_FILE);
    const trie = (script: Script) => new LazyTrie(() => data?.tries[script] ?? readGeneratedJson<Record<string, string>>(trieFile(script)));
    this.tries = { simplified: trie("simplified"), traditional: trie("traditional") };
    this.only = { simplified: new Set(sets.only.simplified), traditional: new Set(sets.only.traditional) };
    this.traditionalSources = new Map(Object.entries(sets.traditionalSources));
    this.regional = new Set(sets.regional);
  }

  /** Whether `char` occurs only in `script` (its counterpart in the other script differs). */
  isOnly(char: string, script: Script): boolean {
    return this.only[script].has(char);
  }

  /** BMP code unit → 1 when simplified-only, 2 when traditional-only (else 0); built on first use. */
  private onlyByCode: Uint8Array | undefined;

  /** Counts of single-script characters in text[from, to). */
  scriptCounts(text: string, from = 0, to = text.length): Record<Script, number> {
    const counts = { simplified: 0, traditional: 0 };
    const only = (this.onlyByCode ??= this.codeTable());
    // By code unit through the table; a surrogate pair by its string (no string for the rest).
    for (let i = from; i < to; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        const char = text.slice(i, i + 2);
        if (this.only.simplified.has(char)) counts.simplified++;
        else if (this.only.traditional.has(char)) counts.traditional++;
        i++;
      } else if (only[code] === 1) counts.simplified++;
      else if (only[code] === 2) counts.traditional++;
    }
    return counts;
  }

  private codeTable(): Uint8Array {
    const table = new Uint8Array(0x10000);
    // Traditional first, so that a character in both sets counts as simplified (as the Set lookups did).
    for (const char of this.only.traditional) if (char.length === 1) table[char.charCodeAt(0)] = 2;
    for (const char of this.only.simplified) if (char.length === 1) table[char.charCodeAt(0)] = 1;
    return table;
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
