/** Message catalogue of the markup rule (zh-CN and English). */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  /** A tag removed by the safe fix; the text it wrapped stays. */
  htmlTag: {
    category: "markup",
    severity: "error",
    zh: "正文中残留 HTML 标签 {tag}，应删除（保留其中文字）。",
    en: "HTML tag {tag} left in the text; remove it (its text stays).",
  },
  /** <br>, </p><p>… between two pieces of text: the safe fix puts a line break there. */
  htmlBreak: {
    category: "markup",
    severity: "error",
    zh: "正文中残留 HTML 分段标签 {tag}，应改为换行。",
    en: "HTML break tag {tag} left in the text; replace it with a line break.",
  },
  /** A tag inside a Markdown paragraph: valid Markdown, so only a warning with suggestions. */
  markdownHtml: {
    category: "markup",
    severity: "warning",
    zh: "Markdown 段落中有 HTML 标签 {tag}，可能是网页抽取残留，请人工确认。",
    en: "HTML tag {tag} inside a Markdown paragraph; possibly left by web extraction, check by hand.",
  },
  htmlEntity: {
    category: "markup",
    severity: "error",
    zh: "正文中残留 HTML 字符实体 {entity}，应为“{char}”。",
    en: 'HTML character reference {entity} left in the text; expected "{char}".',
  },
  /** &nbsp; and friends next to Chinese text (removed) or invisible characters (removed). */
  spaceEntity: {
    category: "markup",
    severity: "error",
    zh: "中文中残留 HTML 空白实体 {entity}，应删除。",
    en: "HTML space or invisible-character reference {entity} inside Chinese text; remove it.",
  },
  unknownEntity: {
    category: "markup",
    severity: "warning",
    zh: "无法识别的 HTML 字符实体 {entity}，请人工确认。",
    en: "Unrecognised HTML character reference {entity}; check by hand.",
  },
  /** &lt;br&gt;, &amp;nbsp;: decoding would create new markup, so no safe fix. */
  escapedMarkup: {
    category: "markup",
    severity: "warning",
    zh: "转义的 HTML 标记 {entity}，解码后仍是标记，未自动修改。",
    en: "Escaped HTML markup {entity}; decoding it would create markup, so it is not fixed automatically.",
  },
  wikiLink: {
    category: "markup",
    severity: "error",
    zh: "残留 Wiki 链接标记 {markup}，应为“{text}”。",
    en: 'Wiki link markup {markup} left in the text; expected "{text}".',
  },
  wikiEditLink: {
    category: "markup",
    severity: "error",
    zh: "残留 Wiki 编辑链接 {markup}，应删除。",
    en: "Wiki edit link {markup} left in the text; remove it.",
  },
  wikiTemplate: {
    category: "markup",
    severity: "warning",
    zh: "残留 Wiki 模板 {markup}，请人工确认。",
    en: "Wiki template {markup} left in the text; check by hand.",
  },
  footnoteMarker: {
    category: "markup",
    severity: "warning",
    zh: "中文后的脚注标记 {markup}，可能是网页抽取残留（脚注正文已丢失）。",
    en: "Footnote marker {markup} after Chinese text; possibly left by web extraction (the note itself is gone).",
  },
  suggestRemove: {
    category: "markup",
    severity: "info",
    zh: "删除 {markup}",
    en: "Remove {markup}",
  },
  suggestLineBreak: {
    category: "markup",
    severity: "info",
    zh: "将 {markup} 改为换行",
    en: "Replace {markup} with a line break",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
