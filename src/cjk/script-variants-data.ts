/**
 * Derives the Simplified ↔ Traditional tables of script-variants.ts from
 * OpenCC's dictionaries (opencc-js). Run at build time by
 * scripts/build-script-variants.ts, never at run time: importing opencc-js and
 * building its tries costs ≈ 400 ms, which every cold `jiaodui lint` paid.
 */
import * as OpenCC from "opencc-js";
import type { DictLike } from "opencc-js";
import type { Script, ScriptVariantData } from "./script-variants.js";

function entries(dict: DictLike): [string, string][] {
  if (typeof dict !== "string") return dict.map((pair: readonly [string, string]): [string, string] => [pair[0], pair[1]]);
  return dict.split("|").map((line) => {
    const [a = "", b = ""] = line.split(" ");
    return [a, b];
  });
}

const length = (s: string) => [...s].length;

type TrieNode = Map<number, TrieNode> & { trie_val?: string };

/** Every (key, value) an OpenCC trie holds after its dictionaries overrode each other, grouped by first character. */
function flatten(trie: OpenCC.Trie): Record<string, string> {
  const out: Record<string, [string, string][]> = {};
  const walk = (node: TrieNode, prefix: string) => {
    for (const [cp, child] of node) {
      const key = prefix + String.fromCodePoint(cp);
      if (child.trie_val !== undefined) (out[String.fromCodePoint(key.codePointAt(0)!)] ??= []).push([key, child.trie_val]);
      walk(child, key);
    }
  };
  walk((trie as unknown as { map: TrieNode }).map, "");
  for (const list of Object.values(out)) {
    for (const [key, value] of list) if (/[ |]/.test(key + value) || key === "") throw new Error(`opencc entry not encodable: ${key} ${value}`);
  }
  return Object.fromEntries(Object.entries(out).map(([first, list]) => [first, list.map(([k, v]) => `${k} ${v}`).join("|")]));
}

export function computeScriptVariantData(openccVersion: string): ScriptVariantData {
  const L = OpenCC.Locale;
  const [stPhrases, stChars] = L.from.cn[0]!.map(entries) as [[string, string][], [string, string][]];
  const [tsPhrases, tsChars] = L.to.cn[0]!.map(entries) as [[string, string][], [string, string][]];
  const trie = (groups: readonly (readonly DictLike[])[]) => {
    const t = new OpenCC.Trie();
    for (const group of groups) t.loadDictGroup(group);
    return t;
  };
  const tries: Record<Script, Record<string, string>> = { simplified: flatten(trie(L.to.cn)), traditional: flatten(trie(L.from.cn)) };

  // A character is valid in a script when some phrase of that script keeps it
  // (乾 in 乾隆, 后 in 皇后, 里 in 公里) or a regional standard prefers it (台, 吃).
  const validSimplified = new Set<string>();
  const validTraditional = new Set<string>();
  const regional = new Set<string>();
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
          if (length(a) === 1) addChars(regional, a), addChars(regional, b);
        }
      }
    }
  }
  const traditionalSources: Record<string, number> = {};
  for (const [t, s] of tsChars) if (t !== s) traditionalSources[s] = (traditionalSources[s] ?? 0) + 1;
  return {
    source: `opencc-js@${openccVersion}`,
    tries,
    only: {
      traditional: [...new Set(tsChars.filter(([t, s]) => t !== s && !validSimplified.has(t)).map(([t]) => t))].join(""),
      simplified: [...new Set(stChars.filter(([s, t]) => s !== t && !validTraditional.has(s)).map(([s]) => s))].join(""),
    },
    traditionalSources,
    regional: [...regional].join(""),
  };
}
