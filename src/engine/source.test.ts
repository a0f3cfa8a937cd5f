import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { decodeSource, encodeLike, readSource, writeAtomically } from "./source.js";

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
