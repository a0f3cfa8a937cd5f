/**
 * `jiaodui repair`: relocations of displaced fragments (and the signature block
 * displaced with them), then the safe fixes, behind a content guard.
 *
 * The bundled sample is the acceptance case: document 2's end sits in
 * document 1's signature table with document 2's signature after it. Our own
 * two-document files cover Markdown and plain text, a signature block to move
 * and one to delete as a copy; then the command's errors and --dry-run.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderSampleRepaired, REPAIRED_SAMPLE } from "../scripts/sample-repair.js";
import { REPORTS_DIR } from "../scripts/reports.js";
import { loadConfig } from "../src/engine/config.js";
import { Engine } from "../src/engine/engine.js";
import { repairSource, verifyRepair } from "../src/engine/repair.js";
import { decodeSource } from "../src/engine/source.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import type { Finding } from "../src/report/types.js";
import { runCli } from "./support/cli.js";
import { SAMPLE } from "./support/paths.js";

/** What a repair must leave no trace of (numbering-gap is missing text: nothing to repair it with). */
const STRUCTURAL = ["orphan-marker", "paragraph-split", "misplaced-fragment", "truncation", "duplicate"];

const engine = new Engine({ config: loadConfig(undefined, PACKAGE_ROOT) });
const original = readFileSync(SAMPLE, "utf8");

function scratch(name: string, content: string | Buffer): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), "jiaodui-repair-"));
  const path = join(dir, name);
  writeFileSync(path, content);
  return { dir, path };
}

async function repairText(text: string, name = "doc.md") {
  return repairSource(engine, decodeSource(Buffer.from(text, "utf8"), name));
}

async function lintText(text: string, name: string): Promise<Finding[]> {
  return (await engine.lintSource(decodeSource(Buffer.from(text, "utf8"), name))).findings;
}

/** Non-white-space characters, sorted: the content multiset. */
const content = (text: string) => [...text.replace(/\s+/gu, "")].sort().join("");
/** Without table syntax: pipes and delimiter rows. */
const withoutTableSyntax = (text: string) =>
  text
    .split("\n")
    .filter((line) => !/^\s*\|?[\s:|-]*-[\s:|-]*\|?\s*$/u.test(line))
    .join("\n")
    .replace(/\|/gu, "");

// ---------------------------------------------------------------------------
// The bundled sample.

