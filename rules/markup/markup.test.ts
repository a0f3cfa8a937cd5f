import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import fc from "fast-check";
import { plugin } from "../../src/plugin.js";
import { testRule } from "../../test/support/rule-tester.js";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE, tuningHalf } from "../../test/support/paths.js";
import rule from "./index.js";
import { randomFloats as random } from "../../src/eval/random.js";


testRule("markup", rule, {
  valid: [
    "中华人民共和国成立了。a < b，c > d，R&D 部门。",
    "《<中华人民共和国宪法>修正案》不是标签。",
    // Markdown: <br> in table cells, code, intentional HTML blocks, escapes.
    { text: "| 中华人民共和国主席<br>习近平   | 俄罗斯联邦总统<br>弗·弗·普京 |\n|---|---|\n| 甲 | 乙 |", ext: ".md" },
    { text: "代码 `<span>&amp;</span>` 不查。\n\n```html\n<p>中国&nbsp;人民。</p>\n```", ext: ".md" },
    { text: "<details>\n<summary>展开</summary>\n\n正文。\n\n</details>", ext: ".md" },
    { text: "<!-- textlint-disable -->\n\n正文。", ext: ".md" },
    { text: "| 甲&#124;乙 | 丙 |\n|---|---|\n| 丁 | 戊 |", ext: ".md" },
    { text: "见附注[1]。\n\n[1]: https://example.org", ext: ".md" },
  ],
  invalid: [
    { text: "中国&nbsp;人民", output: "中国人民", errors: [{ range: [2, 8] }] },
    { text: "&nbsp;&nbsp;中国人民。", output: "中国人民。", errors: [{ range: [0, 6] }, { range: [6, 12] }] },
    { text: "5G&nbsp;network", output: "5G\u00A0network", errors: [{ range: [2, 8] }] },
    // The separator after an article number is decoded, never deleted.
    { text: "第一条&nbsp;公民", output: "第一条\u00A0公民", errors: [{ range: [3, 9] }] },
    { text: "&ldquo;中国&rdquo;&amp;&#20013;&#x4E2D;", output: "“中国”&中中", errors: [{ range: [0, 7] }, { range: [9, 16] }, { range: [16, 21] }, { range: [21, 29] }, { range: [29, 37] }] },
    { text: "&quot;中国&quot;", output: "\"中国\"", errors: [{ range: [0, 6] }, { range: [8, 14] }] },
    { text: "&lt;br&gt;中国", output: "&lt;br&gt;中国", errors: [{ range: [0, 4] }, { range: [6, 10] }] },
    { text: "&foo;中国", output: "&foo;中国", errors: [{ range: [0, 5] }] },
    { text: "<p>中国人民。</p>", output: "中国人民。", errors: [{ range: [0, 3] }, { range: [8, 12] }] },
    { text: "段一。</p><p>段二。", output: "段一。\n段二。", errors: [{ range: [3, 7] }, { range: [7, 10] }] },
    { text: "段一。<br>段二。<br />\n段三。", output: "段一。\n段二。\n段三。", errors: [{ range: [3, 7] }, { range: [10, 16] }] },
    { text: "段一。<br>段二。\r\n段三。", output: "段一。\r\n段二。\r\n段三。", errors: [{ range: [3, 7] }] },
    { text: '<span style="color:red">中国</span>人民<font color=red>好</font>。', output: "中国人民好。", errors: [{ range: [0, 24] }, { range: [26, 33] }, { range: [35, 51] }, { range: [52, 59] }] },
    { text: "参见[[中华人民共和国宪法|宪法]]和[[国务院]]。", output: "参见宪法和国务院。", errors: [{ range: [2, 18] }, { range: [19, 26] }] },
    { text: "总则[编辑]", output: "总则", errors: [{ range: [2, 6] }] },
    { text: "{{DEFAULTSORT}}正文。", output: "{{DEFAULTSORT}}正文。", errors: [{ range: [0, 15] }] },
    { text: "这是事实。[1]下一句。", output: "这是事实。[1]下一句。", errors: [{ range: [5, 8] }] },
    // Markdown: debris tags get a fix; tags an author may mean are warnings.
    { text: "中国<span>人民</span>，好。", ext: ".md", output: "中国人民，好。", errors: [{ range: [2, 8] }, { range: [10, 17] }] },
    { text: "中国<br>人民，<strong>好</strong>。", ext: ".md", output: "中国<br>人民，<strong>好</strong>。", errors: [{ range: [2, 6] }, { range: [9, 17] }, { range: [18, 27] }] },
    { text: "中国&nbsp;人民，&ldquo;好&rdquo;。", ext: ".md", output: "中国人民，“好”。", errors: [{ range: [2, 8] }, { range: [11, 18] }, { range: [19, 26] }] },
    { text: "<p>中国人民，站起来了。</p>\n<p>第二段。</p>", ext: ".md", output: "中国人民，站起来了。\n第二段。", errors: [{ range: [0, 3] }, { range: [13, 17] }, { range: [18, 21] }, { range: [25, 29] }] },
    { text: "| 中国<span>人民</span> | 甲&nbsp;乙 |\n|---|---|\n| 丙 | 丁 |", ext: ".md", output: "| 中国人民 | 甲乙 |\n|---|---|\n| 丙 | 丁 |", errors: [{ range: [4, 10] }, { range: [12, 19] }, { range: [23, 29] }] },
  ],
});

