/**
 * What iconv-lite encodes a BMP character to in the two codecs mojibake.ts
 * re-encodes with: GB18030 (when two bytes) and Windows-1252 (when one byte).
 * Precompiled by scripts/build-legacy-bytes.ts into
 * data/generated/legacy-bytes.bin, because iconv-lite builds its whole
 * GB18030 encoding table (≈ 100 ms) on the first encode, which every first
 * lint of Chinese text would pay. When the file is missing or was made with
 * another iconv-lite version, iconv-lite itself answers (same bytes).
 *
 * File layout (little endian):
 *   uint32 headerLength | header JSON | padding to 4 bytes
 *   uint16[65536]  GB18030 two-byte code (lead << 8 | trail) of each code unit; 0: not two bytes
 *   uint8[65536]   Windows-1252 byte of each code unit; 0: not one byte
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { GENERATED_DATA_DIR } from "../paths.js";

export const LEGACY_BYTES_FILE = "legacy-bytes.bin";

const require = createRequire(import.meta.url);
type Iconv = { encode(text: string, encoding: string): Buffer; decode(bytes: Buffer, encoding: string): string };
let iconvModule: Iconv | undefined;
/** iconv-lite, loaded at first use only (it builds its tables on load): where the table cannot answer (astral characters, no table), and for legacy-misread.ts. */
export const iconv = (): Iconv => (iconvModule ??= require("iconv-lite") as Iconv);
const iconvVersion = (): string => (JSON.parse(readFileSync(require.resolve("iconv-lite/package.json"), "utf8")) as { version: string }).version;

/** The bytes iconv-lite gives for one character. */
export function iconvBytes(char: string, encoding: "gb18030" | "windows-1252"): number[] {
  return [...iconv().encode(char, encoding)];
}

interface Tables {
  gbk: Uint16Array;
  cp1252: Uint8Array;
}

/** Both tables, from iconv-lite (the build script, and the fallback). */
export function computeLegacyBytes(): Tables {
  const gbk = new Uint16Array(0x10000);
  const cp1252 = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const char = String.fromCharCode(code);
    const g = iconvBytes(char, "gb18030");
    if (g.length === 2) gbk[code] = (g[0]! << 8) | g[1]!;
    const w = iconvBytes(char, "windows-1252");
    if (w.length === 1) cp1252[code] = w[0]!;
  }
  return { gbk, cp1252 };
}

export function encodeLegacyBytes(tables: Tables): Buffer {
  const headerBytes = Buffer.from(JSON.stringify({ format: 1, iconv: iconvVersion() }), "utf8");
  const head = Buffer.alloc(Math.ceil((4 + headerBytes.length) / 4) * 4);
  head.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(head, 4);
  return Buffer.concat([head, Buffer.from(tables.gbk.buffer, tables.gbk.byteOffset, tables.gbk.byteLength), Buffer.from(tables.cp1252)]);
}

let tables: Tables | null | undefined;

function load(): Tables | null {
  if (tables === undefined) {
    tables = null;
    const path = join(GENERATED_DATA_DIR, LEGACY_BYTES_FILE);
    if (existsSync(path)) {
      const bytes = readFileSync(path);
      const headerLength = bytes.readUInt32LE(0);
      const header = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as { format: number; iconv: string };
      if (header.format === 1 && header.iconv === iconvVersion()) {
        const at = Math.ceil((4 + headerLength) / 4) * 4;
        // Copies: the file's buffer need not be aligned.
        tables = {
          gbk: new Uint16Array(bytes.buffer.slice(bytes.byteOffset + at, bytes.byteOffset + at + 0x20000)),
          cp1252: new Uint8Array(bytes.buffer.slice(bytes.byteOffset + at + 0x20000, bytes.byteOffset + at + 0x30000)),
        };
      }
    }
  }
  return tables;
}

/** GB18030 bytes of the character `codePoint` when they are two; undefined otherwise. */
export function gb18030TwoBytes(codePoint: number): number[] | undefined {
  const t = codePoint <= 0xffff ? load() : null;
  if (t) {
    const code = t.gbk[codePoint]!;
    return code === 0 ? undefined : [code >> 8, code & 0xff];
  }
  const bytes = iconvBytes(String.fromCodePoint(codePoint), "gb18030");
  return bytes.length === 2 ? bytes : undefined;
}

/** The Windows-1252 byte of the character `codePoint` when it is one byte; undefined otherwise. */
export function windows1252Byte(codePoint: number): number | undefined {
  const t = codePoint <= 0xffff ? load() : null;
  if (t) {
    const byte = t.cp1252[codePoint]!;
    return byte === 0 && codePoint !== 0 ? undefined : byte;
  }
  const bytes = iconvBytes(String.fromCodePoint(codePoint), "windows-1252");
  return bytes.length === 1 ? bytes[0] : undefined;
}

/**
 * The byte that Latin-1 or Windows-1252 reads as `codePoint`, 0x80 and above: U+0080–00FF are
 * Latin-1's bytes (C1 controls included), and Windows-1252 puts 27 more characters in 0x80–0x9F
 * (€ ‚ … “ ” —). Undefined for anything else.
 */
export function latinHighByte(codePoint: number): number | undefined {
  if (codePoint >= 0x80 && codePoint <= 0xff) return codePoint;
  if (codePoint < 0x100 || codePoint > 0x2122) return undefined;
  const byte = windows1252Byte(codePoint);
  return byte !== undefined && byte >= 0x80 ? byte : undefined;
}
