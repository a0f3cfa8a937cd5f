/** The fix pipeline keeps a file's conventions: BOM, CRLF or CR line endings, file mode. */
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";

const BOM = "\uFEFF";
const LINES = ["# 关于加强合作的通知", "", "双方将深化交流 and 合作，不断拓", "", "展合作领域。", ""];


async function fix(content: string) {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-fix-"));
  const path = join(dir, "doc.txt");
  writeFileSync(path, content, "utf8");
  chmodSync(path, 0o600);
  const result = await runCli(["lint", "--fix", "--rule", "stray-latin", "--rule", "paragraph-split", path]);
  return { result, after: readFileSync(path, "utf8"), mode: statSync(path).mode & 0o777 };
}

describe("fix pipeline", () => {
  it.each([
    ["LF", "\n", ""],
    ["CRLF with BOM", "\r\n", BOM],
    ["CR", "\r", ""],
  ])("%s: fixes the artefacts and keeps BOM and line endings", async (_, eol, bom) => {
    const { result, after, mode } = await fix(bom + LINES.join(eol));
    expect(result.code).toBe(0);
    expect(after).toBe(bom + ["# 关于加强合作的通知", "", "双方将深化交流和合作，不断拓展合作领域。", ""].join(eol));
    expect(mode).toBe(0o600);
  });

  it("a second --fix changes nothing (idempotent)", async () => {
    const first = await fix(LINES.join("\r\n"));
    const second = await fix(first.after);
    expect(second.after).toBe(first.after);
    expect(second.result.stderr).toBe("");
  });
});
