/**
 * Artefact injectors for the evaluation harness: one per artefact kind.
 *
 * Each injector is a pure function (clean document text, rng) → corrupted text
 * plus the injected artefacts, each with its category and its [start, end)
 * range in the corrupted text. Internally an injector *plans* edits against the
 * original text; planned edits never overlap (a shared reservation keeps a
 * margin around each), so several kinds can be planned against one document
 * and applied together (`injectMixed`) with every range still correct.
 *
 * Every artefact also records its edit in corrupted-text coordinates and the
 * original text it replaced, so `revertArtefacts` restores the clean document
 * for the reversible kinds (all but line-wrap, which also drops blank lines
 * and heading markers as pdftotext does — not artefacts in themselves).
 */
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { isIdeograph, PAIRED_MARKS, TERMINAL_PUNCTUATION } from "../cjk/chars.js";
import { getLexicon } from "../cjk/lexicon.js";
import type { Category } from "../report/categories.js";
import { paragraphs, type Paragraph } from "./corpus.js";
import { garbleSites } from "./garble.js";
import { duplicateSites, misplacedFragmentSites, type StructureSite } from "./structure-injectors.js";
import { numberingSites } from "./numbering-injectors.js";
import type { Rng } from "./random.js";

export const KINDS = [
  "stray-latin",
  "paragraph-split",
  "line-wrap",
  "encoding",
  "page-furniture",
  "spacing",
  "markup",
  "punctuation",
  "variant",
  "garbled",
  "duplicate",
  "misplaced-fragment",
  "numbering-gap",
  "orphan-marker",
  "truncation",
] as const;
export type Kind = (typeof KINDS)[number];

export interface Artefact {
  kind: Kind;
  category: Category;
  /** [start, end) in the corrupted text: what a finding should point at. */
  start: number;
  end: number;
  /** Short label of the variant injected ("gbk-mojibake", "mid-word"…). */
  form: string;
  /** The edit in corrupted-text coordinates and the clean text it replaced. */
  edit: { start: number; end: number; original: string };
}

export interface Injected {
  text: string;
  artefacts: Artefact[];
}

export type Injector = (text: string, rng: Rng, options?: InjectOptions) => Injected;

export interface InjectOptions {
  /** Artefacts per 1 000 characters for the local kinds (default 0.35, at least 1, at most 15 per kind). */
  density?: number;
}

/** An edit of the original text; `spans` mark artefacts relative to the edit's output (may reach outside it). */
interface PlannedEdit {
  start: number;
  end: number;
  text: string;
  artefacts: { kind: Kind; form: string; from: number; to: number }[];
}

/** Non-overlapping reservations, with a margin, so injected artefacts stay apart. */
class Reservations {
  private readonly spans: [number, number][] = [];
  constructor(private readonly margin = 6) {}

  tryReserve(start: number, end: number): boolean {
    const s = start - this.margin;
    const e = end + this.margin;
    if (this.spans.some(([a, b]) => a < e && s < b)) return false;
    this.spans.push([s, e]);
    return true;
  }
}

/** Apply non-overlapping planned edits; compute artefact ranges in the output. */
export function applyPlan(text: string, plan: readonly PlannedEdit[], kindCategory = categoryOf): Injected {
  const edits = [...plan].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let last = 0;
  const artefacts: Artefact[] = [];
  for (const edit of edits) {
    if (edit.start < last) throw new Error(`overlapping injected edits at ${edit.start}`);
    out += text.slice(last, edit.start);
    const outStart = out.length;
    out += edit.text;
    last = edit.end;
    for (const a of edit.artefacts) {
      artefacts.push({
        kind: a.kind,
        category: kindCategory(a.kind),
        start: outStart + a.from,
        end: outStart + a.to,
        form: a.form,
        edit: { start: outStart, end: outStart + edit.text.length, original: text.slice(edit.start, edit.end) },
      });
    }
  }
  out += text.slice(last);
  artefacts.sort((a, b) => a.start - b.start);
  return { text: out, artefacts };
}

/** Undo the artefacts' edits (each edit once). For reversible kinds this restores the clean text. */
export function revertArtefacts(injected: Injected): string {
  const edits = new Map<number, Artefact["edit"]>();
  for (const a of injected.artefacts) edits.set(a.edit.start, a.edit);
  let text = injected.text;
  for (const edit of [...edits.values()].sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start) + edit.original + text.slice(edit.end);
  }
  return text;
}

