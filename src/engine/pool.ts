/**
 * Parallel linting over a pool of worker threads (node:worker_threads).
 *
 * - `jobs` workers at most (default: `os.availableParallelism()`), started
 *   lazily when a file actually needs linting (a fully cached rerun starts none);
 *   each builds its own Engine once and lints one file at a time, pulling the
 *   next file when done (long and short files balance themselves).
 * - Results come back as serialisable FileReports and are delivered in input
 *   order, whatever order the workers finish in; at most a bounded window of
 *   files is in flight or waiting, so memory does not grow with the corpus.
 * - One file, or `jobs` ≤ 1: no pool, the files are linted in this thread
 *   (no worker start-up latency).
 * - With a cache (cache.ts), the main thread hashes each file and serves hits
 *   itself; workers lint the misses and write their entries.
 *
 * A file that fails (not UTF-8, unreadable) fails the run with the same typed
 * error as sequential linting, at the same point of the input order.
 */
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { loadedLexicon, noteLexiconUsed } from "../cjk/lexicon.js";
import { ConfigError, FixSafetyError, InputError, JiaoduiError, UsageError } from "../errors.js";
import { PACKAGE_ROOT } from "../paths.js";
import { fileReport } from "../report/build.js";
import type { FileReport } from "../report/types.js";
import { DEFAULT_CACHE_LOCATION, LintCache, openCache, type CacheStats } from "./cache.js";
import { discardPrefetchedData } from "../data-files.js";
import { Engine, type EngineOptions } from "./engine.js";
import { readSource, type ReadOptions, type SourceFile } from "./source.js";
import { countFindings } from "../report/build.js";
import { integrityScore } from "../report/score.js";
import type { Finding } from "../report/types.js";

export interface ParallelOptions {
  /** Worker threads (default: available cores). 1 lints in this thread. */
  jobs?: number;
  /** Use the cache (default false). */
  cache?: boolean;
  /** Cache folder, relative to `cwd` (default `.jiaodui-cache`). */
  cacheLocation?: string;
  /** Paths are resolved against this folder and reported as given (default process.cwd()). */
  cwd?: string;
  /** How files are read (encoding, maxFileSize); messages name files by their display path. */
  read?: Omit<ReadOptions, "label">;
  /** Keep error-severity findings only (as `lint --quiet`); counts and scores follow. */
  quiet?: boolean;
  /**
   * Drop findings after linting, in this thread (e.g. a baseline): counts and
   * scores are recomputed. The cache stores unfiltered reports, so a filter
   * never needs a new cache key.
   */
  filter?: (findings: Finding[], display: string, absolute: string) => Finding[];
  /** When given, filled with display path → decoded text of every linted file (for formatters that show context). */
  sources?: Map<string, string>;
}

export interface RunStats {
  files: number;
  /** Files served from the cache. */
  cached: number;
  /** Files linted (in this thread or a worker). */
  linted: number;
  /** Worker threads started (0: linted in this thread). */
  workers: number;
  cache?: CacheStats;
}

/** Sent to a worker once, as workerData. */
export interface WorkerInit {
  engineOptions: EngineOptions;
  read: Omit<ReadOptions, "label">;
  /** Send the decoded text back with the report. */
  withText: boolean;
  /** Set when the run uses a cache: the worker writes the entries of the files it lints. */
  cache?: { location: string; settings: string };
}

export interface WorkerTask {
  index: number;
  /** Absolute path to read. */
  path: string;
  /** Path written into the report. */
  display: string;
  /** Already read and decoded (a cache miss): not read again. */
  source?: SourceFile;
}

export type WorkerReply =
  | { index: number; report: FileReport; lexicon: boolean; text?: string; error?: undefined }
  | { index: number; error: { name: string; message: string }; report?: undefined };

export type Outcome = { report: FileReport; lexicon: boolean; text?: string; error?: undefined } | { error: Error; report?: undefined };

export const defaultJobs = (): number => availableParallelism();

/** The compiled worker: next to this module, or under dist/ when this module runs from TypeScript source (tests). */
function workerUrl(): URL {
  if (import.meta.url.endsWith(".ts")) return pathToFileURL(join(PACKAGE_ROOT, "dist", "src", "engine", "worker.js"));
  // (In the CLI bundle, dist/cli, the worker is CommonJS like the bundle: worker.cjs.)
  return new URL(import.meta.url.endsWith(".cjs") ? "./worker.cjs" : "./worker.js", import.meta.url);
}

