import { describe, expect, it } from "vitest";
import { hostileReport } from "../../../test/support/report-fixture.js";
import { escapeMarkdown, formatMarkdown } from "./markdown.js";

describe("--format md (PR comment, step summary)", () => {
  const { report } = hostileReport();
  const md = formatMarkdown(report);

  it("has a table by category and severity with totals", () => {
    expect(md).toContain("| 类别 | 错误 | 警告 | 提示 | 合计 |");
    expect(md).toContain("| 夹杂英文词 `stray-latin` | 1 | 0 | 0 | 1 |");
    expect(md).toContain("| 标记残留 `markup` | 0 | 1 | 0 | 1 |");
    expect(md).toContain("| **合计** | 1 | 1 | 1 | 3 |");
  });

  it("lists the top findings, errors first, with locations", () => {
    const rows = md.split("\n").filter((l) => /^\| docs/u.test(l) && /:\d+:\d+ \|/u.test(l));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/:2:13 \| 错误 \|/u);
    expect(formatMarkdown(report, { top: 1 })).toContain("另有 2 个问题未列出。");
  });

  it("escapes |, markup, HTML and mentions from the documents and messages", () => {
    expect(escapeMarkdown("a|b *c* <img> @octocat [x](y)\nz")).toBe("a\\|b \\*c\\* &lt;img&gt; &#64;octocat \\[x\\]\\(y\\) z");
    expect(md).not.toContain("<img");
    expect(md).not.toContain("</script>");
    expect(md).not.toContain("@octocat");
    // every table row keeps its column count: no unescaped | from a message
    for (const line of md.split("\n").filter((l) => l.startsWith("| docs"))) {
      expect(line.replace(/\\\|/gu, "").split("|").length - 2).toBe(line.includes(":2:") || line.includes(":3:") ? 4 : 5);
    }
  });

  it("speaks English when the report does", () => {
    expect(formatMarkdown(hostileReport("en").report)).toContain("| Category | error | warning | info | Total |");
  });
});
