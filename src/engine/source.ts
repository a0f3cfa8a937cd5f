/**
 * Reading and writing documents: decoded once (UTF-8 by default, BOM removed so
 * offsets index the text after it; GB18030, GBK or Big5 when asked for), line
 * endings kept as they are, and written back atomically with the same
 * encoding, BOM and file mode.
 */
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import type IconvLite from "iconv-lite";
import { meanCharLogProbability } from "../cjk/char-frequency.js";
import { detectEol } from "../doc/lines.js";
import { FixSafetyError, InputError } from "../errors.js";

const require = createRequire(import.meta.url);
let iconvModule: typeof IconvLite | undefined;
/** iconv-lite, loaded only for legacy encodings (most input is UTF-8: no load at start-up). */
const iconv = (): typeof IconvLite => (iconvModule ??= require("iconv-lite") as typeof IconvLite);

export const ENCODINGS = ["utf-8", "gb18030", "gbk", "big5"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Files above this size are refused up front (the textlint Markdown parser grows superlinearly). */
export const DEFAULT_MAX_FILE_SIZE = 5 * 1024 * 1024;

export interface SourceFile {
  path: string;
  /** Lower-case extension with the dot, e.g. ".txt". */
  ext: string;
  /** Decoded text, without the BOM. */
  text: string;
  bom: boolean;
  encoding: Encoding;
  eol: ReturnType<typeof detectEol>;
  /** Set when the file is not linted (binary…). */
  skipped?: string;
}

export interface DecodeOptions {
  /** Decode with this encoding instead of UTF-8 (no detection). */
  encoding?: Encoding;
}

const BOM = "\uFEFF";
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode bytes into a SourceFile; refuse what is not text in the expected encoding. */
export function decodeSource(bytes: Uint8Array, path: string, options: DecodeOptions = {}): SourceFile {
  const ext = extname(path).toLowerCase() || ".txt";
  const encoding = options.encoding ?? "utf-8";
  if (isUtf16(bytes)) {
    throw new InputError(`${path}: 是 UTF-16 编码 / is UTF-16 (byte-order mark ${bytes[0] === 0xff ? "FF FE" : "FE FF"}); convert it first, e.g. iconv -f UTF-16 -t UTF-8`);
  }
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    return { path, ext, text: "", bom: false, encoding, eol: "none", skipped: "binary file (contains NUL bytes) / 二进制文件，已跳过" };
  }
  let decoded: string;
  if (encoding === "utf-8") {
    try {
      decoded = utf8.decode(bytes);
    } catch {
      throw new InputError(notUtf8Message(bytes, path));
    }
  } else {
    decoded = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
    const bad = decoded.indexOf("\uFFFD");
    if (bad >= 0) {
      const line = decoded.slice(0, bad).split(/\r\n|\r|\n/u).length;
      throw new InputError(`${path}: 不是有效的 ${encoding.toUpperCase()} 编码 / not valid ${encoding.toUpperCase()} (undecodable bytes on line ${line}); check --encoding`);
    }
  }
  const bom = decoded.startsWith(BOM);
  const text = bom ? decoded.slice(1) : decoded;
  return { path, ext, text, bom, encoding, eol: detectEol(text) };
}

function isUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/**
 * The probable legacy encoding of bytes that are not UTF-8: decode the first
 * 64 KB as GB18030 and as Big5 and keep the reading whose characters are the
 * more frequent in Chinese (the wrong reading of either is a stream of rare
 * ideographs and replacement characters). Null when neither reads as Chinese.
 */
export function guessEncoding(bytes: Uint8Array): "gb18030" | "big5" | null {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 65536));
  let best: { encoding: "gb18030" | "big5"; score: number } | null = null;
  for (const encoding of ["gb18030", "big5"] as const) {
    const decoded = iconv().decode(sample, encoding);
    // Drop a character possibly cut at the sample's end, keep only non-ASCII.
    const wide = [...decoded.slice(0, -1)].filter((c) => c.codePointAt(0)! > 0x7f);
    if (wide.length === 0) continue;
    const replaced = wide.filter((c) => c === "\uFFFD").length;
    if (replaced / wide.length > 0.02) continue;
    const score = meanCharLogProbability(wide.filter((c) => c !== "\uFFFD").join("")) - 20 * (replaced / wide.length);
    if (!best || score > best.score) best = { encoding, score };
  }
  // Below this, the text is not Chinese in either reading (ordinary prose scores ≈ −7…−9).
  return best && best.score > -14 ? best.encoding : null;
}

