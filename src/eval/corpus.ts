/**
 * The evaluation corpus: clean documents into which the harness injects
 * artefacts. By default ../shared/corpus/dev/ next to the package; its split
 * is fixed in docs/CONTRIBUTING.md — odd-numbered files (dev_001, dev_003…)
 * are the held-out evaluation half, even-numbered files the tuning half.
 * A third split, "validation", is a twentieth of the big corpus next to it
 * (../shared/corpus/big/), kept out of the character model's training so that
 * clean false positives can be tuned on more text than the tuning half holds.
 * Without the corpus, the bundled fallback set (fallback-corpus.ts) is used.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { PACKAGE_ROOT } from "../paths.js";
import { FALLBACK_CORPUS } from "./fallback-corpus.js";
import { hashString } from "./random.js";

export type Split = "held-out" | "tune" | "validation" | FoldSplit;
/**
 * The two halves of the character model's training text (big-corpus documents by title hash).
 * The committed model has read both: a fold is unseen text only for a model built without it
 * (`build-model --leave-out fold-0`), and the eval scripts refuse it otherwise (assertUnseenByModel).
 */
export type FoldSplit = "fold-0" | "fold-1";
export const FOLD_SPLITS: readonly FoldSplit[] = ["fold-0", "fold-1"];
export const SPLITS: readonly Split[] = ["held-out", "tune", "validation", ...FOLD_SPLITS];

export interface CorpusDocument {
  /** Stable id: file name plus the document's index in the file. */
  id: string;
  title: string | null;
  text: string;
}

export interface Corpus {
  origin: "corpus" | "fallback";
  /** The directory read, or null for the fallback set. */
  dir: string | null;
  /** The split read; "whole" for a folder not numbered into halves (every file). */
  split: Split | "whole";
  files: string[];
  documents: CorpusDocument[];
}

/** `--corpus bundled`: use the bundled fallback set even when the corpus exists. */
export const BUNDLED = "bundled";

export const DEFAULT_CORPUS_DIR = resolve(PACKAGE_ROOT, "..", "shared", "corpus", "dev");

const NUMBERED_FILE = /^dev_(\d+)[^/]*\.(?:md|txt)$/;

/** Which half a numbered corpus file belongs to: odd → held-out, even → tune. */
export function splitOfFile(name: string): Split | undefined {
  const match = NUMBERED_FILE.exec(name);
  if (!match) return undefined;
  return Number(match[1]) % 2 === 1 ? "held-out" : "tune";
}

/** The files of `dir` in `split`, sorted by name. */
export function corpusFiles(dir: string, split: Split): string[] {
  return readdirSync(dir)
    .filter((name) => splitOfFile(name) === split)
    .sort();
}

/**
 * Split a file into documents at "# " title lines (text before the first title
 * is a document of its own when not blank). Each document is normalised to LF
 * and trimmed, and ends with one newline.
 */
export function splitFileDocuments(text: string, source: string): CorpusDocument[] {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (/^# /.test(line) && current.some((l) => l.trim() !== "")) {
      chunks.push(current);
      current = [];
    }
    current.push(line);
  }
  chunks.push(current);
  return chunks
    .map((chunk) => chunk.join("\n").trim())
    .filter((body) => body !== "")
    .map((body, index) => {
      const title = /^# (.*)$/m.exec(body.split("\n", 1)[0]!)?.[1]?.trim() ?? null;
      return { id: `${source}#${index}`, title, text: `${body}\n` };
    });
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
}

/** The blank-line separated paragraphs of `text`, with offsets. */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?![ \t\u3000]*\n)[^\n]*)*/g;
  for (const match of text.matchAll(re)) {
    if (match[0].trim() === "") continue;
    let end = match.index + match[0].length;
    while (end > match.index && /\s/.test(text[end - 1]!)) end--;
    out.push({ start: match.index, end, text: text.slice(match.index, end) });
  }
  return out;
}

export function fallbackDocuments(): CorpusDocument[] {
  return splitFileDocuments(FALLBACK_CORPUS, "fallback");
}

export interface LoadOptions {
  /** Corpus directory; default ../shared/corpus/dev relative to the package root; "bundled" forces the fallback set. */
  dir?: string;
  split?: Split;
  /** Keep only the first N documents (in file order). */
  limit?: number;
}

