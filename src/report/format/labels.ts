/** Human labels shared by the Markdown and HTML reports, in both locales. */
import type { Category, Locale, Severity } from "../categories.js";
import { MIN_CHARACTERS, SCORE_SCALE, SEVERITY_WEIGHT } from "../score.js";

export const CATEGORY_LABEL: Record<Locale, Record<Category, string>> = {
  "zh-CN": {
    "stray-latin": "夹杂英文词",
    "paragraph-split": "断段",
    "line-wrap": "硬换行",
    "orphan-marker": "孤立编号",
    "numbering-gap": "编号缺漏",
    "misplaced-fragment": "错位片段",
    duplicate: "重复",
    truncation: "截断",
    garbled: "乱码",
    encoding: "编码损坏",
    "page-furniture": "页码页眉",
    punctuation: "标点",
    spacing: "空格",
    markup: "标记残留",
    variant: "繁简混用",
  },
  en: {
    "stray-latin": "stray Latin",
    "paragraph-split": "paragraph split",
    "line-wrap": "line wrap",
    "orphan-marker": "orphan marker",
    "numbering-gap": "numbering gap",
    "misplaced-fragment": "misplaced fragment",
    duplicate: "duplicate",
    truncation: "truncation",
    garbled: "garbled",
    encoding: "encoding",
    "page-furniture": "page furniture",
    punctuation: "punctuation",
    spacing: "spacing",
    markup: "markup",
    variant: "variant",
  },
};

export const SEVERITY_LABEL: Record<Locale, Record<Severity, string>> = {
  "zh-CN": { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
};

/** UI strings of the Markdown and HTML reports. */
export const TEXT = {
  "zh-CN": {
    title: "校对报告",
    files: "文件",
    documents: "文档",
    document: "文档",
    characters: "字符",
    findings: "问题",
    fixable: "可自动修复",
    score: "完整度",
    category: "类别",
    severity: "严重程度",
    total: "合计",
    rule: "规则",
    location: "位置",
    message: "说明",
    topFindings: "主要问题",
    more: (n: number) => `另有 ${n} 个问题未列出。`,
    none: "未发现问题。",
    all: "全部",
    shown: "显示",
    safe: "安全修复",
    unsafe: "需人工确认",
    noFix: "无自动修复",
    fix: "修复",
    suggestion: "建议",
    before: "修改前",
    after: "修改后",
    related: "相关位置",
    context: "上下文",
    noContext: "（源文件不可用，无上下文）",
    byCategory: "按类别",
    scoreHelp: "完整度如何计算",
    units: "行号从 1 起；列号和偏移按 UTF-16 码元计（与 JSON 报告一致；扩展区汉字计 2）。",
    skipped: "已跳过",
  },
  en: {
    title: "Proofreading report",
    files: "Files",
    documents: "Documents",
    document: "Document",
    characters: "Characters",
    findings: "Findings",
    fixable: "Fixable",
    score: "Integrity",
    category: "Category",
    severity: "Severity",
    total: "Total",
    rule: "Rule",
    location: "Location",
    message: "Message",
    topFindings: "Top findings",
    more: (n: number) => `${n} more finding(s) not listed.`,
    none: "No findings.",
    all: "All",
    shown: "Shown",
    safe: "safe fix",
    unsafe: "needs review",
    noFix: "no automatic fix",
    fix: "Fix",
    suggestion: "Suggestion",
    before: "Before",
    after: "After",
    related: "Related",
    context: "Context",
    noContext: "(source file not available: no context)",
    byCategory: "By category",
    scoreHelp: "How the integrity score is computed",
    units: "Lines count from 1; columns and offsets count UTF-16 code units (as in the JSON report; an astral ideograph counts 2).",
    skipped: "skipped",
  },
} as const;

/** The score formula in words, built from the constants of score.ts so it cannot drift. */
export function scoreFormula(locale: Locale): string[] {
  const w = SEVERITY_WEIGHT;
  if (locale === "en") {
    return [
      `D = Σ (severity weight × confidence) per 10 000 characters; weights: error ${w.error}, warning ${w.warning}, info ${w.info}.`,
      `Characters are non-white-space code points, counted as at least ${MIN_CHARACTERS}.`,
      `score = 100 × e^(−D / ${SCORE_SCALE}), rounded to one decimal: 100 is clean; one confident artefact per 10 000 characters scores ≈ ${approx(1)}, fifteen score ≈ ${approx(15)}.`,
    ];
  }
  return [
    `D = Σ（严重程度权重 × 置信度）/ 每万字符；权重：错误 ${w.error}，警告 ${w.warning}，提示 ${w.info}。`,
    `字符数为非空白码位数，不足 ${MIN_CHARACTERS} 按 ${MIN_CHARACTERS} 计。`,
    `完整度 = 100 × e^(−D / ${SCORE_SCALE})，保留一位小数：100 为无问题；每万字符一处确定伪影约 ${approx(1)}，十五处约 ${approx(15)}。`,
  ];
}

function approx(density: number): number {
  return Math.round(100 * Math.exp(-density / SCORE_SCALE));
}
