/** Message catalogue of the duplicate rule. */
import type { Catalogue } from "../../src/rule-kit.js";

export const messages = {
  "doubled-glyphs": {
    category: "duplicate",
    severity: "error",
    zh: "“{doubled}”每个字都重复了一遍（PDF 仿粗体叠印，提取时读出两次），应为“{single}”。",
    en: "“{doubled}” has every character twice (a PDF's fake bold, printed twice and extracted twice); it reads “{single}”.",
  },
  "adjacent-line": {
    category: "duplicate",
    severity: "error",
    zh: "重复的行（{head}…）：紧接在相同的一行之后，疑为 PDF 文字层重叠导致提取两次，应删除此行。",
    en: "Repeated line ({head}…) right after the same line: probably a PDF's overlapping text layers extracted twice; delete this line.",
  },
  "adjacent-copy": {
    category: "duplicate",
    severity: "error",
    zh: "重复段落（{head}…）：紧接在相同内容之后，疑为提取时重复，应删除此副本。",
    en: "Repeated block ({head}…) right after the same text: probably duplicated by the extraction; delete this copy.",
  },
  "adjacent-near-copy": {
    category: "duplicate",
    severity: "error",
    zh: "重复段落（{head}…）：紧接在几乎相同的内容之后（个别字不同，或原段被分页切成两段），疑为提取时重复，请核对后删除多余的一处。",
    en: "Repeated paragraph ({head}…) right after nearly the same text (a few characters differ, or a break split the original in two): probably duplicated by the extraction; check and delete one copy.",
  },
  "adjacent-run": {
    category: "duplicate",
    severity: "error",
    zh: "连续 {count} 段（{head}…）紧接着重复了前面相同的 {count} 段，疑为提取时重复，应删除此副本。",
    en: "{count} blocks ({head}…) repeat the {count} blocks right before them: probably duplicated by the extraction; delete this copy.",
  },
  "signature-copy": {
    category: "duplicate",
    severity: "error",
    zh: "落款/签名块重复（{head}…）：同一文档中已有相同的签名块，此处为多余副本。",
    en: "Repeated signature block ({head}…): the same document already has this signature block; this is a stray copy.",
  },
  "repeated-article": {
    category: "duplicate",
    severity: "error",
    zh: "条文重复（{head}…）：同一条文在文档中出现两次，应删除此副本。",
    en: "Repeated article ({head}…): the same article appears twice in the document; delete this copy.",
  },
  "repeated-paragraph": {
    category: "duplicate",
    severity: "warning",
    zh: "长段落重复（{head}…）：与前文某段完全相同，疑为提取时重复。",
    en: "Repeated long paragraph ({head}…): identical to an earlier paragraph; probably duplicated by the extraction.",
  },
  "misplaced-item": {
    category: "duplicate",
    severity: "error",
    zh: "编号段落重复（{head}…）：与文中另一段完全相同，且在此处打乱了编号顺序，疑为提取时重复粘贴，应删除此处。",
    en: "Repeated numbered paragraph ({head}…): identical to another paragraph of the document and out of count here; probably pasted twice by the extraction: delete this copy.",
  },
  "counted-copy": { category: "duplicate", severity: "info", zh: "另一处相同段落（在那里编号顺序正确）。", en: "The other copy (in count there)." },
  "first-occurrence": { category: "duplicate", severity: "info", zh: "首次出现之处。", en: "The first occurrence." },
  "delete-copy": { category: "duplicate", severity: "info", zh: "删除此副本", en: "Delete this copy" },
} satisfies Catalogue;

export type MessageId = keyof typeof messages;
