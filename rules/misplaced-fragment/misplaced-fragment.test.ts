import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { describe, expect, it } from "vitest";
import { getBlocks } from "../../src/doc/blocks.js";
import { applyRelocationPlan, planRelocation } from "../../src/doc/relocation.js";
import { chooseSyntax, parseDocument, plugin } from "../../src/plugin.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const kernel = new TextlintKernel();
const lint = async (text: string, ext = ".txt") =>
  (await kernel.lintText(text, { ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "misplaced-fragment", rule }] })).messages;
type Data = { messageId: string; severity: string; related: { message: string; range: [number, number] }[] };
const data = (m: TextlintMessage) => (m.data as { jiaodui: Data }).jiaodui;
const plan = (text: string, ext = ".txt") => {
  const ast = parseDocument(text, chooseSyntax(text, ext));
  return planRelocation(getBlocks(ast, text), text);
};

// ---------------------------------------------------------------------------
// Our own documents.

const sig = "|  |  |\n|--|--|\n| 滨江市人民政府<br>市长 张明 | 江北市人民政府<br>市长 李华 |\n| 2024年3月18日于滨江 |  |";
const docA = "# 滨江市与江北市关于深化区域合作的框架协议\n\n双方同意在交通、产业、生态等领域加强合作。\n\n双方将建立定期会商机制，研究解决合作中的重大问题。";
const docB = "# 滨江市与江北市关于共建产业园区的备忘录\n\n双方同意共建产业园区，推动产业链上下游协同发展。";

const valid: { text: string; ext?: string }[] = [
  // A signature table of names, offices and dates only.
  { text: `${docA}\n\n${sig}\n` },
  // Two documents, each with its own signature table.
  { text: `${docA}\n\n${sig}\n\n${docB}\n\n${sig}\n` },
  // A lookup table of labels (条文 | 罪名), and a table whose rows pair a label with an explanation.
  { text: "# 罪名补充规定\n\n| 刑法条文 | 罪名 |\n|---|---|\n| 第一百三十三条之二 | 妨害安全驾驶罪 |\n| 第二百九十一条之二 | 高空抛物罪（取消某罪名） |\n| 第二百九十三条之一 | 催收非法债务罪 |\n\n本规定自公布之日起施行。\n" },
  { text: "| 项目 | 说明 |\n|---|---|\n| 统筹协调 | 市发展改革委负责，按季度报送进展。 |\n| 资金保障 | 市财政局负责，确保资金及时到位。 |\n", ext: ".md" },
  // A note row under a label table.
  { text: "| 单位 | 负责人 |\n|---|---|\n| 市财政局 | 王芳 |\n| 市教育局 | 赵强 |\n| 市卫健委 | 钱进 |\n| 注：以上人员如有变动，由各单位另行报送。 |  |\n", ext: ".md" },
  // Plain text: signature lines, then an attachment note and another complete document.
  { text: "双方同意加强合作。\n\n滨江市人民政府\n\n2024年3月18日\n\n附件：合作项目清单\n\n关于共建产业园区的备忘录\n\n双方同意共建产业园区。\n" },
  // A document cut at the end of the file, with nothing displaced: truncation's business.
  { text: `${docA}\n\n${sig}\n\n${docB.replace("协同发展。", "协同发")}\n` },
];

// The end of document B (cut at 协同发|展) laid into document A's signature table.
const displacedMd = `${docA}\n\n|  |  |\n|--|--|\n| 滨江市人民政府<br>市长 张明 | 江北市人民政府<br>市长 李华 |\n| 2024年3月18日于滨江 |  |\n| 展，共同打造先进制造业集群。 |  |\n| 双方将设立园区管理委员会，负责园区规划建设。 |  |\n\n# 滨江市与江北市关于共建产业园区的备忘录\n\n双方同意共建产业园区，推动产业链上下游协同发\n`;
// Plain text: the rest of a sentence after the signature, the document above cut after 并在.
const displacedTxt = "双方同意在交通、产业、生态等领域加强合作，并在\n\n滨江市人民政府\n\n2024年3月18日\n\n年底前完成首批合作项目的选址工作。\n";
// One document: its last sentence pulled into its own signature table.
const singleMd = "# 关于做好防汛工作的通知\n\n各区县要加强值班值守，落实防汛责任，确保安全度\n\n|  |  |\n|--|--|\n| 滨江市人民政府 |  |\n| 2024年3月18日 |  |\n| 汛。各区县要及时报告险情。 |  |\n";
// Prose in a signature table with no dangling tail anywhere.
const strayMd = "# 关于做好防汛工作的通知\n\n各区县要加强值班值守。\n\n|  |  |\n|--|--|\n| 滨江市人民政府 |  |\n| 2024年3月18日 |  |\n| 各区县要及时报告险情，确保人民群众生命安全。 |  |\n";

