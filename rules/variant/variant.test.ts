import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import { describe, expect, it } from "vitest";
import { getScriptVariants } from "../../src/cjk/script-variants.js";
import { plugin } from "../../src/plugin.js";
import { formatMessage, type Params } from "../../src/rule-kit.js";
import { DEV_CORPUS, HAS_DEV_CORPUS, SAMPLE, tuningHalf } from "../../test/support/paths.js";
import { testRule, type InvalidCase } from "../../test/support/rule-tester.js";
import rule from "./index.js";
import { messages } from "./messages.js";
import { randomFloats as random } from "../../src/eval/random.js";

type MessageId = keyof typeof messages;
const zh = (id: MessageId, params: Params) => formatMessage(messages, id, params, "zh-CN");

/** Simplified context long enough to decide the document's script. */
const CN = "我们要坚持以经济建设为中心，推动高质量发展，这是关系全局的重大问题。";
/** The same in Traditional script. */
const TW = "我們要堅持以經濟建設為中心，推動高質量發展，這是關係全局的重大問題。";

function error(text: string, actual: string, expected: string, id: MessageId, fixed: boolean, ext = ".txt"): InvalidCase {
  const start = text.indexOf(actual);
  return {
    text,
    ext,
    output: fixed ? text.slice(0, start) + expected + text.slice(start + actual.length) : text,
    errors: [{ message: zh(id, { actual, expected }), range: [start, start + actual.length] }],
  } as InvalidCase;
}
const strayTraditional = (text: string, actual: string, expected: string, fixed = true, ext = ".txt") =>
  error(text, actual, expected, "traditional-in-simplified", fixed, ext);
const straySimplified = (text: string, actual: string, expected: string, fixed = true) => error(text, actual, expected, "simplified-in-traditional", fixed);

testRule("variant", rule, {
  valid: [
    CN,
    TW,
    // Characters shared by both scripts in their own words.
    `${CN}乾隆年间，皇后在后面，干部干净，只有一只鸟。`,
    `${TW}乾隆年間，皇后在後面，公里與鄰里，台灣的這裡。`,
    // Code and URLs are not prose.
    { text: `${CN}\n\n运行\`發展()\`或访问https://example.com/發展。\n\n\`\`\`\n國家\n\`\`\`\n`, ext: ".md" },
    "Hello world, no Chinese at all.",
  ],
  invalid: [
    strayTraditional(`${CN}我们的國家发展得很好。`, "國家", "国家"),
    strayTraditional(`${CN}推动經濟发展。`, "經濟", "经济"),
    strayTraditional(`${CN}要坚持發展是第一要务。`, "發展", "发展"),
    strayTraditional(`${CN}他的頭髮很长。`, "頭髮", "头发"),
    strayTraditional(`# 标题\n\n${CN}\n\n- 推动經濟发展\n`, "經濟", "经济", true, ".md"),
    straySimplified(`${TW}我們的国家發展得很好。`, "国家", "國家"),
    straySimplified(`${TW}他們的头发很長。`, "头发", "頭髮"),
    // 发 is 發 or 髮: no safe fix, the conversion is only a suggestion.
    straySimplified(`${TW}他們发給我們的文件。`, "发給", "發給", false),
    // 这里 is 這裏 in OpenCC standard but 這裡 in Taiwan: no safe fix.
    straySimplified(`${TW}請到这里來。`, "这里", "這裏", false),
    // Names and titles in quotes keep their script: a warning, no fix.
    error(`${CN}参加《紅樓夢》研讨会。`, "紅樓夢", "红楼梦", "quoted-variant", false),
    error(`${CN}会见“香港總商會”代表。`, "總商會", "总商会", "quoted-variant", false),
    // A whole paragraph in the other script is a quotation or a paste, not a stray word.
    {
      text: `${CN}\n\n這是一個完整的繁體段落，我們認為。\n\n${CN}`,
      output: `${CN}\n\n這是一個完整的繁體段落，我們認為。\n\n${CN}`,
      errors: [{ message: zh("passage-in-other-script", { script: "繁体字" }), range: [CN.length + 2, CN.length + 2 + 17] }],
    } as InvalidCase,
    {
      text: `${CN}推动經濟发展。`,
      output: `${CN}推动经济发展。`,
      options: { locale: "en" },
      errors: [{ message: "Traditional characters in Simplified text: “經濟”, expected “经济”", range: [CN.length + 2, CN.length + 4] }],
    } as InvalidCase,
  ],
});

