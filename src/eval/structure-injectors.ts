/**
 * Sites for the document-structure kinds of the evaluation harness:
 *
 * - duplicate: a prose paragraph copied right after itself ("after-itself"),
 *   a run of 2–3 paragraphs copied after the run ("run-after-itself"), or a
 *   paragraph copied after a later paragraph ("elsewhere").
 * - misplaced-fragment: the document's tail cut inside a word, and the rest
 *   (with up to two following paragraphs) moved into a signature table added
 *   after the body ("tail-into-signature-table") or after a signature block
 *   ("tail-after-signature") — a one-document version of a converter laying
 *   the end of one statement into the signature table of another.
 *
 * Each site is one edit of the original text (so it can be reverted from the
 * artefact); as for every kind, the artefact range covers the whole edit (the
 * copy with the break before it; the added signature with the moved rows), so
 * a finding on the copy or on a moved row matches it.
 */
import { CHINESE_DIGITS, isIdeograph } from "../cjk/chars.js";
import type { Paragraph } from "./corpus.js";
import type { Rng } from "./random.js";

export interface StructureSite {
  form: string;
  make(): { start: number; end: number; text: string; from: number; to: number } | null;
}

interface ProseParagraph extends Paragraph {
  prose: boolean;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** Paragraph separator of the copy: the one the document uses after the original. */
function separatorAfter(text: string, p: Paragraph): string {
  return /^\r?\n[ \t]*\r?\n/u.exec(text.slice(p.end))?.[0] ?? "\n\n";
}

export function duplicateSites(text: string, paragraphs: readonly ProseParagraph[], rng: Rng): StructureSite[] {
  const sites: StructureSite[] = [];
  paragraphs.forEach((p, i) => {
    if (!p.prose || p.text.includes("\n")) return;
    const sep = separatorAfter(text, p);
    sites.push({ form: "after-itself", make: () => ({ start: p.end, end: p.end, text: sep + p.text, from: 0, to: sep.length + p.text.length }) });
    // A run of 2–3 paragraphs, separated by blank lines only.
    const k = rng.int(2, 3);
    const run = paragraphs.slice(i, i + k);
    if (run.length === k && run.every((q) => q.prose && !q.text.includes("\n"))) {
      const original = text.slice(p.start, run.at(-1)!.end);
      if (/^(?:[^\n]+\n[ \t]*\n)+[^\n]+$/u.test(original)) {
        const at = run.at(-1)!.end;
        sites.push({ form: "run-after-itself", make: () => ({ start: at, end: at, text: sep + original, from: 0, to: sep.length + original.length }) });
      }
    }
    // A copy after a later paragraph (not the next one: that is after-itself).
    const later = paragraphs.slice(i + 2).filter((q) => q.prose && !q.text.includes("\n"));
    if (later.length > 0) {
      sites.push({
        form: "elsewhere",
        make: () => {
          const q = rng.pick(later);
          const insert = separatorAfter(text, q) + p.text;
          return { start: q.end, end: q.end, text: insert, from: 0, to: insert.length };
        },
      });
    }
  });
  return sites;
}

const ISSUERS = ["国务院", "全国人民代表大会常务委员会", "最高人民法院", "滨江市人民政府", "中华人民共和国主席"];

function issueDate(rng: Rng): string {
  const year = rng.int(1990, 2023);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  if (rng.chance(0.5)) return `${year}年${month}月${day}日`;
  const cn = (n: number) => (n <= 10 ? ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n]! : n < 20 ? `十${CHINESE_DIGITS[n % 10]}` : `${CHINESE_DIGITS[Math.floor(n / 10)]}十${n % 10 ? CHINESE_DIGITS[n % 10] : ""}`);
  return `${[...String(year)].map((d) => CHINESE_DIGITS[Number(d)]).join("")}年${cn(month)}月${cn(day)}日`;
}

export function misplacedFragmentSites(text: string, paragraphs: readonly ProseParagraph[], words: readonly Word[], rng: Rng): StructureSite[] {
  const sites: StructureSite[] = [];
  // The body's last paragraphs must be single-line prose (no table or heading at the end).
  const last = paragraphs.length - 1;
  if (last < 1) return sites;
  for (let back = 0; back < 3 && last - back >= 1; back++) {
    const cutParagraph = paragraphs[last - back]!;
    const moved = paragraphs.slice(last - back);
    if (!moved.every((p) => p.prose && !p.text.includes("\n"))) break;
    // Cut inside a word of two or more ideographs, leaving ≥ 6 characters either side.
    const cuts = words.filter((w) => w.start > cutParagraph.start + 6 && w.end < cutParagraph.end - 6 && w.end - w.start >= 2 && [...w.text].every(isIdeograph));
    if (cuts.length === 0) continue;
    const end = paragraphs[last]!.end;
    for (const form of ["tail-into-signature-table", "tail-after-signature"]) {
      sites.push({
        form,
        make: () => {
          const w = rng.pick(cuts);
          const cut = w.start + rng.int(1, w.end - w.start - 1);
          const parts = [text.slice(cut, cutParagraph.end), ...moved.slice(1).map((p) => p.text)];
          const issuer = rng.pick(ISSUERS);
          const date = issueDate(rng);
          let out: string;
          if (form === "tail-into-signature-table") {
            const head = `\n\n|  |  |\n|--|--|\n| ${issuer} |  |\n| ${date} |  |\n`;
            const rows = parts.map((part) => `| ${part} |  |`).join("\n");
            out = head + rows;
          } else {
            const head = `\n\n${issuer}\n\n${date}\n\n`;
            out = head + parts.join("\n\n");
          }
          return { start: cut, end, text: out, from: 0, to: out.length };
        },
      });
    }
  }
  return sites;
}
