import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { ideographEquivalent } from "../../src/cjk/ideograph-equivalents.js";
import { findMojibake } from "../../src/cjk/mojibake.js";
import { plugin } from "../../src/plugin.js";
import { testRule } from "../../test/support/rule-tester.js";
import rule from "./index.js";
import { KANA_LOOK_ALIKES, SYMBOL_LOOK_ALIKES } from "./look-alikes.js";
import { DEV_CORPUS, tuningHalf } from "../../test/support/paths.js";

const kernel = new TextlintKernel();
const kernelOptions = (ext: string) => ({
  ext,
  plugins: [{ pluginId: "jiaodui", plugin }],
  rules: [{ ruleId: "encoding", rule, options: { locale: "en" } }],
});
const lint = async (text: string, ext = ".txt") => (await kernel.lintText(text, kernelOptions(ext))).messages;
const fix = async (text: string, ext = ".txt") => (await kernel.fixText(text, kernelOptions(ext))).output;

/** What a UTF-8 phrase looks like after a decoder for `codec` read its bytes. */
const misread = (phrase: string, codec: string) => iconv.decode(Buffer.from(phrase, "utf8"), codec);

// Radicals and compatibility ideographs, written as escapes so the source shows what they are.
const MAN = "\u2F08"; // ⼈ KANGXI RADICAL MAN → 人
const CIVILIAN = "\u2EA0"; // ⺠ CJK RADICAL CIVILIAN → 民
const BIG = "\u2F24"; // ⼤ KANGXI RADICAL BIG → 大
const LONG_SIMPLIFIED = "\u2ED3"; // ⻓ CJK RADICAL C-SIMPLIFIED LONG → 长
const SEE_SIMPLIFIED = "\u2EC5"; // ⻅ CJK RADICAL C-SIMPLIFIED SEE → 见
const FACE = "\u2FAF"; // ⾯ KANGXI RADICAL FACE → 面
const DOOR = "\u2F3E"; // ⼾ KANGXI RADICAL DOOR → 戶 (traditional), 户 in simplified text
const MOUTH = "\u2F1D"; // ⼝ KANGXI RADICAL MOUTH → 口
const GATE = "\u2FA8"; // ⾨ KANGXI RADICAL GATE → 門 (traditional), 门 in simplified text
const SALT = "\u2FC4"; // ⿄ KANGXI RADICAL SALT → 鹵, simplified 卤 (which also stands for 滷: not one-to-one)
const EIGHT = "\u2F0B"; // ⼋ KANGXI RADICAL EIGHT → 八
const PERSON_SIDE = "\u2E85"; // ⺅ CJK RADICAL PERSON
const COMPAT_EXAMPLE = "\uF9B5"; // CJK COMPATIBILITY IDEOGRAPH-F9B5 → 例
const COMPAT_MOUNTAIN = "\uFA0C"; // CJK COMPATIBILITY IDEOGRAPH-FA0C → 兀
const UNIFIED_SAKI = "\uFA11"; // 﨑: in the compatibility block but a unified ideograph