/** Each kind reports in the category of the same name. */
export function categoryOf(kind: Kind): Category {
  return kind;
}

// ---------------------------------------------------------------------------
// Document context shared by the planners.

interface Word {
  start: number;
  end: number;
  text: string;
}

class DocContext {
  readonly paragraphs: (Paragraph & { heading: boolean; table: boolean; prose: boolean })[];
  private wordCache?: Word[];

  constructor(readonly text: string) {
    this.paragraphs = paragraphs(text).map((p) => {
      const heading = /^#{1,6}\s/.test(p.text);
      const table = p.text.startsWith("|");
      return { ...p, heading, table, prose: !heading && !table && p.text.length >= 12 };
    });
  }

  /** Forward-maximum-match words (lexicon, up to 6 characters) over the runs of ideographs. */
  get words(): Word[] {
    if (!this.wordCache) {
      const lexicon = getLexicon();
      const words: Word[] = [];
      for (const run of this.text.matchAll(/\p{Unified_Ideograph}+/gu)) {
        const s = run[0];
        for (let i = 0; i < s.length; ) {
          let len = Math.min(6, s.length - i);
          while (len > 1 && !lexicon.has(s.slice(i, i + len))) len--;
          words.push({ start: run.index + i, end: run.index + i + len, text: s.slice(i, i + len) });
          i += len;
        }
      }
      this.wordCache = words;
    }
    return this.wordCache;
  }

  /** Offsets inside prose paragraphs (not headings, tables). */
  inProse(offset: number): Paragraph | undefined {
    let low = 0;
    let high = this.paragraphs.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.paragraphs[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    const p = this.paragraphs[low];
    return p && p.prose && p.start <= offset && offset < p.end ? p : undefined;
  }

  isIdeographAt(offset: number): boolean {
    const c = this.text[offset];
    return c !== undefined && isIdeograph(c);
  }
}

/** A site that can be turned into a planned edit (lazily: building some edits costs). */
type Site = () => PlannedEdit | null;

/**
 * Candidate sites grouped by form. Drawing picks a form uniformly first, then
 * a site, so rare forms (a missing closing bracket, a letter-spaced heading)
 * are injected as often as common ones.
 */
class Sites {
  readonly byForm = new Map<string, Site[]>();
  add(form: string, site: Site): void {
    const list = this.byForm.get(form) ?? [];
    list.push(site);
    this.byForm.set(form, list);
  }
  get size(): number {
    let n = 0;
    for (const list of this.byForm.values()) n += list.length;
    return n;
  }
  draw(rng: Rng): Site {
    return rng.pick(rng.pick([...this.byForm.values()]));
  }
}

interface LocalKind {
  kind: Kind;
  sites(ctx: DocContext, rng: Rng): Sites;
}

const one = (kind: Kind, form: string, start: number, end: number, text: string, from = 0, to = text.length): PlannedEdit => ({
  start,
  end,
  text,
  artefacts: [{ kind, form, from, to }],
});

/** Whether the character at `offset` is a one-character word: not part of a longer lexicon word around it. */
function standsAlone(text: string, offset: number): boolean {
  const lexicon = getLexicon();
  for (let len = 2; len <= 4; len++) {
    for (let s = offset - len + 1; s <= offset; s++) {
      if (s < 0 || s + len > text.length) continue;
      if (lexicon.has(text.slice(s, s + len))) return false;
    }
  }
  return true;
}

/** Conjunctions 和/或/与/及 between two ideographs, standing alone. */
function conjunctionSites(ctx: DocContext): number[] {
  const out: number[] = [];
  for (const m of ctx.text.matchAll(/[和或与及]/g)) {
    const i = m.index;
    if (ctx.isIdeographAt(i - 1) && ctx.isIdeographAt(i + 1) && ctx.inProse(i) && standsAlone(ctx.text, i)) out.push(i);
  }
  return out;
}

/** Word boundaries between two multi-character words inside prose. */
function wordBoundaries(ctx: DocContext): number[] {
  const words = ctx.words;
  const out: number[] = [];
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1]!;
    const b = words[i]!;
    if (a.end === b.start && a.text.length >= 2 && b.text.length >= 2 && ctx.inProse(b.start)) out.push(b.start);
  }
  return out;
}

// ---------------------------------------------------------------------------
// stray-latin