const ERROR_CLASSES: Record<string, new (message: string) => JiaoduiError> = {
  InputError,
  UsageError,
  ConfigError,
  FixSafetyError,
};

function revive(error: { name: string; message: string }): Error {
  const Class = ERROR_CLASSES[error.name];
  return Class ? new Class(error.message) : new Error(error.message);
}

/**
 * Lint `paths` and hand each FileReport to `onReport` in input order. Resolves
 * when every report was handled; rejects with the first failure in input order
 * (unless `onError` takes failures, as the corpus scan does).
 */
export async function lintEach(
  paths: readonly string[],
  engineOptions: EngineOptions,
  options: ParallelOptions,
  onReport: (report: FileReport, index: number) => void | Promise<void>,
  onError?: (error: Error, index: number) => void | Promise<void>,
): Promise<RunStats> {
  const cwd = options.cwd ?? process.cwd();
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const read = options.read ?? {};
  const withText = options.sources !== undefined;
  // Validates the rule selection (typed errors) before any worker starts.
  const engine = new Engine(engineOptions);
  const cache = options.cache ? openCache(engineOptions, options.cacheLocation ?? DEFAULT_CACHE_LOCATION, cwd, read) : undefined;
  const stats: RunStats = { files: paths.length, cached: 0, linted: 0, workers: 0 };
  const filters: ((findings: Finding[], display: string, absolute: string) => Finding[])[] = [];
  if (options.filter) filters.push(options.filter);
  if (options.quiet) filters.push((findings) => findings.filter((f) => f.severity === "error"));
  let lexicon = false;
  const task = (index: number): WorkerTask => ({ index, path: resolve(cwd, paths[index]!), display: paths[index]! });

  /** With a cache: read the file here and serve a hit; otherwise the task (with the source, not read twice). */
  const lookup = (index: number): Outcome | WorkerTask => {
    const t = task(index);
    if (!cache) return t;
    let source: SourceFile;
    try {
      source = readSource(t.path, { ...read, label: t.display });
    } catch (error) {
      return { error: error as Error };
    }
    const hit = cache.get(cache.fileKey(t.display, source));
    if (!hit) return { ...t, source };
    stats.cached++;
    return { ...hit, text: source.skipped ? undefined : source.text };
  };

  const deliver = async (outcome: Outcome, index: number) => {
    if (outcome.error) {
      if (onError) return onError(outcome.error, index);
      throw outcome.error;
    }
    if (outcome.lexicon) lexicon = true;
    let report = outcome.report;
    for (const filter of filters) report = refilterReport(report, filter(report.findings, paths[index]!, resolve(cwd, paths[index]!)));
    if (options.sources && outcome.text !== undefined) options.sources.set(paths[index]!, outcome.text);
    await onReport(report, index);
  };

  if (jobs <= 1 || paths.length <= 1) {
    for (let index = 0; index < paths.length; index++) {
      let outcome = lookup(index);
      if (!("error" in outcome || "report" in outcome)) {
        outcome = await lintHere(engine, outcome, read, withText, cache);
        stats.linted++;
      }
      await deliver(outcome, index);
    }
  } else {
    // The workers read their own data files: whatever the main thread read ahead is of no use.
    discardPrefetchedData();
    const pool = new Pool(jobs, { engineOptions, read, withText, cache: cache ? { location: cache.location, settings: cache.settings } : undefined });
    try {
      // Files in flight or finished but not yet delivered: bounded, so memory does not grow with the corpus.
      const window = Math.max(4 * jobs, 16);
      const slots = new Map<number, Promise<Outcome>>();
      let next = 0;
      for (let index = 0; index < paths.length; index++) {
        while (next < paths.length && next < index + window) {
          const looked = lookup(next);
          slots.set(next, "error" in looked || "report" in looked ? Promise.resolve(looked) : pool.run(looked));
          next++;
        }
        const outcome = await slots.get(index)!;
        slots.delete(index);
        await deliver(outcome, index);
      }
    } finally {
      stats.linted = pool.completed;
      stats.workers = pool.started;
      await pool.close();
    }
  }
  if (cache) stats.cache = { ...cache.stats };
  // The report names the lexicon when a rule used it (its header is enough here).
  if (lexicon) noteLexiconUsed();
  return stats;
}

