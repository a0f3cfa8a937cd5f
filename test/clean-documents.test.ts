/**
 * Clean official documents of our own, in shapes the eval's laws lack (test/fixtures/clean-documents):
 * every rule stays quiet on them. A false positive here is one an editor meets on the first notice
 * or report they lint, and --fix would act on most of them. Our news texts (test/fixtures/news-register,
 * the sample's register) and our reports (test/fixtures/report-register, the register of the eval's work
 * reports) likewise, but for the false positives the rules still make there.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { PACKAGE_ROOT } from "../src/paths.js";

const DIR = join(PACKAGE_ROOT, "test", "fixtures", "clean-documents");
const documents = readdirSync(DIR).filter((name) => name !== "README.md");

describe("clean official documents", () => {
  it("are all there", () => {
    expect(documents.length).toBeGreaterThanOrEqual(12);
  });

  it.each(documents)("%s: no finding", async (name) => {
    const report = await lintText(readFileSync(join(DIR, name), "utf8"), { path: name });
    expect(report.findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)).toEqual([]);
  });
});

/**
 * Lints each .txt text of a fixture folder with every rule: no finding but the known ones, given by the
 * rule and the text it covers (`count`: how many texts the folder holds at least).
 */
function describeKnownFindings(title: string, folder: string, count: number, known: Record<string, string[]>): void {
  const dir = join(PACKAGE_ROOT, "test", "fixtures", folder);
  const texts = readdirSync(dir).filter((name) => name.endsWith(".txt"));
  describe(title, () => {
    it("are all there", () => {
      expect(texts.length).toBeGreaterThanOrEqual(count);
    });

    it.each(texts)("%s: no finding but the known ones", async (name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const report = await lintText(text, { path: name });
      expect(report.findings.map((f) => `${f.ruleId} ${text.slice(f.range.start.offset, f.range.end.offset)}`)).toEqual(known[name] ?? []);
    });
  });
}

/**
 * The findings the rules still make on our clean news texts, each a false positive (docs/measurements.md,
 * sessions 28, 29 and 31): a headline's coinage 智造 (智能制造) read as 制造. (时代之问, 因城施策 and a Tibetan
 * name before 笑着说 are no longer flagged since the model learnt news copy of our own, session 31; a player's
 * name, a sport's verb and a transliterated name in a row, 赵一诺在网前拦死德, since it learnt 120 texts more,
 * session 32; 做大, read as 做人 at a clause's edge, since it learnt 100 reports more, session 33.)
 */
const KNOWN_NEWS_FALSE_POSITIVES: Record<string, string[]> = {
  "province-development.txt": ["garbled-text 智造"],
  // Session 29's twelve (diplomatic and economic news): 时间虽短 (a conjunction before an adjective,
  // read as nonsense) and the slogan 以进促稳 read as 促进 swapped.
  "state-visit-indonesia.txt": ["garbled-text 虽短"],
  "first-quarter-economy.txt": ["garbled-text 进促"],
  // The six written last, a check measured once before the fixes it prompted (docs/measurements.md):
  // a ministry's name (牧农渔业部) and a quoted slogan (“倚外谋独”). (常来常往, a word of the lexicon,
  // is left alone since session 32.)
  "uruguay-foreign-ministers.txt": ["garbled-text 牧农"],
  "taiwan-affairs-briefing.txt": ["garbled-text 倚外"],
  // A last six, a check read once at the session's end (one finding fixed after: 周立恒/孙雨桐): 唱苗歌
  // (songs of the Miao) read as swapped, 帮厨 (to help in the kitchen) as 帮助.
  "mountain-county-education.txt": ["garbled-text 唱苗歌", "garbled-text 帮厨"],
};

describeKnownFindings("clean news texts", "news-register", 39, KNOWN_NEWS_FALSE_POSITIVES);

/**
 * The findings the rules still make on our clean reports, each a false positive (docs/measurements.md,
 * sessions 30, 31 and 33): rare terms of the genre the model does not know, read as a look- or sound-alike's
 * word (申建 → 扩建, 审级 → 审计), with a character too many (the slogan 蓝图已经绘就 read as 已经就) or as
 * nonsense (猪沼果, a farming model of pigs, biogas and orchards). Session 33's 100 reports more made two of
 * them: the model reads these reports as familiar now, and law text's evidence counts there. (发展极, 纠治,
 * 件件, 查纠顽瘴 and 少捕慎诉 are no longer flagged since the model learnt report prose of our own, session 31;
 * 息诉罢访 since it learnt 100 reports more, session 33; since session 33 neither is the slogan 扩内需 of
 * 保增长、扩内需、调结构, a list item as long as its neighbours, nor 抗冰救灾, a 2008 coinage in a slot the lexicon
 * fills with 抗震救灾 and 抗雪救灾.)
 */
const KNOWN_REPORT_FALSE_POSITIVES: Record<string, string[]> = {
  "city-work-report-2016.txt": ["garbled-text 申建", "garbled-text 已经绘就"],
  "court-work-report-2013.txt": ["garbled-text 审级"],
  "party-secretary-speech-2007.txt": ["garbled-text 猪沼果"],
};

describeKnownFindings("clean reports", "report-register", 12, KNOWN_REPORT_FALSE_POSITIVES);
