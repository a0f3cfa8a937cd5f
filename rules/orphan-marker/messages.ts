/** Message catalogue of the orphan-marker rule. */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  orphan: {
    category: "orphan-marker",
    severity: "error",
    zh: "编号“{marker}”单独成段，其正文在下一段（{after}…）：应与下一段合并。",
    en: "Marker “{marker}” stands alone; its text is in the next paragraph ({after}…): join them.",
  },
  "orphan-before-heading": {
    category: "orphan-marker",
    severity: "error",
    zh: "编号“{marker}”单独成行，其后是标题，没有可合并的正文：其内容疑已丢失或错位。",
    en: "Marker “{marker}” stands alone before a heading, with no text to join: its content was probably lost or displaced.",
  },
  "orphan-before-table": {
    category: "orphan-marker",
    severity: "error",
    zh: "编号“{marker}”单独成行，其后是表格，没有可合并的正文：其内容疑已丢失或错位。",
    en: "Marker “{marker}” stands alone before a table, with no text to join: its content was probably lost or displaced.",
  },
  "orphan-before-marker": {
    category: "orphan-marker",
    severity: "error",
    zh: "编号“{marker}”单独成行，其后紧接另一个编号：其内容疑已丢失或错位。",
    en: "Marker “{marker}” stands alone, directly followed by another marker: its content was probably lost or displaced.",
  },
  "orphan-at-end": {
    category: "orphan-marker",
    severity: "error",
    zh: "编号“{marker}”单独位于文档末尾，没有正文：其内容疑已丢失。",
    en: "Marker “{marker}” stands alone at the end of the document: its content was probably lost.",
  },
  "orphan-heading": {
    category: "orphan-marker",
    severity: "error",
    zh: "标题中的编号“{marker}”单独成行，其正文在下一段（{after}…）：应合并，但合并会改变标题结构，请人工处理。",
    en: "Heading marker “{marker}” stands alone; its text follows ({after}…): join by hand (a fix would change the heading structure).",
  },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
