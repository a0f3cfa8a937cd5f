/**
 * Garbled-text corruption for the evaluation harness (kind `garbled`): the
 * errors that OCR, re-typing and careless copy-editing leave in a document.
 *
 * Forms (each drawn as often as the others):
 *  - homophone: a character of a word replaced by a common character with the
 *    same toneless pinyin (IME slips: 商定 → 商订, 对话 → 对化);
 *  - lookalike: a character replaced by a similar-looking one (OCR: 己/已, 未/末);
 *  - drop: one character of a multi-character word deleted (对话 → 对);
 *  - insert: a common character inserted inside or between words;
 *  - swap: two adjacent characters exchanged (商定举行 → 定商举行);
 *  - repeat: a phrase of 6–14 characters pasted twice (right after itself or
 *    after a short gap);
 *  - idiom: one character of a four-character idiom changed (并行不悖 → 并行不备);
 *  - nonsense: a word replaced by random common characters.
 *
 * The artefact range is the changed characters (for a deletion, the characters
 * on each side of the gap).
 */
import { pinyin } from "pinyin-pro";
import { getLexicon } from "../cjk/lexicon.js";
import type { Rng } from "./random.js";

export interface GarbleWord {
  start: number;
  end: number;
  text: string;
}

export interface GarbleEdit {
  start: number;
  end: number;
  text: string;
  /** Artefact range relative to the edit's output. */
  from: number;
  to: number;
}

export interface GarbleSite {
  form: string;
  make(): GarbleEdit | null;
}

/** Pairs of characters OCR confuses (both directions). */
const LOOKALIKES = [
  "己已巳", "未末", "人入八", "土士", "日曰", "大太犬", "王玉主", "干千于", "拨拔", "侯候", "辨辩辫", "治冶",
  "戍戌戊", "准淮", "杆竿", "免兔", "历厉", "折拆", "持特", "壁璧", "孤狐", "衷哀", "货贷", "仑仓", "苦若",
  "刀力", "天夭", "晴睛", "徒徙", "问间", "密蜜", "陷馅", "峰锋", "织识", "清请情", "洁结", "绩积", "侍待",
  "幕慕墓暮", "型形", "部郡", "申甲由", "贝见", "乌鸟", "今令", "失矢", "母毋", "白自", "汨汩", "茶荼",
];

let tables: { common: string[]; byPinyin: Map<string, string[]>; lookalike: Map<string, string[]>; idioms: Set<string> } | undefined;

function load() {
  if (!tables) {
    const lexicon = getLexicon();
    const weight = new Map<string, number>();
    for (const { word, frequency } of lexicon.entries()) {
      for (const c of word) if (/\p{Unified_Ideograph}/u.test(c)) weight.set(c, (weight.get(c) ?? 0) + frequency);
    }
    const common = [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)! || (a < b ? -1 : 1)).slice(0, 3500);
    const byPinyin = new Map<string, string[]>();
    for (const c of common) {
      const key = pinyin(c, { toneType: "none" });
      const list = byPinyin.get(key) ?? [];
      list.push(c);
      byPinyin.set(key, list);
    }
    const lookalike = new Map<string, string[]>();
    for (const group of LOOKALIKES) {
      for (const c of group) lookalike.set(c, [...group].filter((d) => d !== c));
    }
    const idioms = new Set<string>();
    for (const { word, tag } of lexicon.entries()) if (tag === "i" && word.length === 4) idioms.add(word);
    tables = { common, byPinyin, lookalike, idioms };
  }
  return tables;
}

function homophone(c: string, rng: Rng): string | null {
  const { byPinyin } = load();
  const options = (byPinyin.get(pinyin(c, { toneType: "none" })) ?? []).filter((d) => d !== c);
  return options.length > 0 ? rng.pick(options) : null;
}

/** Candidate garble sites over the words of a document (`inProse` filters offsets). */
export function garbleSites(text: string, words: readonly GarbleWord[], inProse: (offset: number) => boolean, rng: Rng): GarbleSite[] {
  const { common, lookalike, idioms } = load();
  const sites: GarbleSite[] = [];
  const ideographs = (s: string) => /^\p{Unified_Ideograph}+$/u.test(s);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (!inProse(w.start) || !ideographs(w.text)) continue;
    const len = w.text.length;
    if (len >= 2) {
      sites.push({
        form: "homophone",
        make() {
          const i = rng.int(0, len - 1);
          const d = homophone(w.text[i]!, rng);
          return d ? { start: w.start + i, end: w.start + i + 1, text: d, from: 0, to: 1 } : null;
        },
      });
      sites.push({
        form: "drop",
        make() {
          const i = rng.int(0, len - 1);
          const at = w.start + i;
          // Range: the characters on each side of the gap.
          return { start: at, end: at + 1, text: "", from: -1, to: 1 };
        },
      });
      sites.push({
        form: "swap",
        make() {
          const i = rng.int(0, len - 2);
          const a = w.text[i]!;
          const b = w.text[i + 1]!;
          return a === b ? null : { start: w.start + i, end: w.start + i + 2, text: b + a, from: 0, to: 2 };
        },
      });
      if (idioms.has(w.text)) {
        sites.push({
          form: "idiom",
          make() {
            const i = rng.int(0, 3);
            const d = homophone(w.text[i]!, rng) ?? rng.pick(common);
            return { start: w.start + i, end: w.start + i + 1, text: d, from: 0, to: 1 };
          },
        });
      }
    }
    for (let i = 0; i < len; i++) {
      const options = lookalike.get(w.text[i]!);
      if (options) sites.push({ form: "lookalike", make: () => ({ start: w.start + i, end: w.start + i + 1, text: rng.pick(options), from: 0, to: 1 }) });
    }
    if (k % 3 === 0) {
      sites.push({
        form: "insert",
        make() {
          const at = w.start + rng.int(1, len);
          if (!ideographs(text.slice(at - 1, at + 1))) return null;
          return { start: at, end: at, text: rng.pick(common.slice(0, 1500)), from: 0, to: 1 };
        },
      });
      if (len >= 2 && len <= 3) {
        sites.push({
          form: "nonsense",
          make() {
            let out = "";
            for (let i = 0; i < len; i++) out += rng.pick(common.slice(300, 3000));
            return getLexicon().has(out) ? null : { start: w.start, end: w.end, text: out, from: 0, to: len };
          },
        });
      }
      sites.push({
        form: "repeat",
        make() {
          const phraseLength = rng.int(6, 14);
          const phrase = text.slice(w.start, w.start + phraseLength);
          if (phrase.length < phraseLength || /[\n。！？]/u.test(phrase) || [...phrase].filter((c) => /\p{Unified_Ideograph}/u.test(c)).length < 5) return null;
          // Pasted right after itself, or after a short gap (the next few characters).
          const gap = rng.chance(0.5) ? 0 : rng.int(1, 4);
          const after = w.start + phraseLength + gap;
          const between = text.slice(w.start + phraseLength, after);
          if (/[\n。！？]/u.test(between) || after > text.length) return null;
          // The edit is the inserted second copy.
          return { start: after, end: after, text: phrase, from: 0, to: phraseLength };
        },
      });
    }
  }
  return sites;
}
