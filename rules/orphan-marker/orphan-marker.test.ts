import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { numberingSites } from "../../src/eval/numbering-injectors.js";
import { Rng } from "../../src/eval/random.js";
import { plugin } from "../../src/plugin.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";

const here = dirname(fileURLToPath(import.meta.url));
const kernel = new TextlintKernel();
const options = (ext: string) => ({ ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "orphan-marker", rule }] });
const lint = async (text: string, ext = ".txt") => (await kernel.lintText(text, options(ext))).messages;
const fix = async (text: string, ext = ".txt") => (await kernel.fixText(text, options(ext))).output;

// ---------------------------------------------------------------------------
// Tables of our own sentences; invalid cases give the text after the safe fix.

const valid: (string | { text: string; ext?: string })[] = [
  "一、加强组织领导。\n\n二、做好物资准备。",
  "第一条　为了规范管理，制定本法。\n\n第二条　本法适用于各类活动。",
  { text: "## 第一章　总则\n\n第一条　为了规范管理，制定本法。", ext: ".md" },
  // A number alone is not a marker (page numbers belong to page-furniture).
  "双方同意加强合作。\n\n3\n\n双方将深化交流。",
  "（一）统筹协调；\n（二）资金保障。",
];

const invalid: { text: string; output: string; ext?: string; errors?: number }[] = [
  { text: "五、\n\n双方重申致力于维护国际体系。", output: "五、双方重申致力于维护国际体系。" },
  { text: "双方同意加强合作。\n\n六、\n\n双方将继续密切协作。\n\n七、双方强调合作。", output: "双方同意加强合作。\n\n六、双方将继续密切协作。\n\n七、双方强调合作。" },
  { text: "（三）\n\n坚持底线思维。", output: "（三）坚持底线思维。" },
  { text: "五、\r\n\r\n双方重申合作。", output: "五、双方重申合作。" },
  // Plain text, one line per paragraph: the marker alone on its line.
  { text: "四、加强领导。\n五、\n做好准备。", output: "四、加强领导。\n五、做好准备。" },
  // An article keeps the separator the document uses after article numbers.
  { text: "第一条　为了规范管理，制定本法。\n\n第二条\n\n本法适用于各类活动。", output: "第一条　为了规范管理，制定本法。\n\n第二条　本法适用于各类活动。" },
  { text: "# 声明\n\n九、\n\n双方认为，应当加强合作。", output: "# 声明\n\n九、双方认为，应当加强合作。", ext: ".md" },
];

/** Reported, but with nothing safe to join. */
const unfixable: { text: string; ext?: string }[] = [
  { text: "双方同意加强合作。\n\n五、" },
  { text: "五、\n\n六、双方将继续密切协作。" },
  { text: "# 声明\n\n五、\n\n## 附件", ext: ".md" },
  { text: "# 声明\n\n## 五、\n\n双方将继续密切协作。", ext: ".md" },
];

const counted = await Promise.all(
  [...invalid.map((c) => ({ ...c })), ...unfixable.map((c) => ({ ...c, output: c.text }))].map(
    async (c) => ({ text: c.text, output: c.output, ext: c.ext ?? ".txt", errors: (await lint(c.text, c.ext)).map(() => ({})) }) as unknown as InvalidCase,
  ),
);

testRule("orphan-marker", rule, { valid: valid.map((c) => (typeof c === "string" ? { text: c } : c)) as never[], invalid: counted });

describe("cases report what they should", () => {
  it.each(invalid)("one orphan in %#", async (c) => {
    expect(await lint(c.text, c.ext)).toHaveLength(c.errors ?? 1);
  });
  it.each(unfixable)("an orphan without a fix in %#", async (c) => {
    const messages = await lint(c.text, c.ext);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.fix).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------
// The bundled sample: the four lone markers 五、 六、 七、 九、.

describe("bundled sample", () => {
  const text = readFileSync(join(here, "..", "..", "samples", "000_b0e387f7a5bfc16d.txt"), "utf8");
  it("finds exactly the four orphan markers and joins them", async () => {
    const messages = await lint(text);
    expect(messages.map((m) => text.slice(m.range[0], m.range[0] + 2))).toEqual(["五、", "六、", "七、", "九、"]);
    const output = await fix(text);
    for (const marker of ["五、双方重申", "六、双方将继续密切协作", "七、双方强调", "九、双方认为"]) expect(output).toContain(marker);
    expect(output.replace(/\s+/gu, "")).toBe(text.replace(/\s+/gu, ""));
    expect(await lint(output)).toHaveLength(0);
  });
});

// ---------------------------------------------------------------------------
// Corpus: the tuning half is clean; a detached marker is found and fixed back.

const corpusDir = join(here, "..", "..", "..", "shared", "corpus", "dev");
const evenFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => /^dev_\d*[02468]_.*\.md$/u.test(f)) : [];

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  it.each(evenFiles)("finds no orphan marker in clean %s", async (file) => {
    const messages = await lint(readFileSync(join(corpusDir, file), "utf8"), ".md");
    expect(messages.map((m) => `${m.line}: ${m.message}`)).toEqual([]);
  });

  it("finds markers detached into their own paragraph and restores the text", async () => {
    const rng = new Rng(20240321);
    let detached = 0;
    let restored = 0;
    for (const file of evenFiles) {
      const text = readFileSync(join(corpusDir, file), "utf8");
      const sites = numberingSites("orphan-marker", text, rng);
      if (sites.length === 0) continue;
      const edit = rng.pick(sites).make()!;
      const damaged = text.slice(0, edit.start) + edit.text + text.slice(edit.end);
      detached++;
      if ((await lint(damaged, ".md")).length === 1 && (await fix(damaged, ".md")) === text) restored++;
    }
    expect(detached).toBeGreaterThan(20);
    expect(restored).toBe(detached);
  });
});