const AND_FORMS = [" and ", "and", " and", "and ", " AND ", " And ", " & ", "&"];
const OR_FORMS = [" or ", "or", " OR ", " or"];
const FILLER_FORMS = [" the ", " of ", "the ", " of", " The ", " with "];

const strayLatin: LocalKind = {
  kind: "stray-latin",
  sites(ctx, rng) {
    const sites = new Sites();
    for (const i of conjunctionSites(ctx)) {
      sites.add("conjunction", () => one("stray-latin", "conjunction", i, i + 1, rng.pick(ctx.text[i] === "或" ? OR_FORMS : AND_FORMS)));
    }
    for (const i of wordBoundaries(ctx)) sites.add("filler", () => one("stray-latin", "filler", i, i, rng.pick(FILLER_FORMS)));
    return sites;
  },
};

// ---------------------------------------------------------------------------
// paragraph-split

const BREAKS = ["\n\n", "\n\n", "\n\n", "\n \n", "\n\n\u3000\u3000"];

const paragraphSplit: LocalKind = {
  kind: "paragraph-split",
  sites(ctx, rng) {
    const sites = new Sites();
    const fits = (p: Paragraph, at: number) => at - p.start >= 4 && p.end - at >= 4;
    const split = (at: number, form: string) => () => {
      const gap = rng.pick(BREAKS);
      return one("paragraph-split", form, at, at, gap, -1, gap.length + 1);
    };
    for (const w of ctx.words) {
      if (w.text.length < 2) continue;
      const p = ctx.inProse(w.start);
      const at = w.start + 1 + Math.floor(rng.next() * (w.text.length - 1));
      if (p && fits(p, at)) sites.add("mid-word", split(at, "mid-word"));
    }
    for (const m of ctx.text.matchAll(/[，、,]/g)) {
      const at = m.index + 1;
      const p = ctx.inProse(m.index);
      if (p && fits(p, at) && !TERMINAL_PUNCTUATION.has(ctx.text[at]!)) sites.add("after-comma", split(at, "after-comma"));
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// encoding

let compatibilityForms: Map<string, string[]> | undefined;

/** Unified ideograph → Kangxi radicals / compatibility ideographs that NFKC maps to it. */
export function compatibilityMap(): Map<string, string[]> {
  if (!compatibilityForms) {
    compatibilityForms = new Map();
    for (const [from, to] of [
      [0x2f00, 0x2fdf],
      [0xf900, 0xfaff],
    ] as const) {
      for (let cp = from; cp <= to; cp++) {
        const form = String.fromCodePoint(cp);
        const unified = form.normalize("NFKC");
        if (unified === form || unified.length !== 1 || !isIdeograph(unified)) continue;
        const list = compatibilityForms.get(unified) ?? [];
        list.push(form);
        compatibilityForms.set(unified, list);
      }
    }
  }
  return compatibilityForms;
}

/** The phrase's bytes (UTF-8, or GBK: a legacy Chinese file) as another codec reads them. */
function mojibake(phrase: string, encoding: "latin1" | "win1252" | "gbk" | "big5", source: "utf-8" | "gbk" = "utf-8"): string {
  const bytes = source === "gbk" ? iconv.encode(phrase, "gbk") : Buffer.from(phrase, "utf8");
  return encoding === "latin1" ? bytes.toString("latin1") : iconv.decode(bytes, encoding);
}

const encoding: LocalKind = {
  kind: "encoding",
  sites(ctx, rng) {
    const forms = compatibilityMap();
    const sites = new Sites();
    for (let i = 0; i < ctx.text.length; i++) {
      if (!ctx.isIdeographAt(i) || !ctx.inProse(i)) continue;
      const c = ctx.text[i]!;
      const compat = forms.get(c);
      if (compat) {
        for (const form of compat) {
          const label = form.codePointAt(0)! < 0x3000 ? "kangxi-radical" : "compatibility-ideograph";
          sites.add(label, () => one("encoding", label, i, i + 1, form));
        }
      }
      if (i % 7 !== 0) continue; // the other forms need no particular character: thin them out
      sites.add("replacement-char", () => (rng.chance(0.5) ? one("encoding", "replacement-char", i, i + 1, "\uFFFD") : one("encoding", "replacement-char", i, i, "\uFFFD")));
      if (ctx.isIdeographAt(i - 1)) sites.add("zero-width", () => one("encoding", "zero-width", i, i, rng.pick(["\u200B", "\u200B", "\uFEFF"])));
      const phrase = (len: number) => {
        const p = ctx.text.slice(i, i + len);
        return [...p].every(isIdeograph) ? p : null;
      };
      sites.add("latin1-mojibake", () => {
        const p = phrase(rng.int(2, 5));
        return p ? one("encoding", "latin1-mojibake", i, i + p.length, mojibake(p, rng.pick(["latin1", "win1252"] as const))) : null;
      });
      sites.add("gbk-mojibake", () => {
        const p = phrase(rng.int(2, 5));
        return p ? one("encoding", "gbk-mojibake", i, i + p.length, mojibake(p, "gbk")) : null;
      });
      // A legacy GB file read as Latin-1 (a web page served without its charset: ÖÐ¹ú) or as Big5.
      sites.add("gbk-as-latin1-mojibake", () => {
        const p = phrase(rng.int(4, 6));
        return p ? one("encoding", "gbk-as-latin1-mojibake", i, i + p.length, mojibake(p, rng.pick(["latin1", "win1252"] as const), "gbk")) : null;
      });
      sites.add("gbk-as-big5-mojibake", () => {
        const p = phrase(rng.int(4, 6));
        const read = p ? mojibake(p, "big5", "gbk") : "";
        return p && !read.includes("\uFFFD") ? one("encoding", "gbk-as-big5-mojibake", i, i + p.length, read) : null;
      });
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// spacing

const spacing: LocalKind = {
  kind: "spacing",
  sites(ctx, rng) {
    const sites = new Sites();
    for (let i = 1; i < ctx.text.length; i += 3) {
      if (ctx.isIdeographAt(i - 1) && ctx.isIdeographAt(i) && ctx.inProse(i)) {
        sites.add("space-between-ideographs", () => one("spacing", "space-between-ideographs", i, i, rng.pick([" ", " ", " ", "  "])));
      }
    }
    // Letter-spaced short headings: "## 第一章　总则" → "## 第一章　总 则", "序言" → "序　言".
    // Only a short title (2–6 ideographs) is spaced out, as typesetters do; long headings are not.
    for (const p of ctx.paragraphs) {
      if (p.table || p.text.includes("\n")) continue;
      const body = p.text.replace(/^#{1,6}\s+/, "");
      if (!p.heading && body.length > 8) continue;
      const title = /(?:^|[ \u3000])(\p{Unified_Ideograph}{2,6})$/u.exec(body);
      if (!title) continue;
      const start = p.end - title[1]!.length;
      sites.add("letter-spaced-heading", () => {
        const sep = rng.pick([" ", " ", "\u3000", "  "]);
        return one("spacing", "letter-spaced-heading", start, p.end, [...title[1]!].join(sep));
      });
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// markup

const SPAN_OPEN = ["<span>", '<span style="font-family: 仿宋_GB2312">', '<span class="MsoNormal">', '<span lang="EN-US">'];

const markup: LocalKind = {
  kind: "markup",
  sites(ctx, rng) {
    const sites = new Sites();
    for (const m of ctx.text.matchAll(/\u3000/g)) {
      if (ctx.inProse(m.index)) sites.add("nbsp", () => one("markup", "nbsp", m.index, m.index + 1, rng.pick(["&nbsp;", "&nbsp;&nbsp;", "&#160;"])));
    }
    for (const i of conjunctionSites(ctx)) {
      if (ctx.text[i] !== "或") sites.add("amp", () => one("markup", "amp", i, i + 1, rng.pick(["&amp;", " &amp; "])));
    }
    for (const m of ctx.text.matchAll(/[“”]/g)) {
      if (ctx.inProse(m.index)) sites.add("quote-entity", () => one("markup", "quote-entity", m.index, m.index + 1, m[0] === "“" ? rng.pick(["&ldquo;", "&quot;"]) : rng.pick(["&rdquo;", "&quot;"])));
    }
    for (let i = 1; i < ctx.text.length; i += 5) {
      if (!ctx.isIdeographAt(i) || !ctx.inProse(i)) continue;
      const after = ctx.text[i - 1] === "，" || ctx.isIdeographAt(i - 1);
      if (after) sites.add("br", () => one("markup", "br", i, i, rng.pick(["<br>", "<br/>", "<br />", "<BR>"])));
      sites.add("span", () => {
        const len = rng.int(2, 8);
        const phrase = ctx.text.slice(i, i + len);
        if (![...phrase].every(isIdeograph)) return null;
        const open = rng.pick(SPAN_OPEN);
        return one("markup", "span", i, i + len, `${open}${phrase}</span>`);
      });
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// punctuation

const HALF_WIDTH: Record<string, string[]> = {
  "，": [",", ",", ", "],
  "。": ["."],
  "；": [";", "; "],
  "：": [":", ": "],
  "？": ["?"],
  "！": ["!"],
};
const CLOSERS = new Map([...PAIRED_MARKS].filter(([, close]) => close === "）" || close === "》" || close === "”").map(([open, close]) => [close, open]));

const punctuation: LocalKind = {
  kind: "punctuation",
  sites(ctx, rng) {
    const sites = new Sites();
    for (const m of ctx.text.matchAll(/[，。；：？！]/g)) {
      const i = m.index;
      const p = ctx.inProse(i);
      if (!p || !ctx.isIdeographAt(i - 1)) continue;
      const atEnd = i + 1 === p.end;
      if (!ctx.isIdeographAt(i + 1) && !(atEnd && (m[0] === "。" || m[0] === "！" || m[0] === "？"))) continue;
      sites.add("half-width", () => one("punctuation", "half-width", i, i + 1, rng.pick(HALF_WIDTH[m[0]]!)));
    }
    for (const m of ctx.text.matchAll(/[）》”]/g)) {
      const i = m.index;
      const p = ctx.inProse(i);
      if (!p) continue;
      const opener = CLOSERS.get(m[0])!;
      const open = ctx.text.lastIndexOf(opener, i);
      if (open < p.start || i - open > 40 || ctx.text.slice(open + 1, i).includes(opener) || ctx.text.slice(open + 1, i).includes(m[0])) continue;
      // Range: from the now unmatched opening mark to where the closing one was.
      sites.add("missing-closer", () => ({ start: open, end: i + 1, text: ctx.text.slice(open, i), artefacts: [{ kind: "punctuation", form: "missing-closer", from: 0, to: i - open }] }));
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// variant

let toTraditional: ((text: string) => string) | undefined;

const variant: LocalKind = {
  kind: "variant",
  sites(ctx) {
    const convert = (toTraditional ??= OpenCC.Converter({ from: "cn", to: "t" }));
    const sites = new Sites();
    for (const w of ctx.words) {
      if (!ctx.inProse(w.start)) continue;
      const t = convert(w.text);
      if (t === w.text || t.length !== w.text.length) continue;
      const form = w.text.length > 1 ? "word" : "character";
      sites.add(form, () => one("variant", form, w.start, w.end, t));
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// garbled (see garble.ts: homophone, lookalike, drop, insert, swap, repeat, idiom, nonsense)

const garbled: LocalKind = {
  kind: "garbled",
  sites(ctx, rng) {
    const sites = new Sites();
    for (const site of garbleSites(ctx.text, ctx.words, (i) => ctx.inProse(i) !== undefined, rng)) {
      sites.add(site.form, () => {
        const e = site.make();
        return e && one("garbled", site.form, e.start, e.end, e.text, e.from, e.to);
      });
    }
    return sites;
  },
};

// ---------------------------------------------------------------------------
// duplicate and misplaced-fragment (see structure-injectors.ts)

function structureKind(kind: Kind, list: (ctx: DocContext, rng: Rng) => StructureSite[], alsoAtStart?: Kind): LocalKind {
  return {
    kind,
    sites(ctx, rng) {
      const sites = new Sites();
      for (const site of list(ctx, rng)) sites.add(site.form, () => {
        const e = site.make();
        const edit = e && one(kind, site.form, e.start, e.end, e.text, e.from, e.to);
        // The text left before the edit is damaged too (a displaced tail leaves a truncated paragraph).
        if (edit && alsoAtStart) edit.artefacts.push({ kind: alsoAtStart, form: `${site.form}:left-behind`, from: -2, to: 0 });
        return edit;
      });
      return sites;
    },
  };
}

const duplicate = structureKind("duplicate", (ctx, rng) => duplicateSites(ctx.text, ctx.paragraphs, rng));
const misplacedFragment = structureKind("misplaced-fragment", (ctx, rng) => misplacedFragmentSites(ctx.text, ctx.paragraphs, ctx.words, rng), "truncation");
// numbering-gap, orphan-marker and truncation (see numbering-injectors.ts)
const numberingGap = structureKind("numbering-gap", (ctx, rng) => numberingSites("numbering-gap", ctx.text, rng));
const orphanMarker = structureKind("orphan-marker", (ctx, rng) => numberingSites("orphan-marker", ctx.text, rng));
const truncation = structureKind("truncation", (ctx, rng) => numberingSites("truncation", ctx.text, rng));

// ---------------------------------------------------------------------------
// page-furniture (planned at paragraph boundaries, about every 35 printed lines):
// "- 3 -" / "第 3 页 共 10 页" / a bare number, then (after a form feed, in
// most documents) the running header of the next page — the same line each time.

const pageFurnitureKind = "page-furniture";

function planPageFurniture(ctx: DocContext, rng: Rng, reserved: Reservations): PlannedEdit[] {
  const lineWidth = rng.int(28, 40);
  // About 35 printed lines a page; a short document still gets a page break or two.
  const pageChars = Math.min(35 * lineWidth, Math.max(300, Math.floor(ctx.text.length / 2.5)));
  const total = Math.max(1, Math.ceil(ctx.text.length / pageChars));
  const numberStyle = rng.pick(["dash", "emdash", "of-total", "page", "bare"] as const);
  const pageNumber = (n: number) => {
    switch (numberStyle) {
      case "dash":
        return `- ${n} -`;
      case "emdash":
        return `— ${n} —`;
      case "of-total":
        return `第 ${n} 页 共 ${total} 页`;
      case "page":
        return `第${n}页`;
      default:
        return String(n);
    }
  };
  const title = ctx.paragraphs[0]?.text.replace(/^#+\s*/, "").trim() ?? "";
  const header = rng.pick([title.length > 0 && title.length <= 40 ? title : "某某人民政府公报", "中华人民共和国国务院公报", `${title.slice(0, 12)}`]) || "某某人民政府公报";
  const formFeed = rng.chance(0.6);
  const glue = rng.chance(0.5) ? "\n\n" : "\n";
  const edits: PlannedEdit[] = [];
  let nextBreak = pageChars;
  let page = 1;
  const prose = ctx.paragraphs.filter((p) => !p.table);
  for (let k = 0; k + 1 < prose.length; k++) {
    const p = prose[k]!;
    if (p.end < nextBreak) continue;
    nextBreak = p.end + pageChars + rng.int(-lineWidth * 3, lineWidth * 3);
    if (!reserved.tryReserve(p.end, p.end)) continue;
    const number = pageNumber(page);
    const head = `${formFeed ? "\f" : ""}${header}`;
    const text = `${glue}${number}\n${head}`;
    edits.push({
      start: p.end,
      end: p.end,
      text,
      artefacts: [
        { kind: pageFurnitureKind, form: `page-number:${numberStyle}`, from: glue.length, to: glue.length + number.length },
        { kind: pageFurnitureKind, form: formFeed ? "running-header+ff" : "running-header", from: glue.length + number.length + 1, to: text.length },
      ],
    });
    page++;
  }
  return edits;
}

// ---------------------------------------------------------------------------
// line-wrap (whole document, like pdftotext)

/** Display width: full-width characters count 1, half-width 0.5. */
const width = (c: string) => (c.charCodeAt(0) < 0x2000 || (c >= "\uFF61" && c <= "\uFFDC") ? 0.5 : 1);
const NO_LINE_START = /[，。、；：？！）》”’」』】〕…,.;:?!)]/;

function planLineWrap(text: string, rng: Rng): PlannedEdit[] {
  const lineWidth = rng.int(28, 40);
  const edits: PlannedEdit[] = [];
  const paras = paragraphs(text);
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k]!;
    const next = paras[k + 1];
    // Blank lines between paragraphs disappear, as in pdftotext output: restoring them is part of unwrapping.
    if (next && /^\n[ \t]*\n[\s]*$/.test(text.slice(p.end, next.start))) {
      edits.push({ start: p.end, end: next.start, text: "\n", artefacts: [{ kind: "line-wrap", form: "lost-paragraph-break", from: -1, to: 2 }] });
    }
    if (p.text.startsWith("|")) continue; // table rows keep their lines
    let bodyStart = p.start;
    const marker = /^#{1,6}\s+/.exec(p.text);
    if (marker) {
      edits.push({ start: p.start, end: p.start + marker[0].length, text: "", artefacts: [] });
      bodyStart += marker[0].length;
    }
    let used = 0;
    for (let i = bodyStart; i < p.end; i++) {
      const c = text[i]!;
      if (c === "\n") {
        used = 0;
        continue;
      }
      if (text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) continue;
      const w = width(c);
      // Break before this character when it would overflow, unless it may not start a line (hanging punctuation).
      if (used + w > lineWidth && !NO_LINE_START.test(c) && i > bodyStart) {
        const before = text[i - 1]!;
        const form = isIdeograph(before) && isIdeograph(c) ? "between-ideographs" : /[\p{P}]/u.test(before) ? "after-punctuation" : "other";
        edits.push({ start: i, end: i, text: "\n", artefacts: [{ kind: "line-wrap", form, from: -1, to: 2 }] });
        used = 0;
      }
      used += w;
    }
  }
  return edits;
}

// ---------------------------------------------------------------------------
// Public injectors

const LOCAL_KINDS: Record<Exclude<Kind, "line-wrap" | "page-furniture">, LocalKind> = {
  "stray-latin": strayLatin,
  "paragraph-split": paragraphSplit,
  encoding,
  spacing,
  markup,
  punctuation,
  variant,
  garbled,
  duplicate,
  "misplaced-fragment": misplacedFragment,
  "numbering-gap": numberingGap,
  "orphan-marker": orphanMarker,
  truncation,
};

export function artefactCount(text: string, density = 0.35): number {
  return Math.max(1, Math.min(15, Math.round((text.length / 1000) * density)));
}

/** The original-text span an edit and its artefact ranges cover. */
function extent(edit: PlannedEdit): [number, number] {
  const before = Math.min(0, ...edit.artefacts.map((a) => a.from));
  const after = Math.max(0, ...edit.artefacts.map((a) => a.to - edit.text.length));
  return [edit.start + before, edit.end + after];
}

function injectorFor(kind: Kind): Injector {
  if (kind === "line-wrap") return (text, rng) => applyPlan(text, planLineWrap(text, rng));
  return (text, rng, options = {}) => injectMixed(text, [kind], rng, options);
}

export const INJECTORS: Record<Kind, Injector> = Object.fromEntries(KINDS.map((kind) => [kind, injectorFor(kind)])) as Record<Kind, Injector>;

/** Kinds that rewrite the whole document and so get a corrupted copy of their own. */
export const WHOLE_DOCUMENT_KINDS: readonly Kind[] = ["line-wrap"];

/**
 * Inject several local kinds into one document (page furniture first, then the
 * others drawn round-robin so no kind is crowded out). Each kind uses its own
 * forked generator, so adding a kind does not change the others' choices.
 */
export function injectMixed(text: string, kinds: readonly Kind[], rng: Rng, options: InjectOptions = {}): Injected {
  const ctx = new DocContext(text);
  const reserved = new Reservations();
  const edits: PlannedEdit[] = [];
  if (kinds.includes("page-furniture")) edits.push(...planPageFurniture(ctx, rng.fork("page-furniture"), reserved));
  // A document has one end: the kinds that cut it plan first among the local kinds, or paragraph-end edits crowd them out.
  const endFirst = (k: Kind) => (k === "misplaced-fragment" ? 0 : k === "truncation" ? 1 : 2);
  const local = kinds.filter((k): k is keyof typeof LOCAL_KINDS => k in LOCAL_KINDS).sort((a, b) => endFirst(a) - endFirst(b));
  const count = artefactCount(text, options.density);
  const state = local.map((kind) => ({ kind, rng: rng.fork(kind), sites: undefined as Sites | undefined, planned: 0, attempts: 0 }));
  for (let round = 0; round < count; round++) {
    for (const s of state) {
      s.sites ??= LOCAL_KINDS[s.kind].sites(ctx, s.rng);
      while (s.planned <= round && s.attempts < count * 40 && s.sites.size > 0) {
        s.attempts++;
        const edit = s.sites.draw(s.rng)();
        if (!edit) continue;
        if (reserved.tryReserve(...extent(edit))) {
          edits.push(edit);
          s.planned++;
        }
      }
    }
  }
  return applyPlan(text, edits);
}

/** Whether an injector's edits can be undone exactly from its artefacts. */
export function isReversible(kind: Kind): boolean {
  return kind !== "line-wrap";
}