const invalid: { text: string; ext?: string; count: number; first: string; tail?: string }[] = [
  { text: displacedMd, count: 2, first: "continues-tail", tail: "协同发" },
  { text: displacedMd.replace(/\n/gu, "\r\n"), count: 2, first: "continues-tail", tail: "协同发" },
  { text: displacedMd, ext: ".md", count: 2, first: "continues-tail", tail: "协同发" },
  { text: displacedTxt, count: 1, first: "continues-tail", tail: "并在" },
  { text: singleMd, count: 1, first: "continues-tail", tail: "确保安全度" },
  { text: strayMd, count: 1, first: "no-destination" },
];

const counted = await Promise.all(
  invalid.map(async (c) => ({ text: c.text, ext: c.ext ?? ".txt", errors: (await lint(c.text, c.ext)).map(() => ({})) }) as unknown as InvalidCase),
);
testRule("misplaced-fragment", rule, { valid: valid as never[], invalid: counted });

describe("invalid cases name the destination", () => {
  it.each(invalid)("case %#", async (c) => {
    const messages = await lint(c.text, c.ext);
    expect(messages).toHaveLength(c.count);
    expect(data(messages[0]!).messageId).toBe(c.first);
    if (c.tail) {
      for (const m of messages) {
        expect(m.message).toContain(c.tail);
        const related = data(m).related[0]!;
        expect(c.text.slice(related.range[0], related.range[1]).endsWith(c.tail)).toBe(true);
      }
      expect(messages.slice(1).every((m) => data(m).messageId === "follows-fragment")).toBe(true);
    }
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
  });
});