testRule("encoding", rule, {
  valid: [
    "中华人民共和国宪法是国家的根本法。",
    "第一条　为了保障公民权利，制定本法。",
    "“双方”指中华人民共和国和俄罗斯联邦（以下称“双方”）。",
    // A radical quoted as itself, a unified ideograph from the compatibility block, composed accents and pinyin.
    `偏旁“${PERSON_SIDE}”不单独使用。`,
    `长${UNIFIED_SAKI}市与café、résumé、lǜ。`,
    // A byte-order mark, an emoji ZWJ sequence, a form feed (page breaks belong to rule page-furniture).
    "\uFEFF正文从这里开始。",
    "家庭合影👨\u200D👩\u200D👧。",
    "第一页正文。\n\f第二页正文。",
    // Consistently full-width or half-width digits; identifiers and decimals do not count.
    "２０２３年３月２０日，第１条。",
    "2023年3月20日，第1条。",
    "网址为 www.gov.cn/2023，版本v1.2，增长３．５个百分点。",
    // Numbers in their own forms; tokens with other letters are names, formulas and codes; a lone circle is a bullet.
    "二〇二三年三月二十一日，第十二条，一千零一元。",
    "吸入O2和CO2，PM2.5浓度，通过ISO9001认证，第I条，版本1.0.2。",
    "○ 加强组织领导",
    // A dash that joins places, or a pair, finishes no common word as 一 would (路一, 国一); a doubled dash is a dash.
    "烟汕线—温泉路—沃尔玛，中国—东盟自由贸易区，系统——子系统，2020-2025年。",
    // A dash reads the character before it only: 一家 after 学校— is no evidence.
    "学校—家庭—社会协同育人。",
    // Formulas and plus-compounds make no common word with the look-alike (额二, 十利, 网十); O型 and A股 follow no ideograph.
    "应纳税额＝销售额×税率，成本＋利润，互联网+政务服务，在0度以下，血型为O型，投资A股。",
    // A letter at a line's start is a bullet only before Chinese text, an ASCII letter only with a space after it.
    "n个国家参加。\n§ 1 总则\nl. 第一项",
    // A half-width question mark after a question (punctuation widens it).
    "这是为什么?我们认为应当加强。你好吗?",
    // Latin-1 characters of clean text (a name's dot, ×, °, ±, an accented name, Windows-1252's quotes and
    // dashes) are no GBK text read as Latin-1.
    "弗拉基米尔·弗拉基米罗维奇·普京，面积300×200米，气温－5°C±2°C，在Élysée宫、Müller先生、Bogotá市，“加强”……——推动。",
    // Traditional prose is no GBK text read as Big5.
    "中華人民共和國經濟發展與國際合作，臺灣地區的選舉。本條例所稱的經濟發展，係指與國際合作有關的事項。",
    // A run of katakana is a Japanese word, not a look-alike.
    "购买トヨタ汽车。",
    // Words written wholly in Cyrillic or Greek, and a Greek letter with no Latin look-alike, are meant.
    "苏联（СССР）解体，希腊字母Δ，ΔNA片段，俄文ОАО。",
  ],
  invalid: [
    // A single dash between ideographs that finishes a common word as 一 would: a suggestion, not a fix.
    {
      text: "按照统-部署开展工作，依照第三十－条处理。",
      output: "按照统-部署开展工作，依照第三十－条处理。",
      errors: [{ message: "汉字之间的“-”疑为“一”的形近误识（应为“统一”）", range: [3, 4] }, { range: [16, 17] }],
    },
    // Latin letters, digits and symbols between ideographs where the look-alike makes a common word: suggestions.
    {
      text: "开展全国人O普查，促进加I贸易，依照第=十条、第+二条处理。",
      output: "开展全国人O普查，促进加I贸易，依照第=十条、第+二条处理。",
      errors: [
        { message: "汉字之间的“O”疑为形近汉字“口”的误识（应为“人口”）", range: [5, 6] },
        { message: "汉字之间的“I”疑为形近汉字“工”的误识（应为“加工”）", range: [12, 13] },
        { message: "汉字之间的“=”疑为形近汉字“二”的误识（应为“第二十”）", range: [19, 20] },
        { message: "汉字之间的“+”疑为形近汉字“十”的误识（应为“第十二”）", range: [24, 25] },
      ],
    },
    // A lone katakana next to an ideograph: a fix when the look-alike makes a common word, else a suggestion.
    {
      text: "开展全国人ロ普查，促进加エ贸易，共同努カ，依照第ニ条处理，七タ。",
      output: "开展全国人口普查，促进加工贸易，共同努力，依照第二条处理，七タ。",
      errors: [
        { message: "中文里的片假名“ロ”疑为形近汉字“口”（“人口”）", range: [5, 6] },
        { range: [12, 13] },
        { range: [19, 20] },
        { range: [24, 25] },
        { message: "中文里的片假名“タ”疑为形近汉字“夕”", range: [30, 31] },
      ],
    },
    // A Latin word with Cyrillic or Greek look-alikes inside: a fix to the Latin letters.
    {
      text: "出席АPEC会议，遵守WΤO规则，推进5Gс网络。",
      output: "出席APEC会议，遵守WTO规则，推进5Gc网络。",
      errors: [
        { message: "拉丁字母词“АPEC”中混入了形近的西里尔或希腊字母（U+0410），应为“APEC”", range: [2, 6] },
        { message: "拉丁字母词“WΤO”中混入了形近的西里尔或希腊字母（U+03A4），应为“WTO”", range: [11, 14] },
        { range: [20, 22] },
      ],
    },
    // pdfminer's stand-ins for unmapped glyphs: the characters are lost.
    {
      text: "坚持(cid:3048)(cid:1234)人民至上。",
      output: "坚持(cid:3048)(cid:1234)人民至上。",
      errors: [{ message: "“(cid:3048)”是 PDF 提取时无法映射为字符的字形编号：原字符已丢失，需对照原文补回", range: [2, 12] }, { range: [12, 22] }],
    },
    // ? between ideographs where nothing is asked: characters lost in a charset conversion.
    {
      text: "国务院总理朱?基出席，王??主持。",
      output: "国务院总理朱?基出席，王??主持。",
      errors: [
        { message: "汉字之间的“?”疑为转码时目标字符集无法表示而丢失的 1 个字符（常见于生僻字、人名用字），需对照原文补回", range: [6, 7] },
        { message: "汉字之间的“??”疑为转码时目标字符集无法表示而丢失的 2 个字符（常见于生僻字、人名用字），需对照原文补回", range: [12, 14] },
      ],
    },
    // Mojibake of mojibake (the wrong decoder twice), GBK and Latin-1: decoded all the way.
    {
      text: `双方同意${misread(misread("加强合作", "gbk"), "gbk")}，推动发展。`,
      errors: [{ message: "乱码“閸旂姴宸遍崥鍫滅稊”：UTF-8 文本先后 2 次被误按 GBK 解码，原文应为“加强合作”" }],
    },
    {
      text: `双方同意${misread(misread("加强合作", "latin1"), "latin1")}，推动发展。`,
      errors: [{ message: `乱码“${misread(misread("加强合作", "latin1"), "latin1")}”：UTF-8 文本先后 2 次被误按 Latin-1/Windows-1252 解码，原文应为“加强合作”` }],
    },
    // GBK text read as Big5: read back; traditional prose stays (valid above).
    {
      text: `双方同意${iconv.decode(iconv.encode("加强合作推动发展", "gbk"), "big5")}。`,
      errors: [{ message: "乱码“樓ッ磁釬芢雄楷桯”：GBK 编码的文本被误按 Big5 解码，原文应为“加强合作推动发展”", range: [4, 12] }],
    },
    // GBK text read as Latin-1 (a GB web page served without its charset): 了规范 → ÁË¹æ·¶.
    {
      text: `第一条　为${iconv.decode(iconv.encode("了规范行政机关的执法", "gbk"), "latin1")}行为。`,
      errors: [{ message: "乱码“ÁË¹æ·¶ÐÐÕþ»ú¹ØµÄÖ´·¨”：GBK 编码的文本被误按 Latin-1/Windows-1252 解码，原文应为“了规范行政机关的执法”", range: [5, 25] }],
    },
    // Symbol-font bullets read as letters at a line's start: a suggestion with the bullet.
    {
      text: "l 加强组织领导。\nØ 完善制度建设。\n  ü落实责任。",
      output: "l 加强组织领导。\nØ 完善制度建设。\n  ü落实责任。",
      errors: [{ message: "行首的“l”疑为符号字体（Wingdings）的项目符号“●”被提取成了字母", range: [0, 1] }, { range: [10, 11] }, { range: [22, 23] }],
    },
    // Look-alikes in numbers: O, 0 and ○ for 〇 among Chinese numerals; O and l in Arabic numbers.
    {
      text: "二O二三年三月二十一日，二0一一年，二○二〇年。",
      output: "二〇二三年三月二十一日，二〇一一年，二〇二〇年。",
      errors: [{ message: "中文数字“二O二三”中的“O”（U+004F）是形近字符，应为“二〇二三”", range: [1, 2] }, { range: [13, 14] }, { range: [19, 20] }],
    },
    // One finding per numeral, from its first look-alike to its last (as for an Arabic number).
    {
      text: "确保到二0二0年实现目标，一九九0年以后。",
      output: "确保到二〇二〇年实现目标，一九九〇年以后。",
      errors: [{ message: "中文数字“二0二0”中的“0”（U+0030）是形近字符，应为“二〇二〇”", range: [4, 7] }, { range: [16, 17] }],
    },
    {
      text: "本法自2O23年1O月1日起施行，犬第一年为l000元，依照第l2条处理。",
      output: "本法自2023年10月1日起施行，犬第一年为1000元，依照第12条处理。",
      errors: [{ message: "数字“2O23”中夹有形近字母，应为“2023”", range: [3, 7] }, { range: [8, 10] }, { range: [22, 26] }, { range: [31, 33] }],
    },
    {
      text: `${MAN}${CIVILIAN}代表${BIG}会`,
      output: "人民代表大会",
      errors: [
        { message: "Radical “⼈” (U+2F08) stands for the ideograph “人”", range: [0, 1] },
        { message: "Radical “⺠” (U+2EA0) stands for the ideograph “民”", range: [1, 2] },
        { message: "Radical “⼤” (U+2F24) stands for the ideograph “大”", range: [4, 5] },
      ],
      options: { locale: "en" },
    },
    { text: `${LONG_SIMPLIFIED}江沿线，${SEE_SIMPLIFIED}${FACE}会谈。`, output: "长江沿线，见面会谈。", errors: [{ range: [0, 1] }, { range: [5, 6] }, { range: [6, 7] }] },
    // Brackets do not make a radical meant: （八） numbers an item.
    { text: `（${EIGHT}）责任`, output: "（八）责任", errors: [{ range: [1, 2] }] },
    { text: `${COMPAT_EXAMPLE}如突${COMPAT_MOUNTAIN}。`, output: "例如突兀。", errors: [{ range: [0, 1] }, { range: [3, 4] }] },
    // Simplified text: the traditional equivalent is not what the document writes; 戶→户 is one-to-one, so it is the fix.
    {
      text: `${DOOR}${MOUTH}登记由公安机关${GATE}户办理。`,
      output: "户口登记由公安机关门户办理。",
      errors: [
        { message: "“⼾” (U+2F3E) is the traditional “戶”; simplified text writes “户”", range: [0, 1] },
        { range: [1, 2] },
        { range: [9, 10] },
      ],
      options: { locale: "en" },
    },
    // Traditional text keeps Unicode's equivalent.
    { text: `臺灣的${GATE}戶開放。`, output: "臺灣的門戶開放。", errors: [{ range: [3, 4] }] },
    // 鹵 simplifies to 卤, which converts back to 滷: two readings, so suggestions only.
    { text: `${SALT}水点豆腐。`, output: `${SALT}水点豆腐。`, errors: [{ range: [0, 1] }] },
    {
      text: "中华人民共\uFFFD国",
      output: "中华人民共\uFFFD国",
      errors: [{ message: "Replacement character U+FFFD: the original character was lost in conversion; restore it from the source", range: [5, 6] }],
      options: { locale: "en" },
    },
    {
      text: `依法保障${misread("人民代表大会", "gbk")}的职权。`,
      output: `依法保障${misread("人民代表大会", "gbk")}的职权。`,
      errors: [{ message: "Mojibake “浜烘皯浠ｈ〃澶т細”: UTF-8 text decoded as GBK; the original reads “人民代表大会”", range: [4, 13] }],
      options: { locale: "en" },
    },
    {
      text: `成立${misread("中国", "latin1")}委员会。`,
      output: `成立${misread("中国", "latin1")}委员会。`,
      errors: [{ message: "Mojibake “ä¸\u00ADå\u009B½”: UTF-8 text decoded as Latin-1/Windows-1252; the original reads “中国”", range: [2, 8] }],
      options: { locale: "en" },
    },
    { text: `成立${misread("中国", "windows-1252")}委员会。`, output: `成立${misread("中国", "windows-1252")}委员会。`, errors: [{ range: [2, 8] }] },
    {
      text: `第一条${misread("中华人民共和国", "gbk")}\n`,
      output: `第一条${misread("中华人民共和国", "gbk")}\n`,
      errors: [
        {
          message: `Mojibake “${misread("中华人民共和国", "gbk")}”: UTF-8 text decoded as GBK, the last character's byte lost; by the lexicon the original reads “中华人民共和国”`,
          range: [3, 14],
        },
      ],
      options: { locale: "en" },
    },
    // Mojibake claims its private-use character (U+E15E inside 涓浗): one finding, not two.
    { text: `${misread("中国", "gbk")}政府`, output: `${misread("中国", "gbk")}政府`, errors: [{ range: [0, 3] }] },
    { text: "第\uE000条", output: "第\uE000条", errors: [{ message: "Private-use character U+E000: a font's private code; the original character cannot be determined" }], options: { locale: "en" } },
    { text: "中\u200B国\u2060人\uFEFF民", output: "中国人民", errors: [{ range: [1, 2] }, { range: [3, 4] }, { range: [5, 6] }] },
    { text: "co\u00ADoperation合作", output: "cooperation合作", errors: [{ message: "Invisible character SOFT HYPHEN (U+00AD); remove it" }], options: { locale: "en" } },
    { text: "中\u0007国\u0090人", output: "中国人", errors: [{ message: "Control character U+0007; remove it" }, { message: "Control character U+0090; remove it" }], options: { locale: "en" } },
    { text: "第一行\u000B第二行", output: "第一行\n第二行", errors: [{ range: [3, 4] }] },
    { text: "cafe\u0301与lu\u0308", output: "café与lü", errors: [{ range: [3, 5] }, { range: [7, 9] }] },
    {
      text: "２０２３年3月20日",
      output: "２０２３年3月20日",
      errors: [{ message: "Full-width digits “２０２３”: this document mostly uses half-width digits", range: [0, 4] }],
      options: { locale: "en" },
    },
    { text: "第１条、第２条和第3条", output: "第１条、第２条和第3条", errors: [{ range: [9, 10] }] },
    { text: "ＧＤＰ与CPI、PPI", output: "ＧＤＰ与CPI、PPI", errors: [{ range: [0, 3] }] },
  ],
});