/** Lint `paths` (as given on the command line, relative to `cwd`) into FileReports, in input order. */
export async function lintFilesParallel(paths: readonly string[], engineOptions: EngineOptions, options: ParallelOptions = {}): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(paths.length);
  await lintEach(paths, engineOptions, options, (report, index) => {
    reports[index] = report;
  });
  return reports;
}

/**
 * The FileReport with only `findings` kept: file and document counts and
 * integrity scores recomputed exactly as report/build.ts computes them.
 */
export function refilterReport(report: FileReport, findings: Finding[]): FileReport {
  if (findings.length === report.findings.length) return report;
  return {
    ...report,
    integrityScore: integrityScore(findings, report.characters),
    counts: countFindings(findings),
    documents: report.documents.map((doc) => {
      const docFindings = findings.filter((f) => f.document === doc.index);
      return { ...doc, integrityScore: integrityScore(docFindings, doc.characters), counts: countFindings(docFindings) };
    }),
    findings,
  };
}

/** Lint one file in this thread (or a worker); the cache entry is written on success. */
export async function lintHere(
  engine: Engine,
  task: WorkerTask,
  read: Omit<ReadOptions, "label">,
  withText: boolean,
  cache?: LintCache,
): Promise<Outcome> {
  try {
    const source = task.source ?? readSource(task.path, { ...read, label: task.display });
    const linted = await engine.lintSource(source);
    const report = fileReport(linted, task.display);
    const lexicon = loadedLexicon() !== undefined;
    cache?.set(cache.fileKey(task.display, source), { report, lexicon });
    return { report, lexicon, text: withText && !source.skipped ? source.text : undefined };
  } catch (error) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
}

interface PoolWorker {
  worker: Worker;
  task?: { index: number; resolve: (outcome: Outcome) => void };
}

class Pool {
  private readonly workers: PoolWorker[] = [];
  private readonly idle: PoolWorker[] = [];
  private readonly waiting: ((worker: PoolWorker) => void)[] = [];
  started = 0;
  completed = 0;

  constructor(
    private readonly size: number,
    private readonly init: WorkerInit,
  ) {}

  run(task: WorkerTask): Promise<Outcome> {
    return this.acquire().then(
      (slot) =>
        new Promise<Outcome>((resolveTask) => {
          slot.task = {
            index: task.index,
            resolve: (outcome) => {
              slot.task = undefined;
              this.release(slot);
              resolveTask(outcome);
            },
          };
          slot.worker.postMessage(task);
        }),
    );
  }

  private acquire(): Promise<PoolWorker> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.workers.length < this.size) return Promise.resolve(this.spawn());
    return new Promise((resolveSlot) => this.waiting.push(resolveSlot));
  }

  private release(slot: PoolWorker): void {
    if (!this.workers.includes(slot)) return; // crashed and removed
    const waiter = this.waiting.shift();
    if (waiter) waiter(slot);
    else this.idle.push(slot);
  }

  private spawn(): PoolWorker {
    const worker = new Worker(workerUrl(), { workerData: this.init });
    const slot: PoolWorker = { worker };
    this.workers.push(slot);
    this.started++;
    worker.on("message", (reply: WorkerReply | { ready: true }) => {
      if ("ready" in reply) return;
      const task = slot.task;
      if (!task || task.index !== reply.index) return;
      this.completed++;
      task.resolve(reply.error ? { error: revive(reply.error) } : { report: reply.report, lexicon: reply.lexicon, text: reply.text });
    });
    const fail = (error: Error) => {
      // The worker is gone: fail its task, and let the waiters use a replacement.
      const index = this.workers.indexOf(slot);
      if (index >= 0) this.workers.splice(index, 1);
      const idleIndex = this.idle.indexOf(slot);
      if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
      const task = slot.task;
      slot.task = undefined;
      task?.resolve({ error: error instanceof JiaoduiError ? error : new Error(`jiaodui: a lint worker failed: ${error.message}`) });
      const waiter = this.waiting.shift();
      if (waiter && !this.closing) waiter(this.spawn());
    };
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => {
      if (!this.closing) fail(new Error(`exit code ${code}`));
    });
    return slot;
  }

  private closing = false;

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((slot) => slot.worker.terminate()));
  }
}