describe("relocation plan", () => {
  it("moves the displaced rows after the dangling tail, in order, joined with no break", () => {
    const p = plan(displacedMd);
    expect(p.moves.map((m) => m.join)).toEqual(["continue", "paragraph"]);
    expect(p.moves.map((m) => m.order)).toEqual([0, 1]);
    const repaired = applyRelocationPlan(displacedMd, p);
    expect(repaired).toContain("推动产业链上下游协同发展，共同打造先进制造业集群。\n\n双方将设立园区管理委员会，负责园区规划建设。\n");
    expect(repaired).not.toContain("| 展，");
    expect(repaired).toContain("| 2024年3月18日于滨江 |  |\n\n# 滨江市与江北市关于共建产业园区的备忘录");
    // Nothing is lost: only white space and table pipes change.
    const squash = (s: string) => s.replace(/[\s|]/gu, "");
    expect([...squash(repaired)].sort().join("")).toBe([...squash(displacedMd)].sort().join(""));
    // The repaired text has nothing left to move.
    expect(plan(repaired).moves).toEqual([]);
  });

  it("keeps the file's line endings and plain-text paragraphs", () => {
    expect(applyRelocationPlan(displacedMd.replace(/\n/gu, "\r\n"), plan(displacedMd.replace(/\n/gu, "\r\n")))).toContain("协同发展，共同打造先进制造业集群。\r\n\r\n双方将设立");
    expect(applyRelocationPlan(displacedTxt, plan(displacedTxt))).toBe("双方同意在交通、产业、生态等领域加强合作，并在年底前完成首批合作项目的选址工作。\n\n滨江市人民政府\n\n2024年3月18日\n");
  });

  it("has no moves for a fragment without a destination", () => {
    const p = plan(strayMd);
    expect(p.fragments).toHaveLength(1);
    expect(p.moves).toEqual([]);
    expect(p.edits).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// The bundled sample: document 2's end (稳步扩|大农产品…) sits in document 1's signature table.

describe("bundled sample", () => {
  const text = readFileSync(join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt"), "utf8");
  it("reports the four displaced rows, each with the destination after 稳步扩", async () => {
    const messages = await lint(text);
    expect(messages.map((m) => m.line)).toEqual([209, 210, 211, 212]);
    expect(messages.map((m) => data(m).messageId)).toEqual(["continues-tail", "follows-fragment", "follows-fragment", "follows-fragment"]);
    expect(messages[0]!.message).toContain("扩大");
    for (const m of messages) {
      expect(data(m).severity).toBe("error");
      const related = data(m).related[0]!.range;
      expect(text.slice(related[0], related[1])).toMatch(/稳步扩$/u);
      expect(related[1]).toBe(text.trimEnd().length);
    }
  });

  it("plans the rows back to the end of document 2", () => {
    const repaired = applyRelocationPlan(text, plan(text));
    expect(repaired).toMatch(/稳步扩大农产品相互准入，拓展农业领域投资合作。\n\n双方也愿继续深化人文领域合作/u);
    expect(repaired.trimEnd()).toMatch(/审议有关执行情况。$/u);
    expect(plan(repaired).fragments).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// Corpus-backed tests: the tuning half (even-numbered files) of ../shared/corpus/dev/.

const corpusDir = join(here, "..", "..", "..", "shared", "corpus", "dev");
const evenFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /^dev_\d*[02468]_.*\.md$/u.test(f)).sort() : [];
const read = (file: string) => readFileSync(join(corpusDir, file), "utf8");

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("finds nothing in clean %s", async (file) => {
    expect((await lint(read(file), ".md")).map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it("finds the tail of one document moved into the signature table of another, with its destination", async () => {
    let cases = 0;
    let found = 0;
    let placed = 0;
    for (let i = 0; i + 1 < evenFiles.length; i += 2) {
      const first = read(evenFiles[i]!).trimEnd();
      const second = read(evenFiles[i + 1]!).trimEnd();
      const paragraphs = second.split("\n\n");
      const last = paragraphs.at(-1)!;
      // Cut the last paragraph of the second document inside its last sentence, after an ideograph.
      const positions = [...last.matchAll(/\p{Unified_Ideograph}(?=\p{Unified_Ideograph})/gu)].map((m) => m.index + 1).filter((p) => p > 6 && p < last.length - 6);
      if (last.startsWith("|") || last.startsWith("#") || positions.length === 0) continue;
      const cut = positions[Math.floor(positions.length / 2)]!;
      const head = last.slice(cut);
      const file = `${first}\n\n|  |  |\n|--|--|\n| 国务院 |  |\n| 2020年5月28日 |  |\n| ${head} |  |\n\n${[...paragraphs.slice(0, -1), last.slice(0, cut)].join("\n\n")}\n`;
      cases++;
      const messages = await lint(file, ".md");
      const row = file.indexOf(`| ${head} |`);
      const hit = messages.find((m) => m.index === row);
      if (hit) found++;
      if (hit && data(hit).related[0]!.range[1] === file.trimEnd().length) placed++;
      // Nothing else is reported.
      expect(messages.filter((m) => m !== hit).map((m) => m.message)).toEqual([]);
    }
    expect(cases).toBeGreaterThan(10);
    expect(found / cases).toBeGreaterThanOrEqual(0.9);
    expect(placed).toBe(found);
  });

  it("finds nothing when two clean documents are joined into one file, each with its own signature", async () => {
    for (let i = 0; i + 1 < evenFiles.length; i += 2) {
      const file = `${read(evenFiles[i]!).trimEnd()}\n\n${sig}\n\n${read(evenFiles[i + 1]!).trimEnd()}\n\n${sig}\n`;
      expect((await lint(file, ".md")).map((m) => m.message)).toEqual([]);
    }
  });
});
