/**
 * Turns the paths and globs of the command line into files: directories are
 * walked for .md/.txt, globs are expanded, and a path that matches nothing is an
 * error rather than a silent success.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { createRequire } from "node:module";
import type { globSync as GlobSync } from "tinyglobby";
import { InputError } from "../errors.js";
import { MARKDOWN_EXTENSIONS, TEXT_EXTENSIONS } from "../plugin.js";

const require = createRequire(import.meta.url);
/** tinyglobby, loaded only when a glob is given (most runs name files and folders). */
const glob = (): typeof GlobSync => (require("tinyglobby") as { globSync: typeof GlobSync }).globSync;

const DOCUMENT_EXTENSIONS = new Set([...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS]);
const SKIPPED_DIRECTORIES = new Set(["node_modules", ".git", "dist"]);
const GLOB_CHARACTERS = /[*?[\]{}!]/;

function isDocument(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && DOCUMENT_EXTENSIONS.has(name.slice(dot).toLowerCase());
}

function walk(directory: string, found: string[]): void {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || SKIPPED_DIRECTORIES.has(entry.name)) continue;
    const path = join(directory, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile() && isDocument(entry.name)) found.push(path);
  }
}

export interface ResolveOptions {
  /** Globs (relative to `cwd`) of files to leave out, from jiaodui.config.json `ignore`. */
  ignore?: readonly string[];
  /** Told about each file left out by `ignore` that was named explicitly. */
  onIgnored?: (path: string) => void;
}

/**
 * Expand `patterns` (files, directories, globs) into sorted, unique file paths
 * relative to `cwd` when inside it. Files matching `options.ignore` are left
 * out; when that leaves nothing, it is an error too.
 */
export function resolveInputs(patterns: readonly string[], cwd = process.cwd(), options: ResolveOptions = {}): string[] {
  const found: string[] = [];
  const explicit = new Set<string>();
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const before = found.length;
      walk(absolute, found);
      if (found.length === before) throw new InputError(`${pattern}: 目录中没有 .md 或 .txt 文件 / no .md or .txt files in this directory`);
    } else if (stats) {
      found.push(absolute);
      explicit.add(absolute);
    } else if (GLOB_CHARACTERS.test(pattern)) {
      const matches = glob()(pattern, { cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      if (matches.length === 0) throw new InputError(`${pattern}: 没有匹配的文件 / no files match this pattern`);
      found.push(...matches);
    } else {
      throw new InputError(`${pattern}: 文件不存在 / no such file or directory`);
    }
  }
  const display = (path: string) => {
    const rel = relative(cwd, path);
    return rel.startsWith("..") ? path : rel;
  };
  let files = [...new Set(found)];
  if (options.ignore && options.ignore.length > 0) {
    const ignored = new Set(glob()([...options.ignore], { cwd, absolute: true, onlyFiles: true, dot: true, ignore: ["**/node_modules/**", "**/.git/**"] }));
    for (const path of files) if (ignored.has(path) && explicit.has(path)) options.onIgnored?.(display(path));
    files = files.filter((path) => !ignored.has(path));
    if (files.length === 0) {
      throw new InputError(`${patterns.join(" ")}: 所有文件都被配置的 ignore 排除 / every file is excluded by the "ignore" globs of the configuration (${options.ignore.join(", ")})`);
    }
  }
  return [...new Set(files.map(display))].sort();
}