describe("do no harm", () => {
  it("full-width punctuation and the ideographic space survive fixing untouched", async () => {
    const punctuation = "，。、；：？！“”‘’（）《》〈〉【】—…·　";
    expect(await fix(`${MAN}${CIVILIAN}${punctuation}${BIG}会\u200B${punctuation}`)).toBe(`人民${punctuation}大会${punctuation}`);
    expect(await lint(`第一条${punctuation}２０２３年`)).toEqual([]);
  });
});

describe("findMojibake", () => {
  it.each(["中国", "国家", "人民代表大会", "依法行使职权", "中华人民共和国"])("recovers %j from GBK and Latin-1 mojibake", (phrase) => {
    for (const codec of ["gbk", "latin1"]) {
      const [found] = findMojibake(`前文${misread(phrase, codec)}后文`);
      expect(found).toMatchObject({ start: 2, decoded: phrase });
    }
  });
  it("names 锟斤拷 as lost characters", () => {
    expect(findMojibake("前文锟斤拷后文")).toMatchObject([{ start: 2, end: 5, codec: "gbk", lost: true, decoded: "\uFFFD\uFFFD" }]);
  });
  it("names a lost final character from the lexicon, or marks it lost", () => {
    // 中华人民共和国 is 21 bytes: GBK pairs all but the last, which it loses.
    expect(findMojibake(`${misread("中华人民共和国", "gbk")}\n`)).toMatchObject([{ decoded: "中华人民共和国", lost: true, guessed: true }]);
    expect(findMojibake(`${misread("依法行使职权。", "gbk")}\n`)).toMatchObject([{ decoded: "依法行使职权\uFFFD", lost: true, guessed: false }]);
    expect(findMojibake(misread("中华", "windows-1252"))).toMatchObject([{ decoded: "中\uFFFD", lost: true }]);
  });
});