const kernel = new TextlintKernel();
const lint = async (text: string, ext = ".txt") =>
  (await kernel.lintText(text, { ext, plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "variant", rule }] })).messages;

describe("script-variants (shared tables)", () => {
  const variants = getScriptVariants();
  it("converts word by word, keeping shared characters", () => {
    expect(variants.toSimplified("乾隆年間，乾淨的頭髮")).toBe("乾隆年间，干净的头发");
    expect(variants.toTraditional("头发和发展")).toBe("頭髮和發展");
  });
  it("knows which characters belong to one script only", () => {
    expect(variants.isOnly("國", "traditional")).toBe(true);
    expect(variants.isOnly("国", "simplified")).toBe(true);
    for (const shared of ["乾", "后", "干", "里", "台", "于"]) {
      expect(variants.isOnly(shared, "traditional") || variants.isOnly(shared, "simplified")).toBe(false);
    }
  });
});

describe("variant on the bundled sample", () => {
  it("reports nothing", async () => {
    const messages = await lint(readFileSync(SAMPLE, "utf8"));
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});

const evenFiles = tuningHalf();

describe.skipIf(!HAS_DEV_CORPUS)("variant on the dev corpus (tuning half)", () => {
  it("finds the even-numbered files", () => expect(evenFiles.length).toBeGreaterThan(20));
  it.each(evenFiles)("reports nothing in %s (clean text)", async (name) => {
    const messages = await lint(readFileSync(join(DEV_CORPUS, name), "utf8"), extname(name));
    expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
  });
});

/** The undamaged text: every damaged window put back. */
function paragraphsOf(parts: string[], spots: { start: number; end: number; original: string }[]): string {
  let text = parts.join("\n\n");
  for (const s of spots) text = text.slice(0, s.start) + s.original + text.slice(s.end);
  return text;
}


describe.skipIf(!HAS_DEV_CORPUS)("variant recall on synthetic damage", () => {
  it("finds ≥ 95 % of simplified words replaced by traditional ones", async () => {
    const variants = getScriptVariants();
    const next = random(3);
    const paragraphs = evenFiles
      .flatMap((name) => readFileSync(join(DEV_CORPUS, name), "utf8").split(/\n{2,}/u))
      .filter((p) => p.length >= 30 && !/^[#|]/u.test(p) && p.length === [...p].length);
    const parts: string[] = [];
    const spots: { start: number; end: number; original: string }[] = [];
    let offset = 0;
    while (spots.length < 300) {
      const p = paragraphs[Math.floor(next() * paragraphs.length)]!;
      // Convert the whole paragraph (word-level), then splice back a two-character window of it.
      const traditional = variants.toTraditional(p);
      const windows = [...p].flatMap((_, i) =>
        i + 2 <= p.length && [...traditional.slice(i, i + 2)].some((c) => variants.isOnly(c, "traditional")) ? [i] : [],
      );
      if (windows.length === 0) continue;
      const at = windows[Math.floor(next() * windows.length)]!;
      parts.push(p.slice(0, at) + traditional.slice(at, at + 2) + p.slice(at + 2));
      spots.push({ start: offset + at, end: offset + at + 2, original: p.slice(at, at + 2) });
      offset += p.length + 2;
    }
    const text = parts.join("\n\n");
    const messages = await lint(text);
    const found = spots.filter((s) => messages.some((m) => m.range[0] < s.end && s.start < m.range[1]));
    console.info(`variant recall: ${found.length}/${spots.length}`);
    expect(found.length / spots.length).toBeGreaterThanOrEqual(0.95);
    // Safe fixes restore the original words and change nothing else.
    const clean = paragraphsOf(parts, spots);
    const output = (await kernel.fixText(text, { ext: ".txt", plugins: [{ pluginId: "jiaodui", plugin }], rules: [{ ruleId: "variant", rule }] })).output;
    const restored = spots.filter((s) => output.slice(s.start, s.end) === s.original);
    console.info(`variant safe fixes restoring the original: ${restored.length}/${spots.length}`);
    for (let i = 0; i < output.length; i++) if (output[i] !== clean[i]) expect(output[i]).toBe(text[i]);
  });
});
