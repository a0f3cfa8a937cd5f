/**
 * The large precompiled data files (lexicon, language model, segmenter and
 * idiom tables), read ahead of use.
 *
 * A cold lint reads ≈ 27 MB of them, and on the project's VM fresh memory is
 * expensive: ≈ 0.1 s. Started in the background at the beginning of a command
 * (`prefetchDataFiles`), the reads run on libuv's thread pool — on the second
 * core — while the main thread loads modules, reads the configuration and the
 * input; `dataFilesReady` waits for them before the first lint. Each file is
 * read by one request (readWhole), so the reads go on while the main thread is
 * busy. A module that
 * loads a file takes the prefetched bytes when they are there and reads the
 * file itself otherwise (`readDataFile`), so prefetching only changes timing.
 */
import { closeSync, existsSync, fstatSync, openSync, read, readFileSync } from "node:fs";
import { join } from "node:path";
import { GENERATED_DATA_DIR, PACKAGE_ROOT } from "./paths.js";

export const LEXICON_FILE = "lexicon.bin";
export const NLP_TABLES_FILE = "nlp-tables.bin";
export const IDIOMS_FILE = "idioms.bin";
export const LONG_NAMES_FILE = "long-names.json";
export const MODEL_DIR = join(PACKAGE_ROOT, "data", "model");
export const CHAR_MODEL_FILE = "char-ngram.bin";

/**
 * A small JSON file of data/generated/, parsed. With `missing` given, a file that is not there
 * (a build that skipped it) reads as `missing`; without it, a missing file throws.
 */
export function readGeneratedJson<T>(file: string, missing?: T): T {
  const path = join(GENERATED_DATA_DIR, file);
  if (missing !== undefined && !existsSync(path)) return missing;
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** The language model file; JIAODUI_CHAR_MODEL overrides it (threshold experiments with a model trained on part of the data). */
export function charModelPath(): string {
  return process.env.JIAODUI_CHAR_MODEL ?? join(MODEL_DIR, CHAR_MODEL_FILE);
}

export const ATTESTED_NGRAMS_FILE = "char-4grams.bin";
/** The attested strings of the model's training text; JIAODUI_ATTESTED_NGRAMS overrides it (experiments with another training text). */
export function attestedNgramsPath(): string {
  return process.env.JIAODUI_ATTESTED_NGRAMS ?? join(MODEL_DIR, ATTESTED_NGRAMS_FILE);
}

/**
 * The large files a lint with the default rules loads, read ahead. (Not the attested strings of
 * four: read ahead with these, they made a cold lint of the sample ≈ 30 ms slower; read when
 * first needed, no slower than without them.)
 */
export function largeDataFiles(): string[] {
  return [join(GENERATED_DATA_DIR, LEXICON_FILE), charModelPath(), join(GENERATED_DATA_DIR, NLP_TABLES_FILE), join(GENERATED_DATA_DIR, IDIOMS_FILE)];
}

/**
 * What was read ahead. Kept on the global object because the executable and the
 * bundle it loads (src/cli/bin.ts, dist/cli/main.cjs) each have their own copy
 * of this module: the reads one copy starts are the ones the other takes.
 */
interface Prefetch {
  ready: Map<string, Buffer>;
  pending: Map<string, Promise<void>>;
  discarded: boolean;
}
const SHARED = Symbol.for("jiaodui.prefetchedDataFiles");
const state: Prefetch = ((globalThis as { [SHARED]?: Prefetch })[SHARED] ??= { ready: new Map(), pending: new Map(), discarded: false });
const { ready, pending } = state;

export function prefetchDataFiles(paths: readonly string[] = largeDataFiles()): void {
  state.discarded = false;
  for (const path of paths) {
    if (ready.has(path) || pending.has(path)) continue;
    const read = readWhole(path).then(
      (bytes) => void (state.discarded || ready.set(path, bytes)),
      () => undefined, // a missing file is reported by its loader, when (and if) it is needed
    );
    pending.set(
      path,
      read.finally(() => pending.delete(path)),
    );
  }
}

/**
 * The file's bytes, read by one request to the thread pool. (fs.promises.readFile
 * reads in 512 kB pieces and asks for the next one from the main thread, which a
 * cold start keeps busy compiling: the reads stalled until the first lint waited
 * for them.)
 */
function readWhole(path: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let fd: number;
    try {
      fd = openSync(path, "r");
    } catch (error) {
      reject(error as Error);
      return;
    }
    let bytes: Buffer;
    try {
      bytes = Buffer.allocUnsafe(fstatSync(fd).size);
    } catch (error) {
      closeSync(fd);
      reject(error as Error);
      return;
    }
    const readFrom = (offset: number): void => {
      read(fd, bytes, offset, bytes.length - offset, offset, (error, count) => {
        if (!error && count > 0 && offset + count < bytes.length) return readFrom(offset + count);
        closeSync(fd);
        if (error) reject(error);
        else resolve(offset + count === bytes.length ? bytes : bytes.subarray(0, offset + count));
      });
    };
    readFrom(0);
  });
}

/** Resolves when every prefetch started so far has finished. */
export async function dataFilesReady(): Promise<void> {
  await Promise.all(pending.values());
}

/** Drops what was prefetched (the files are linted in worker threads, which read their own). */
export function discardPrefetchedData(): void {
  state.discarded = true;
  ready.clear();
}

/** How many prefetched files are held, not yet handed over (diagnostics and tests). */
export function heldDataFiles(): number {
  return ready.size;
}

/**
 * A table derived from the lexicon: the precompiled file when `accept` takes
 * its bytes (the right format, made from this lexicon), else `compute()` —
 * a missing, older or foreign file costs time, never a failure.
 */
export function precompiledOr<T>(path: string, accept: (bytes: Buffer) => T | undefined, compute: () => T): T {
  if (existsSync(path)) {
    try {
      const table = accept(readDataFile(path));
      if (table) return table;
    } catch {
      // an older format: computed below
    }
  }
  return compute();
}

/** The file's bytes: prefetched (handed over once, then forgotten) or read now. */
export function readDataFile(path: string): Buffer {
  const bytes = ready.get(path);
  if (bytes) {
    ready.delete(path);
    return bytes;
  }
  return readFileSync(path);
}
