import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hostileReport } from "../../../test/support/report-fixture.js";
import { formatHtml } from "./html.js";
import { CONTENT_SECURITY_POLICY, inlineJson, SCRIPT, STYLE } from "./html-assets.js";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("--format html (self-contained report)", () => {
  const { report, sources } = hostileReport();
  const html = formatHtml(report, sources);
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gu)];

  it("is one zh-CN page whose only scripts are the embedded report (JSON) and the filter script", () => {
    expect(html).toMatch(/^<!doctype html><html lang="zh-CN">/u);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]![0]).toMatch(/^<script id="jiaodui-report" type="application\/json">/u);
    expect(JSON.parse(scripts[0]![1]!)).toEqual(report);
    expect(scripts[1]![1]).toBe(SCRIPT);
  });

  it("escapes the documents' text everywhere: no markup from the documents reaches the page", () => {
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<b>x</b>");
    expect(html).not.toContain("<i>");
    expect(html).toContain("&#x3C;img src=x onerror=alert(2)>");
    // </script> inside the inline JSON cannot end the element.
    expect(scripts[0]![1]).not.toMatch(/<\/script/iu);
    expect(inlineJson({ t: "</script><!-- \u2028" })).toBe('{"t":"\\u003c/script\\u003e\\u003c!-- \\u2028"}');
  });

  it("forbids all network access and allows only its own style sheet and script, by hash", () => {
    const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/u)![1]!.replaceAll("&#x27;", "'");
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${sha256(SCRIPT)}'`);
    expect(csp).toContain(`style-src 'sha256-${sha256(STYLE)}'`);
    expect(html).toContain(`<style>${STYLE}</style>`);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/u);
    expect(html).not.toMatch(/\sstyle="/u);
  });

  it("shows each finding with an anchor, category, rule, severity, message, context, fix and badges", () => {
    expect(html).toContain('<article class="finding error" id="f0-0" data-category="stray-latin" data-severity="error" data-rule="stray-latin">');
    expect(html).toContain('<a class="loc" href="#f0-0"');
    expect(html).toContain("<code>stray-latin/strayConjunction</code>");
    // The span highlighted in context, spaces made visible.
    expect(html).toMatch(/安全<mark><span class="ws" title="U\+0020">·<\/span>and<span class="ws" title="U\+0020">·<\/span><\/mark>全球/u);
    // The safe fix as before/after.
    expect(html).toMatch(/<del>.*and.*<\/del>全球战略稳定/u);
    expect(html).toContain("<ins>和</ins>全球战略稳定");
    expect(html).toContain('<span class="badge safe">安全修复</span>');
    // The markup finding: an unsafe fix and an unsafe suggestion.
    expect(html.match(/data-safe="false"/gu)).toHaveLength(2);
    expect(html).toContain("<ins>&#x26;lt;img&#x26;gt;</ins>");
  });

  it("shows related locations with their own anchors and context", () => {
    expect(html).toContain('<li id="f0-2-r0"><a class="loc" href="#f0-2-r0">5:1</a> 片段应接在这里 &#x3C;i>');
    expect(html).toMatch(/<mark>展海外公民<\/mark>/u);
  });

  it("has the summary, the score formula, the category table and chart, and the filters", () => {
    expect(html).toContain('<dd data-stat="findings">3</dd>');
    expect(html).toContain("100 × e^(−D / 15)");
    expect(html).toMatch(/<svg class="chart"[^>]*role="img"/u);
    expect(html).toContain('<button type="button" data-filter="category" data-value="markup" aria-pressed="false">标记残留 (1)</button>');
    expect(html).toContain("@media print");
  });

  it("without the source text shows no context but still the fixes", () => {
    const bare = formatHtml(report, new Map());
    expect(bare).toContain("源文件不可用");
    expect(bare).not.toContain("<mark>");
    expect(bare).toContain("<ins>和</ins>");
  });

  it("is deterministic", () => {
    expect(formatHtml(report, sources)).toBe(html);
  });
});