describe("repair on the bundled sample", async () => {
  const result = await repairSource(engine, decodeSource(readFileSync(SAMPLE), SAMPLE));
  const repaired = result.output;

  it("--dry-run shows document 2 ending with its displaced paragraphs and its signature block, and writes nothing", async () => {
    const { dir, path } = scratch("sample.txt", readFileSync(SAMPLE));
    const before = readdirSync(dir);
    const run = await runCli(["repair", "--dry-run", path]);
    expect(run.code).toBe(1); // the numbering gap 一、二、 remains: missing text, not an artefact a repair can undo
    expect(readFileSync(path, "utf8")).toBe(original);
    expect(readdirSync(dir)).toEqual(before);
    const added = run.stdout
      .split("\n")
      .filter((line) => line.startsWith("+") && !line.startsWith("+++"))
      .map((line) => line.slice(1))
      .join("\n");
    expect(added).toContain(
      [
        "八、切实提升农业合作水平，保障两国粮食安全。深化农产品贸易合作，在确保安全基础上稳步扩大农产品相互准入，拓展农业领域投资合作。",
        "",
        "双方也愿继续深化人文领域合作，进一步拓展教育、科技、文化、旅游、体育、卫生及其他领域交流。深挖两国地方合作和边境地区合作潜力，提高实效，发展中俄“东北—远东”地区互利合作。",
        "",
        "两国元首责成中华人民共和国政府和俄罗斯联邦政府：",
        "",
        "以上述重点方向为指引，加强相互协作，推动两国合作，起草制定相关规划，并在中俄总理第二十八次定期会晤框架下审议有关执行情况。",
        "",
        "|  |                   |",
        "|--|-------------------|",
        "| 中华人民共和国主席<br>习近平   | 俄罗斯联邦总统<br>弗·弗·普京 |",
        "| 二〇二三年三月二十一日于莫斯科<br>(新华社莫斯科3月21日电)  |                   |",
      ].join("\n"),
    );
    expect(run.stderr).toContain("第 209–212 行的 4 段错位正文移至第 244 行");
    expect(run.stderr).toContain("接成“扩大”");
    expect(run.stderr).toContain("第 213–214 行的签名块随之移至其所属文档末尾");
    expect(run.stderr).toContain("已应用 16 处安全修复");
  });

  it("ends document 2 with its paragraphs and signature; document 1's table keeps only its own signature rows", () => {
    const [doc1, doc2] = repaired.split(/\n(?=# )/u).slice(-2);
    expect(doc1!.trimEnd().split("\n").slice(-4)).toEqual([
      "|  |                   |",
      "|--|-------------------|",
      "| 中华人民共和国主席<br>习近平   | 俄罗斯联邦总统<br>弗·弗·普京 |",
      "| 二〇二三年三月二十一日于莫斯科<br>(新华社莫斯科3月21日电)  |                   |",
    ]);
    expect(doc2).toMatch(/稳步扩大农产品相互准入，拓展农业领域投资合作。\n\n双方也愿继续深化人文领域合作[^\n]*\n\n两国元首责成[^\n]*\n\n以上述重点方向为指引[^\n]*\n\n\|  \|/u);
    expect(doc2!.match(/<br>习近平/gu)).toHaveLength(1);
    expect(repaired.match(/\| 中华人民共和国主席<br>习近平/gu)).toHaveLength(2);
  });

  it("leaves no structural, paragraph-split, misplaced-fragment, truncation or duplicate finding, and no safe fix", async () => {
    const left = await lintText(repaired, "sample.txt");
    expect(left.filter((f) => STRUCTURAL.includes(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
    expect(left.filter((f) => f.fix)).toEqual([]);
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(left.map((f) => f.ruleId).sort());
  });

  it("keeps every non-white-space character but the declared edits (and → 和; pipes of the moved rows, the moved table's header)", () => {
    expect(content(withoutTableSyntax(repaired))).toBe(content(withoutTableSyntax(original).replaceAll(" and ", "和")));
    const declared = result.fixes.filter((fix) => fix.removed.trim() !== "" || fix.inserted.trim() !== "");
    expect(declared.map((fix) => [fix.ruleId, fix.removed.trim(), fix.inserted])).toEqual(Array.from({ length: 4 }, () => ["stray-latin", "and", "和"]));
    expect(result.plan.duplicates).toEqual([]);
  });

  it("is idempotent: repair of the repaired text changes nothing", async () => {
    const again = await repairText(repaired, "sample.txt");
    expect(again.changed).toBe(false);
    expect(again.plan.moves).toEqual([]);
    const { path } = scratch("sample.repaired.txt", repaired);
    const run = await runCli(["repair", path]);
    expect(readFileSync(path, "utf8")).toBe(repaired);
    expect(run.stderr).toContain("无需修复");
  });

  it("reports/sample.repaired.txt is up to date (npm run reports)", async () => {
    expect(readFileSync(join(REPORTS_DIR, REPAIRED_SAMPLE), "utf8") === (await renderSampleRepaired()), "reports/sample.repaired.txt is stale: run `npm run reports`").toBe(true);
    expect(await renderSampleRepaired()).toBe(repaired);
  });

  it("lint --fix never relocates", async () => {
    const { path } = scratch("sample.txt", readFileSync(SAMPLE));
    await runCli(["lint", "--fix", path]);
    const fixed = readFileSync(path, "utf8");
    expect(fixed).toContain("| 大农产品相互准入，拓展农业领域投资合作。   |");
    expect(fixed.trimEnd()).toMatch(/稳步扩$/u);
  });
});

// ---------------------------------------------------------------------------
// Our own documents: two statements; the end of the second laid into the first's signature table.

const titleA = "# 滨江市与江北市关于深化区域合作的框架协议";
const titleB = "# 滨江市与江北市关于共建产业园区的备忘录";
const bodyA = "双方同意在交通、产业、生态等领域加强合作，共同推进重大项目建设。\n\n双方将建立定期会商机制，研究解决合作中的重大问题。";
const bodyB1 = "双方同意共建产业园区，完善园区道路、供水和供电等基础设施。";
const bodyB = `${bodyB1}\n\n双方将推动产业链上下游协同发`;
const sigA = "| 滨江市人民政府<br>市长张明 | 江北市人民政府<br>市长李华 |\n| 2024年3月18日于滨江 |  |";
const sigB = "| 滨江市发展改革委<br>主任王强 | 江北市发展改革委<br>主任赵敏 |\n| 2024年3月20日于江北 |  |";
const tailRows = "| 展，共同打造先进制造业集群。 |  |\n| 双方将设立园区管理委员会，负责园区规划建设和招商引资工作。 |  |";
const head = "|  |  |\n|--|--|\n";
const displaced = `${titleA}\n\n${bodyA}\n\n${head}${sigA}\n${tailRows}\n${sigB}\n\n${titleB}\n\n${bodyB}\n`;
const endB = "双方将推动产业链上下游协同发展，共同打造先进制造业集群。\n\n双方将设立园区管理委员会，负责园区规划建设和招商引资工作。";

describe("repair on our own two-document files", () => {
  it.each([".md", ".txt"])("moves the tail and the signature block back to the second document (%s)", async (ext) => {
    const result = await repairText(displaced, `doc${ext}`);
    expect(result.output).toBe(`${titleA}\n\n${bodyA}\n\n${head}${sigA}\n\n${titleB}\n\n${bodyB1}\n\n${endB}\n\n${head}${sigB}\n`);
    expect(result.plan.signatures.map((s) => s.action)).toEqual(["move"]);
    expect(result.fixes).toEqual([]);
    const left = await lintText(result.output, `doc${ext}`);
    expect(left.filter((f) => STRUCTURAL.includes(f.ruleId))).toEqual([]);
    expect(content(withoutTableSyntax(result.output))).toBe(content(withoutTableSyntax(displaced)));
    expect((await repairText(result.output, `doc${ext}`)).changed).toBe(false);
  });

  it("deletes a displaced signature block that the second document already has, exactly", async () => {
    const text = `${displaced}\n${head}${sigB}\n`;
    const result = await repairText(text);
    expect(result.plan.signatures.map((s) => s.action)).toEqual(["delete"]);
    expect(result.plan.duplicates).toHaveLength(1);
    expect(result.output.match(/滨江市发展改革委/gu)).toHaveLength(1);
    expect(result.output).toContain(`${endB}\n\n${head}${sigB}\n`);
    expect(result.output).toContain(`${head}${sigA}\n\n${titleB}`);
    // Only the copy's characters went (and the pipes of the rows that became paragraphs).
    expect(content(withoutTableSyntax(text))).toBe(content(withoutTableSyntax(result.output + sigB)));
    const left = await lintText(result.output, "doc.md");
    expect(left.filter((f) => STRUCTURAL.includes(f.ruleId))).toEqual([]);
  });

  it("leaves a displaced signature block alone when the second document has a different one", async () => {
    const other = sigB.replace("2024年3月20日", "2024年3月21日");
    const result = await repairText(`${displaced}\n${head}${other}\n`);
    expect(result.plan.signatures).toEqual([]);
    expect(result.plan.keptSignatures).toHaveLength(1);
    expect(result.output).toContain(`${sigA}\n${sigB}\n\n${titleB}`);
    expect(result.output).toContain(endB);
  });

  const plainA = "滨江市与江北市关于深化区域合作的框架协议\n\n双方同意在交通、产业、生态等领域加强合作，共同推进重大项目建设。\n\n双方将建立定期会商机制，研究解决合作中的重大问题。\n\n滨江市人民政府\n\n2024年3月18日";
  const plainTail = "年底前完成首批合作项目的选址工作。\n\n双方将设立园区管理委员会，负责园区规划建设和招商引资工作。";
  const plainSigB = "江北市人民政府\n\n2024年3月20日";
  const plainB = "滨江市与江北市关于共建产业园区的备忘录\n\n双方同意共建产业园区，完善园区道路、供水和供电等基础设施。\n\n双方将推动产业园区建设，并在";
  const plain = `${plainA}\n\n${plainTail}\n\n${plainSigB}\n\n${plainB}\n`;

  it("plain text: moves the paragraphs after a signature and the signature after them", async () => {
    const result = await repairText(plain, "doc.txt");
    expect(result.output).toBe(`${plainA}\n\n${plainB}${plainTail}\n\n${plainSigB}\n`);
    expect(result.plan.signatures.map((s) => s.action)).toEqual(["move"]);
    expect(content(result.output)).toBe(content(plain));
    const left = await lintText(result.output, "doc.txt");
    expect(left.filter((f) => STRUCTURAL.includes(f.ruleId))).toEqual([]);
    expect((await repairText(result.output, "doc.txt")).changed).toBe(false);
  });

  it("plain text: deletes the displaced copy of the signature the second document ends with", async () => {
    const text = `${plain}\n${plainSigB}\n`;
    const result = await repairText(text, "doc.txt");
    expect(result.plan.signatures.map((s) => s.action)).toEqual(["delete"]);
    expect(result.output).toBe(`${plainA}\n\n${plainB}${plainTail}\n\n${plainSigB}\n`);
    expect(content(text)).toBe(content(result.output + plainSigB));
  });

  it("keeps the BOM and CRLF line endings when writing in place", async () => {
    const { path } = scratch("doc.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(displaced.replace(/\n/gu, "\r\n"), "utf8")]));
    const run = await runCli(["repair", path]);
    expect(run.code).toBe(0);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf8");
    expect(text.replace(/\r\n/gu, "")).not.toMatch(/[\r\n]/u);
    expect(text).toContain("协同发展，共同打造先进制造业集群。\r\n\r\n双方将设立");
    expect(text).toContain(`\r\n\r\n${head.replace(/\n/gu, "\r\n")}${sigB.replace(/\n/gu, "\r\n")}\r\n`);
  });

  it("-o writes the repaired document elsewhere and leaves the input alone", async () => {
    const { dir, path } = scratch("doc.md", displaced);
    const out = join(dir, "fixed.md");
    const run = await runCli(["repair", path, "-o", out, "--locale", "en"]);
    expect(run.code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(displaced);
    expect(readFileSync(out, "utf8")).toContain(endB);
    expect(run.stderr).toContain("moved 2 displaced paragraph(s) from lines 11–12");
    expect(run.stderr).toContain(`written to ${out}`);
  });
});

// ---------------------------------------------------------------------------
// The command's errors, and --dry-run.

describe("jiaodui repair: errors and --dry-run", () => {
  it("refuses a missing file (exit 2)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "jiaodui-repair-"));
    const run = await runCli(["repair", join(dir, "nope.md")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.md: .*no such file/u);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses a directory (exit 2)", async () => {
    const { dir } = scratch("doc.md", displaced);
    const run = await runCli(["repair", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is a directory");
  });

  it("refuses -o into a missing folder (exit 2), writing nothing", async () => {
    const { dir, path } = scratch("doc.md", displaced);
    const run = await runCli(["repair", path, "-o", join(dir, "missing", "out.md")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot write");
    expect(readFileSync(path, "utf8")).toBe(displaced);
    expect(readdirSync(dir)).toEqual(["doc.md"]);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });

  it("refuses standard input and a second path (exit 2)", async () => {
    expect((await runCli(["repair", "-"])).code).toBe(2);
    const { path } = scratch("doc.md", displaced);
    expect((await runCli(["repair", path, path])).code).toBe(2);
  });

  it("--dry-run prints the diff and writes nothing, with or without -o", async () => {
    const { dir, path } = scratch("doc.md", displaced);
    mkdirSync(join(dir, "out"));
    for (const extra of [[], ["-o", join(dir, "out", "fixed.md")]]) {
      const run = await runCli(["repair", "--dry-run", path, ...extra]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("+双方将推动产业链上下游协同发展，共同打造先进制造业集群。");
      expect(run.stdout).toContain("-| 展，共同打造先进制造业集群。 |  |");
      expect(run.stderr).toContain("试运行：未写入任何文件");
      expect(readFileSync(path, "utf8")).toBe(displaced);
      expect(readdirSync(dir).sort()).toEqual(["doc.md", "out"]);
      expect(readdirSync(join(dir, "out"))).toEqual([]);
    }
  });

  it("a clean file: nothing to repair, nothing written", async () => {
    const clean = `${titleA}\n\n${bodyA}\n`;
    const { dir, path } = scratch("doc.md", clean);
    const run = await runCli(["repair", path]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("无需修复");
    expect(readdirSync(dir)).toEqual(["doc.md"]);
  });
});

// ---------------------------------------------------------------------------
// The guard itself.

describe("verifyRepair", () => {
  const none = { markup: { removed: "", inserted: "" }, duplicates: [] };
  it("accepts moved text and white-space changes", () => {
    expect(() => verifyRepair("甲乙。\n\n丙丁。", "丙丁。甲乙。", none, [])).not.toThrow();
  });
  it("refuses a lost or an added character", () => {
    expect(() => verifyRepair("甲乙。\n\n丙丁。", "甲乙。丙。", none, [])).toThrow(/lose "丁"/u);
    expect(() => verifyRepair("甲乙。", "甲乙。。", none, [])).toThrow(/add "。"/u);
  });
  it("accepts only the declared fixes, table syntax and duplicate copies", () => {
    expect(() => verifyRepair("甲 and 乙", "甲和乙", none, [{ removed: " and ", inserted: "和" }])).not.toThrow();
    expect(() => verifyRepair("| 甲乙。 |  |", "甲乙。", { markup: { removed: "|||", inserted: "" }, duplicates: [] }, [])).not.toThrow();
    expect(() => verifyRepair("| 甲乙。 |  |", "甲乙。", none, [])).toThrow(/lose "\|"/u);
    expect(() => verifyRepair("甲乙\n\n甲乙", "甲乙", { markup: { removed: "", inserted: "" }, duplicates: [{ removed: "甲乙", original: "甲乙" }] }, [])).not.toThrow();
    expect(() => verifyRepair("甲乙\n\n甲丙", "甲乙", { markup: { removed: "", inserted: "" }, duplicates: [{ removed: "甲丙", original: "甲乙" }] }, [])).toThrow(/not a copy/u);
  });
});