function notUtf8Message(bytes: Uint8Array, path: string): string {
  const guess = guessEncoding(bytes);
  if (guess === "gb18030") {
    return `${path}: 不是 UTF-8 编码，疑为 GB18030/GBK / not valid UTF-8; probably GB18030 (GBK): run with --encoding gb18030, or convert it: iconv -f GB18030 -t UTF-8`;
  }
  if (guess === "big5") {
    return `${path}: 不是 UTF-8 编码，疑为 Big5 / not valid UTF-8; probably Big5: run with --encoding big5, or convert it: iconv -f BIG5 -t UTF-8`;
  }
  return `${path}: 不是 UTF-8 编码 / not valid UTF-8, and not recognisably GB18030 or Big5 either (convert it first, e.g. iconv -f <encoding> -t UTF-8)`;
}

export interface ReadOptions extends DecodeOptions {
  /** Refuse files larger than this many bytes (default DEFAULT_MAX_FILE_SIZE). */
  maxFileSize?: number;
  /** How messages name the file (default: `path`). */
  label?: string;
}

export function readSource(path: string, options: ReadOptions = {}): SourceFile {
  const limit = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const label = options.label ?? path;
  let bytes: Buffer;
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (stats.size > limit) throw new InputError(tooLargeMessage(label, stats.size, limit));
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${label}: ${describeIoError(error)}`);
  }
  try {
    return decodeSource(bytes, path, options);
  } catch (error) {
    if (error instanceof InputError && label !== path && error.message.startsWith(path)) throw new InputError(label + error.message.slice(path.length));
    throw error;
  }
}

/** Check decoded standard input against the same limit as files. */
export function checkSize(path: string, size: number, limit = DEFAULT_MAX_FILE_SIZE): void {
  if (size > limit) throw new InputError(tooLargeMessage(path, size, limit));
}

function tooLargeMessage(path: string, size: number, limit: number): string {
  return (
    `${path}: 文件过大 / file too large: ${formatSize(size)} exceeds the limit of ${formatSize(limit)}. ` +
    `Split it at blank lines into smaller files (e.g. csplit or split -C 4M), or raise the limit with --max-file-size (memory and time grow faster than the file)`
  );
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Parse a size such as 5000000, 500k, 5MB, 1.5M. */
export function parseSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/iu.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? "b").toLowerCase()[0]!;
  const factor = unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

/** The bytes to write for `text` in the conventions of `source` (encoding and BOM kept). */
export function encodeLike(source: SourceFile, text: string): Buffer {
  if (source.encoding === "utf-8") return Buffer.from((source.bom ? BOM : "") + text, "utf8");
  const bytes = iconv().encode((source.bom ? BOM : "") + text, source.encoding);
  const back = iconv().decode(bytes, source.encoding);
  if (back !== (source.bom ? BOM : "") + text) {
    const lost = [...text].find((c) => iconv().decode(iconv().encode(c, source.encoding), source.encoding) !== c) ?? "?";
    throw new FixSafetyError(
      `修复后的文本含有 ${source.encoding.toUpperCase()} 无法表示的字符 / the fixed text has a character ${source.encoding.toUpperCase()} cannot encode ("${lost}", U+${lost.codePointAt(0)!.toString(16).toUpperCase()}); nothing was written`,
    );
  }
  return bytes;
}

/** Write via a temporary file in the same folder and a rename: never a half-written file. */
export function writeAtomically(path: string, data: Buffer | string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.jiaodui-tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(temporary, data, { flag: "wx" });
    if (mode !== undefined) chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // The temporary file was never created.
    }
    throw new InputError(`${path}: 无法写入 / cannot write: ${describeIoError(error)}`);
  }
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "文件不存在 / no such file";
    case "EACCES":
    case "EPERM":
      return "没有权限 / permission denied";
    case "EISDIR":
      return "是目录 / is a directory";
    default:
      return (error as Error).message;
  }
}
