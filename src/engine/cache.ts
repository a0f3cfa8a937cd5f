/**
 * The lint cache (`--cache`, `--cache-location`, default `.jiaodui-cache/`).
 *
 * An entry holds the whole FileReport of one file — with its findings, unlike
 * textlint's cache, which only remembers files that passed — so an unchanged
 * file costs one read and one hash on a rerun. The key covers everything the
 * report depends on:
 *
 *   - the file's decoded content (SHA-256 of text, BOM, encoding) and its
 *     display path (the report names it);
 *   - the engine options: rules, options, severities, parser, locale, --rule,
 *     allowed terms, read options (encoding);
 *   - the tool version and a hash of the compiled code (rules and engine), so a
 *     rebuilt checkout never reads a report produced by other code;
 *   - a hash of the generated data (lexicon, script-variant tables, models).
 *
 * Entries live in `<location>/<settings key>/<2 hex>/<file key>.json`. Writes go
 * through a temporary file and a rename (never a half-written entry); an entry
 * that cannot be parsed or does not match its key is ignored and rewritten.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { GENERATED_DATA_DIR, PACKAGE_VERSION } from "../paths.js";
import type { FileReport } from "../report/types.js";
import type { EngineOptions } from "./engine.js";
import type { SourceFile } from "./source.js";
import { defaultConfig } from "./config.js";

export const DEFAULT_CACHE_LOCATION = ".jiaodui-cache";
const ENTRY_FORMAT = 1;

export interface CacheEntry {
  report: FileReport;
  /** Whether linting the file loaded the lexicon (the report names it then). */
  lexicon: boolean;
}

export interface CacheStats {
  hits: number;
  misses: number;
  writes: number;
}

let codeAndDataHash: string | undefined;

function hashTree(hash: ReturnType<typeof createHash>, root: string, keep: (name: string) => boolean): void {
  let entries;
  try {
    entries = readdirSync(root, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "node_modules" && !entry.name.startsWith(".")) hashTree(hash, path, keep);
    } else if (entry.isFile() && keep(entry.name)) {
      hash.update(`${path.slice(root.length)}\0`);
      hash.update(readFileSync(path));
    }
  }
}

/**
 * Hash of the code that produces reports and of the generated data: the `src`
 * and `rules` trees this module belongs to (compiled .js under dist/, .ts when
 * run from source), or the bundle's own folder when it runs from the CLI
 * bundle (dist/cli, scripts/bundle.ts). Computed once per process (≈ 20 ms).
 */
export function codeAndDataFingerprint(): string {
  if (!codeAndDataHash) {
    const hash = createHash("sha256");
    const here = dirname(fileURLToPath(import.meta.url));
    const isCode = (name: string) => /\.(c?js|ts|json)$/.test(name) && !/\.(test|d)\.ts$/.test(name) && !name.endsWith(".map");
    const codeRoot = resolve(here, "..", "..");
    const trees = basename(here) === "engine" ? [join(codeRoot, "src"), join(codeRoot, "rules")] : [here];
    for (const tree of trees) hashTree(hash, tree, isCode);
    hash.update("\0data\0");
    hashTree(hash, GENERATED_DATA_DIR, () => true);
    codeAndDataHash = hash.digest("hex");
  }
  return codeAndDataHash;
}

/** The part of the key shared by every file of a run. */
export function settingsKey(options: EngineOptions, read: Record<string, unknown> = {}): string {
  const config = options.config ?? defaultConfig();
  const material = {
    tool: PACKAGE_VERSION,
    code: codeAndDataFingerprint(),
    // Every engine option (present and future), with the configuration minus where it was read from.
    engine: { ...options, config: { ...config, path: null } },
    read,
  };
  return createHash("sha256").update(stableStringify(material)).digest("hex").slice(0, 32);
}

/** JSON with sorted object keys, so equal settings give equal keys. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value as Record<string, unknown>)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableStringify((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export class LintCache {
  readonly directory: string;
  readonly stats: CacheStats = { hits: 0, misses: 0, writes: 0 };

  /** `location` is the cache folder; `settings` the key from `settingsKey`. */
  constructor(
    readonly location: string,
    readonly settings: string,
  ) {
    this.directory = join(location, settings);
  }

  /** The key of one file: its display path and its decoded content (text, BOM, encoding). */
  fileKey(displayPath: string, source: SourceFile): string {
    return createHash("sha256")
      .update(`${this.settings}\0${displayPath}\0${source.encoding}\0${source.bom}\0${source.skipped ?? ""}\0`)
      .update(source.text)
      .digest("hex");
  }

  private entryPath(key: string): string {
    return join(this.directory, key.slice(0, 2), `${key}.json`);
  }

  /** The cached entry, or undefined (absent, unreadable, corrupt, or for another key). */
  get(key: string): CacheEntry | undefined {
    let text: string;
    try {
      text = readFileSync(this.entryPath(key), "utf8");
    } catch {
      this.stats.misses++;
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as { format?: unknown; key?: unknown; lexicon?: unknown; report?: FileReport };
      const report = entry.report;
      if (
        entry.format === ENTRY_FORMAT &&
        entry.key === key &&
        typeof entry.lexicon === "boolean" &&
        report &&
        typeof report === "object" &&
        typeof report.path === "string" &&
        Array.isArray(report.findings) &&
        Array.isArray(report.documents) &&
        report.counts &&
        typeof report.integrityScore === "number"
      ) {
        this.stats.hits++;
        return { report, lexicon: entry.lexicon };
      }
    } catch {
      // Corrupt entry: a miss; the next write replaces it.
    }
    this.stats.misses++;
    return undefined;
  }

  /** Store an entry atomically; a cache that cannot be written is not an error (the run just is not cached). */
  set(key: string, entry: CacheEntry): void {
    const path = this.entryPath(key);
    const temporary = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`;
    try {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ format: ENTRY_FORMAT, key, lexicon: entry.lexicon, report: entry.report }));
      renameSync(temporary, path);
      this.stats.writes++;
    } catch {
      try {
        unlinkSync(temporary);
      } catch {
        // Never created.
      }
    }
  }

  /** Whether the cache folder exists (for tests and diagnostics). */
  exists(): boolean {
    try {
      return statSync(this.directory).isDirectory();
    } catch {
      return false;
    }
  }
}

/**
 * Open the cache for a run: `location` relative to `cwd` (default `.jiaodui-cache/`);
 * `read` are the read options (encoding…), part of the key.
 */
export function openCache(options: EngineOptions, location = DEFAULT_CACHE_LOCATION, cwd = process.cwd(), read: Record<string, unknown> = {}): LintCache {
  return new LintCache(resolve(cwd, location), settingsKey(options, read));
}