/** Load the split's documents, or the fallback set when the directory is absent. */
export function loadCorpus(options: LoadOptions = {}): Corpus {
  const split = options.split ?? "held-out";
  const dir = options.dir && options.dir !== BUNDLED ? resolve(options.dir) : DEFAULT_CORPUS_DIR;
  const limit = (docs: CorpusDocument[]) => (options.limit && options.limit > 0 ? docs.slice(0, options.limit) : docs);
  if (options.dir === BUNDLED || !existsSync(dir)) {
    if (options.dir && options.dir !== BUNDLED) throw new Error(`corpus directory not found: ${options.dir}`);
    return { origin: "fallback", dir: null, split, files: [], documents: limit(fallbackDocuments()) };
  }
  if (split === "validation") {
    const big = bigCorpus(dir);
    return { origin: "corpus", dir: big.dir, split, files: big.files, documents: limit(big.validation) };
  }
  if (isFoldSplit(split)) {
    const big = bigCorpus(dir);
    return { origin: "corpus", dir: big.dir, split, files: big.files, documents: limit(big.training.filter((doc) => foldOfTitle(doc.title) === split)) };
  }
  // A folder of one's own clean texts, not numbered into halves (test/fixtures/news-register), is read whole.
  const numbered = readdirSync(dir).some((name) => splitOfFile(name) !== undefined);
  const files = numbered ? corpusFiles(dir, split) : unsplitFiles(dir);
  if (files.length === 0) throw new Error(numbered ? `no ${split} files (dev_NNN_*.md) in ${dir}` : `no .md or .txt files in ${dir}`);
  const documents = files.flatMap((name) => splitFileDocuments(readFileSync(join(dir, name), "utf8"), name));
  return { origin: "corpus", dir, split: numbered ? split : "whole", files, documents: limit(documents) };
}

/** The .md and .txt files of a folder that is not split into numbered halves, sorted by name. */
function unsplitFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(?:md|txt)$/.test(name) && name !== "README.md")
    .sort();
}

/** One title in VALIDATION_SHARE goes to the validation split. */
const VALIDATION_SHARE = 20;

/**
 * Whether a big-corpus document belongs to the validation split. Chosen by its
 * title, so that every version of one law lands on the same side.
 */
export function isValidationTitle(title: string | null): boolean {
  return hashString(title ?? "") % VALIDATION_SHARE === 0;
}

export const isFoldSplit = (split: string): split is FoldSplit => (FOLD_SPLITS as readonly string[]).includes(split);

/** The fold of a training document, by its title (every version of one law on the same side, as for validation). */
export function foldOfTitle(title: string | null): FoldSplit {
  return FOLD_SPLITS[hashString(`fold:${title ?? ""}`) % FOLD_SPLITS.length]!;
}

/** What a model's `source` says when it was built without a fold (build-model --leave-out). */
export const leftOutMark = (fold: FoldSplit) => `minus ${fold}`;

/**
 * Throws unless the character model and the attested strings the rules will read were built
 * without `split`'s text, when `split` is a fold: measured on its own training text, a detector
 * finds nothing wrong anywhere.
 */
export function assertUnseenByModel(split: Split, sources: { model: string; attested: string | undefined }): void {
  if (!isFoldSplit(split)) return;
  const mark = leftOutMark(split);
  if (sources.model.includes(mark) && (sources.attested === undefined || sources.attested.includes(mark))) return;
  throw new Error(
    `--split ${split} is training text of the character model in use; build one without it and point the rules at it:\n` +
      `  npm run build:model -- --leave-out ${split} --out /tmp/${split}/char-ngram.bin\n` +
      `  JIAODUI_CHAR_MODEL=/tmp/${split}/char-ngram.bin JIAODUI_ATTESTED_NGRAMS=/tmp/${split}/char-4grams.bin <the eval command>`,
  );
}

export interface BigCorpus {
  dir: string;
  files: string[];
  /** The model's training text: every document that is neither validation nor shares text with dev. */
  training: CorpusDocument[];
  validation: CorpusDocument[];
  /** Documents dropped from both for sharing text with a dev file. */
  overlappingDev: number;
}

const PIECE = 16;
const SAMPLE_STRIDE = 61;

/**
 * The big corpus next to the dev corpus `devDir`, split into the model's
 * training text and the validation split. Dev documents (both halves) stay
 * unseen: a big-corpus document sharing a fifth of its sampled 16-character
 * pieces with any dev file is in neither.
 */
export function bigCorpus(devDir: string = DEFAULT_CORPUS_DIR): BigCorpus {
  const dir = join(dirname(resolve(devDir)), "big");
  if (!existsSync(dir)) throw new Error(`big corpus directory not found: ${dir}`);
  const devPieces = new Set<string>();
  for (const name of readdirSync(devDir).filter((n) => NUMBERED_FILE.test(n))) {
    const text = readFileSync(join(devDir, name), "utf8").replace(/\s+/g, "");
    for (let i = 0; i + PIECE <= text.length; i++) devPieces.add(text.slice(i, i + PIECE));
  }
  const files = readdirSync(dir).filter((n) => /^big_.*\.(?:md|txt)$/.test(n)).sort();
  const training: CorpusDocument[] = [];
  const validation: CorpusDocument[] = [];
  let overlappingDev = 0;
  for (const name of files) {
    for (const doc of splitFileDocuments(readFileSync(join(dir, name), "utf8"), name)) {
      const flat = doc.text.replace(/\s+/g, "");
      let samples = 0;
      let shared = 0;
      for (let i = 0; i + PIECE <= flat.length; i += SAMPLE_STRIDE) {
        samples++;
        if (devPieces.has(flat.slice(i, i + PIECE))) shared++;
      }
      if (samples > 0 && shared * 5 >= samples) overlappingDev++;
      else (isValidationTitle(doc.title) ? validation : training).push(doc);
    }
  }
  return { dir, files, training, validation, overlappingDev };
}