// Corpus-backed tests: the tuning half (even-numbered files) of ../shared/corpus/dev/.
const corpusDir = DEV_CORPUS;
const evenFiles = tuningHalf();

describe.skipIf(evenFiles.length === 0)("corpus (even-numbered dev files)", () => {
  // The source's own slips, read correctly: the 18th congress report writes 二0一一年 (the digit zero) for 二〇一一年.
  const SOURCE_SLIPS: Readonly<Record<string, RegExp>> = { "dev_066_cpc_congress_18.md": /^“0” \(U\+0030\) in the Chinese numeral “二0/u };
  it.each(evenFiles)("%s has no findings but its source's own slips", async (file) => {
    const messages = await lint(readFileSync(join(corpusDir, file), "utf8"), ".md");
    const slip = SOURCE_SLIPS[file];
    expect(messages.filter((m) => !slip?.test(m.message)).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
    if (slip) expect(messages.length).toBeGreaterThan(0);
  });

  // Inject each kind of damage into corpus paragraphs (fixed seed) and count how often it is found.
  describe("synthetic recall", () => {
    let seed = 20240605;
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const paragraphs = evenFiles
      .flatMap((file) => readFileSync(join(corpusDir, file), "utf8").split(/\n{2,}/))
      .filter((p) => p.length >= 30 && !/^[#|>-]/.test(p));
    // Ideograph → a radical or compatibility ideograph that stands for it.
    const disguises = new Map<string, string>();
    for (let cp = 0x2e80; cp <= 0x2fdf; cp++) {
      const eq = ideographEquivalent(String.fromCodePoint(cp));
      const meant = eq?.oneToOne ? eq.simplified! : eq?.unified;
      if (meant && meant.length === 1) disguises.set(meant, String.fromCodePoint(cp));
    }
    const phraseAt = (p: string) => {
      const length = 2 + Math.floor(random() * 6);
      const start = Math.floor(random() * (p.length - length));
      return { start, end: start + length };
    };
    type Damage = (p: string) => { text: string; start: number; end: number } | undefined;
    const isIdeograph = (c: string | undefined) => c !== undefined && /\p{Unified_Ideograph}/u.test(c);
    /** One ideograph between two others that a glyph of `table` looks like, replaced by that glyph. */
    const lookAlike = (table: Readonly<Record<string, string>>): Damage => {
      const glyphsOf = new Map<string, string[]>();
      for (const [glyph, ideograph] of Object.entries(table)) glyphsOf.set(ideograph, [...(glyphsOf.get(ideograph) ?? []), glyph]);
      return (p) => {
        const spots = [...p.matchAll(/./gu)].filter((m) => glyphsOf.has(m[0]) && isIdeograph(p[m.index - 1]) && isIdeograph(p[m.index + 1])).map((m) => m.index);
        if (spots.length === 0) return undefined;
        const at = pick(spots);
        return { text: p.slice(0, at) + pick(glyphsOf.get(p[at]!)!) + p.slice(at + 1), start: at, end: at + 1 };
      };
    };
    const damages: Record<string, Damage> = {
      radical: (p) => {
        const spots = [...p.matchAll(/./gu)].filter((m) => disguises.has(m[0])).map((m) => m.index);
        if (spots.length === 0) return undefined;
        const at = pick(spots);
        return { text: p.slice(0, at) + disguises.get(p[at]!)! + p.slice(at + 1), start: at, end: at + 1 };
      },
      replacement: (p) => {
        const at = Math.floor(random() * p.length);
        return { text: `${p.slice(0, at)}\uFFFD${p.slice(at + 1)}`, start: at, end: at + 1 };
      },
      "zero-width": (p) => {
        const at = 1 + Math.floor(random() * (p.length - 1));
        return { text: p.slice(0, at) + pick(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"]) + p.slice(at), start: at, end: at + 1 };
      },
      "gbk-mojibake": (p) => {
        const { start, end } = phraseAt(p);
        const garbled = misread(p.slice(start, end), "gbk");
        return { text: p.slice(0, start) + garbled + p.slice(end), start, end: start + garbled.length };
      },
      // GBK text read as Big5 (a GB file opened with the Taiwanese codec): a whole file or passage, here
      // 8–15 characters; a phrase with a byte pair Big5 lacks loses that character (U+FFFD) and is left out.
      "gbk-as-big5": (p) => {
        const length = 8 + Math.floor(random() * 8);
        const start = Math.floor(random() * (p.length - length));
        const end = start + length;
        const garbled = iconv.decode(iconv.encode(p.slice(start, end), "gbk"), "big5");
        if (garbled.includes("\uFFFD") || [...garbled].length !== end - start) return undefined;
        return { text: p.slice(0, start) + garbled + p.slice(end), start, end: start + garbled.length };
      },
      // GBK text read as Latin-1 or Windows-1252: four to seven characters.
      "gbk-as-latin1": (p) => {
        const length = 4 + Math.floor(random() * 4);
        const start = Math.floor(random() * (p.length - length));
        const end = start + length;
        if (![...p.slice(start, end)].every(isIdeograph)) return undefined;
        const garbled = iconv.decode(iconv.encode(p.slice(start, end), "gbk"), pick(["latin1", "windows-1252"]));
        return { text: p.slice(0, start) + garbled + p.slice(end), start, end: start + garbled.length };
      },
      "latin1-mojibake": (p) => {
        const { start, end } = phraseAt(p);
        const garbled = misread(p.slice(start, end), pick(["latin1", "windows-1252"]));
        return { text: p.slice(0, start) + garbled + p.slice(end), start, end: start + garbled.length };
      },
    };
    // A Latin letter or symbol is reported only where its look-alike makes a common word (the rest are formulas and codes).
    damages["look-alike-kana"] = lookAlike(KANA_LOOK_ALIKES);
    damages["look-alike-symbol"] = lookAlike(SYMBOL_LOOK_ALIKES);
    const minimumRecall: Readonly<Record<string, number>> = { "look-alike-symbol": 0.5, "gbk-as-big5": 0.9 };
    it.each(Object.keys(damages))("finds at least the minimum share of 100 injected %s damages", async (kind) => {
      let injected = 0;
      let found = 0;
      const misses: string[] = [];
      while (injected < 100) {
        const p = pick(paragraphs).slice(0, 400);
        const damaged = damages[kind]!(p);
        if (!damaged) continue;
        injected++;
        const messages = await lint(damaged.text);
        if (messages.some((m) => m.range[0] < damaged.end && m.range[1] > damaged.start)) found++;
        else misses.push(damaged.text.slice(Math.max(0, damaged.start - 2), damaged.end + 2));
      }
      if (process.env.JIAODUI_RECALL) console.log(kind, found, injected, misses);
      expect(found / injected, misses.join(" | ")).toBeGreaterThanOrEqual(minimumRecall[kind] ?? 0.95);
    });
  });
});