const kernel = new TextlintKernel();
const options = (ext: string) => ({ ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "markup", rule }] });
const lint = async (text: string, ext = ".md") => (await kernel.lintText(text, options(ext))).messages;
const fix = async (text: string, ext = ".md") => (await kernel.fixText(text, options(ext))).output;

describe("markup does no harm", () => {
  test("the bundled sample has no findings", async () => {
    expect(await lint(readFileSync(SAMPLE, "utf8"), ".txt")).toEqual([]);
  });

  test("text without & < [ { gives no findings (random text)", async () => {
    const alphabet = ["中", "国", "第", "一", "条", "，", "。", "“", "”", "（", "）", " ", "　", "a", "5", ">", "]", "}", ";", "\n", "|"];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), fc.constantFrom(".txt", ".md"), async (parts, ext) => {
        expect(await lint(parts.join(""), ext)).toEqual([]);
      }),
      { numRuns: 200, seed: 20240605 },
    );
  });
});

const tuningFiles = tuningHalf();


describe.skipIf(!HAS_DEV_CORPUS)("markup on the dev corpus (tuning half)", () => {
  test("clean documents give no findings", async () => {
    expect(tuningFiles.length).toBeGreaterThan(20);
    for (const file of tuningFiles) {
      const found = await lint(readFileSync(join(DEV_CORPUS, file), "utf8"));
      expect(found.map((m) => `${file}:${m.line}:${m.column} ${m.message}`)).toEqual([]);
    }
  });

  test("injected entities and tags are found (≥ 95 %) and the fix restores the original exactly", async () => {
    const next = random(7);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const IDEOGRAPH = /^\p{Unified_Ideograph}$/u;
    const NAMED: Record<string, string> = { "“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;", "…": "&hellip;", "·": "&middot;" };
    const OPEN = ['<span style="color:#333">', '<font face="宋体">', "<span>", "<o:p>"];
    const CLOSE: Record<string, string> = { '<span style="color:#333">': "</span>", '<font face="宋体">': "</font>", "<span>": "</span>", "<o:p>": "</o:p>" };
    let injected = 0;
    let found = 0;
    for (const file of tuningFiles) {
      // Plain text: the prose paragraphs of the file, one per line.
      const paragraphs = readFileSync(join(DEV_CORPUS, file), "utf8").split("\n\n").filter((p) => p.includes("。") && !/^[#|`>\-*\d]/u.test(p) && !p.includes("\n"));
      const original = paragraphs.slice(0, 40).join("\n");
      // Edits on the original, at least 3 characters apart, applied from the end.
      const edits: { at: number; remove: number; insert: string }[] = [];
      const free = (at: number) => edits.every((e) => Math.abs(e.at - at) > 3);
      for (let tries = 0; tries < 400 && edits.length < 24; tries++) {
        const at = 1 + Math.floor(next() * (original.length - 2));
        const char = original[at]!;
        const kind = next();
        if (!free(at)) continue;
        if (char === "\n") {
          edits.push({ at, remove: 1, insert: pick(["<br>", "<br/>", "</p><p>", "<BR>"]) });
        } else if (kind < 0.3 && NAMED[char]) {
          edits.push({ at, remove: 1, insert: NAMED[char]! });
        } else if (kind < 0.5 && IDEOGRAPH.test(char)) {
          const code = char.codePointAt(0)!;
          edits.push({ at, remove: 1, insert: next() < 0.5 ? `&#${code};` : `&#x${code.toString(16).toUpperCase()};` });
        } else if (kind < 0.7 && IDEOGRAPH.test(char) && IDEOGRAPH.test(original[at - 1]!)) {
          edits.push({ at, remove: 0, insert: "&nbsp;" });
        } else if (IDEOGRAPH.test(char)) {
          const end = at + 2 + Math.floor(next() * 6);
          if (end >= original.length || !free(end) || original.slice(at, end).includes("\n")) continue;
          const open = pick(OPEN);
          edits.push({ at, remove: 0, insert: open }, { at: end, remove: 0, insert: CLOSE[open]! });
        }
      }
      edits.sort((a, b) => b.at - a.at);
      let text = original;
      for (const e of edits) text = text.slice(0, e.at) + e.insert + text.slice(e.at + e.remove);
      // Where each injection landed in the injected text.
      const spans = [...edits].reverse().map((e, k, sorted) => {
        const shift = sorted.slice(0, k).reduce((sum, p) => sum + p.insert.length - p.remove, 0);
        return [e.at + shift, e.at + shift + e.insert.length] as const;
      });
      const messages = await lint(text, ".txt");
      injected += spans.length;
      found += spans.filter(([s, e]) => messages.some((m) => m.range[0] >= s && m.range[1] <= e)).length;
      expect(await fix(text, ".txt")).toBe(original);
    }
    expect(injected).toBeGreaterThan(200);
    expect(found / injected).toBeGreaterThanOrEqual(0.95);
  });
});
