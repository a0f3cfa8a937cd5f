import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  pageNumber: {
    category: "page-furniture",
    severity: "error",
    zh: "页码行“{text}”是 PDF 提取残留的页脚，应删除整行。",
    en: "Page-number line “{text}” is a footer left by PDF extraction; remove the line.",
  },
  possiblePageNumber: {
    category: "page-furniture",
    severity: "warning",
    zh: "单独成行的数字“{text}”夹在正文之间，可能是页码。",
    en: "The number “{text}” alone on a line between prose lines may be a page number.",
  },
  runningHeader: {
    category: "page-furniture",
    severity: "error",
    zh: "“{text}”按页的间隔重复出现 {count} 次，是 PDF 提取残留的页眉或页脚，应删除整行。",
    en: "“{text}” recurs {count} times at page-like intervals: a running header or footer left by PDF extraction; remove the line.",
  },
  possibleRunningHeader: {
    category: "page-furniture",
    severity: "warning",
    zh: "“{text}”重复出现在分页处（{count} 次），可能是页眉或页脚。",
    en: "“{text}” recurs next to page breaks ({count} times) and may be a running header or footer.",
  },
  formFeed: {
    category: "page-furniture",
    severity: "error",
    zh: "换页符（U+000C）是 PDF 提取留下的分页标记，应删除。",
    en: "Form feed (U+000C) is a page break left by PDF extraction; remove it.",
  },
  webPage: {
    category: "page-furniture",
    severity: "error",
    zh: "“{text}”是网页提取残留的页面按钮或导航（打印、关闭、字号、当前位置等），应删除整行。",
    en: "“{text}” is a web page's buttons or navigation (print, close, font size, breadcrumbs…) left by HTML extraction; remove the line.",
  },
  possibleWebPage: {
    category: "page-furniture",
    severity: "warning",
    zh: "“{text}”疑为网页提取残留的页面信息（责任编辑、浏览次数、上下篇链接、备案号等），不属于正文。",
    en: "“{text}” looks like a web page's metadata (editor, view count, neighbouring articles, registration number…) left by HTML extraction, not part of the text.",
  },
  footnoteMarker: {
    category: "page-furniture",
    severity: "warning",
    zh: "正文中的上标数字“{text}”疑为 PDF 脚注的引用编号，脚注正文可能在页底或别处。",
    en: "The superscript “{text}” in the prose looks like a footnote reference left by PDF extraction; the footnote itself may sit at the page's foot or elsewhere.",
  },
  possibleFootnoteMarker: {
    category: "page-furniture",
    severity: "warning",
    zh: "紧贴在词语和标点之间的数字“{text}”疑为 PDF 脚注的引用编号（原为上标）。",
    en: "The number “{text}” glued between a word and punctuation looks like a footnote reference (a superscript) left by PDF extraction.",
  },
  removeMarker: {
    category: "page-furniture",
    severity: "info",
    zh: "删除编号",
    en: "Delete the number",
  },
  removeLine: {
    category: "page-furniture",
    severity: "info",
    zh: "删除此行",
    en: "Delete this line",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
