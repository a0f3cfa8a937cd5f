import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { decodeSource, encodeLike, guessEncoding, parseSize, readSource, writeAtomically } from "./source.js";

describe("decodeSource", () => {
  it("removes the BOM so offsets index the text after it, and remembers it", () => {
    const source = decodeSource(Buffer.from("\uFEFF中文\r\n第二行", "utf8"), "a.txt");
    expect(source.text).toBe("中文\r\n第二行");
    expect(source.bom).toBe(true);
    expect(source.eol).toBe("crlf");
    expect(encodeLike(source, source.text).equals(Buffer.from("\uFEFF中文\r\n第二行", "utf8"))).toBe(true);
  });

  it("keeps CR line endings as they are", () => {
    expect(decodeSource(Buffer.from("甲\r乙\r", "utf8"), "a.txt")).toMatchObject({ text: "甲\r乙\r", eol: "cr" });
  });

  it("refuses bytes that are not UTF-8 with a clear message", () => {
    const gbk = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
    expect(() => decodeSource(gbk, "gbk.txt")).toThrow(InputError);
    expect(() => decodeSource(gbk, "gbk.txt")).toThrow(/UTF-8/);
  });

  it("skips binary files", () => {
    expect(decodeSource(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), "x.txt").skipped).toMatch(/binary/);
  });

  it("reports a missing file as an input error", () => {
    expect(() => readSource("/nonexistent/jiaodui.txt")).toThrow(/no such file/);
  });
});

describe("writeAtomically", () => {
  it("replaces the file, keeps its mode and leaves no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-"));
    const path = join(dir, "doc.txt");
    writeFileSync(path, "旧");
    chmodSync(path, 0o640);
    writeAtomically(path, "新");
    expect(readFileSync(path, "utf8")).toBe("新");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["doc.txt"]);
  });

  it("fails cleanly when the folder does not exist", () => {
    expect(() => writeAtomically("/nonexistent-dir/doc.txt", "x")).toThrow(InputError);
  });
});

describe("legacy encodings", () => {
  it("decodes with the encoding asked for and encodes back to the same bytes", async () => {
    const iconv = (await import("iconv-lite")).default;
    const bytes = iconv.encode("雙方將深化交流。\r\n", "big5");
    const source = decodeSource(bytes, "a.txt", { encoding: "big5" });
    expect(source).toMatchObject({ text: "雙方將深化交流。\r\n", encoding: "big5", eol: "crlf", bom: false });
    expect(encodeLike(source, source.text).equals(bytes)).toBe(true);
  });

  it("refuses to write a fix the encoding cannot represent", async () => {
    const iconv = (await import("iconv-lite")).default;
    const source = decodeSource(iconv.encode("雙方", "big5"), "a.txt", { encoding: "big5" });
    expect(() => encodeLike(source, "雙方😀")).toThrow(/BIG5 cannot encode \("😀", U\+1F600\); nothing was written/);
  });

  it("guesses GB18030 and Big5, and nothing for bytes that are neither", async () => {
    const iconv = (await import("iconv-lite")).default;
    expect(guessEncoding(iconv.encode("双方将深化交流和合作，不断拓展合作领域。", "gbk"))).toBe("gb18030");
    expect(guessEncoding(iconv.encode("雙方將深化交流和合作，不斷拓展合作領域。", "big5"))).toBe("big5");
    expect(guessEncoding(Buffer.from([0x80, 0x81, 0xff, 0xfe, 0x90]))).toBeNull();
  });

  it("parses sizes", () => {
    expect(parseSize("5MB")).toBe(5 * 1024 * 1024);
    expect(parseSize("500k")).toBe(512000);
    expect(parseSize("1234")).toBe(1234);
    expect(parseSize("lots")).toBeUndefined();
  });
});
