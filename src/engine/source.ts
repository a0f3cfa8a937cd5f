/**
 * Reading and writing documents: decoded once (UTF-8, BOM removed so offsets
 * index the text after it), line endings kept as they are, and written back
 * atomically with the same BOM and file mode.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { detectEol } from "../doc/lines.js";
import { InputError } from "../errors.js";

export interface SourceFile {
  path: string;
  /** Lower-case extension with the dot, e.g. ".txt". */
  ext: string;
  /** Decoded text, without the BOM. */
  text: string;
  bom: boolean;
  encoding: "utf-8";
  eol: ReturnType<typeof detectEol>;
  /** Set when the file is not linted (binary…). */
  skipped?: string;
}

const BOM = "\uFEFF";
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode bytes into a SourceFile; refuse what is not UTF-8 text. */
export function decodeSource(bytes: Uint8Array, path: string): SourceFile {
  const ext = extname(path).toLowerCase() || ".txt";
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) {
    return { path, ext, text: "", bom: false, encoding: "utf-8", eol: "none", skipped: "binary file (contains NUL bytes) / 二进制文件，已跳过" };
  }
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    throw new InputError(`${path}: 不是 UTF-8 编码 / not valid UTF-8 (convert it first, e.g. iconv -f GB18030 -t UTF-8)`);
  }
  const bom = decoded.startsWith(BOM);
  const text = bom ? decoded.slice(1) : decoded;
  return { path, ext, text, bom, encoding: "utf-8", eol: detectEol(text) };
}

export function readSource(path: string): SourceFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: ${describeIoError(error)}`);
  }
  return decodeSource(bytes, path);
}

/** The bytes to write for `text` in the conventions of `source` (BOM kept). */
export function encodeLike(source: SourceFile, text: string): Buffer {
  return Buffer.from((source.bom ? BOM : "") + text, "utf8");
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
