/**
 * The HTML report in a real browser: Debian's Chromium, headless, driven by
 * playwright-core (no browser download). The summary shows the JSON report's
 * numbers, a category filter leaves only that category, the console stays
 * free of errors (CSP violations included), nothing is fetched, and hostile
 * document text runs no script. A screenshot is kept in test-artifacts/.
 *
 * Without Chromium the test is skipped: `apt-get install -y chromium` (or set
 * JIAODUI_CHROMIUM to a Chromium executable) to enable it.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintPaths } from "../src/cli/commands/report.js";
import { CATEGORIES } from "../src/report/categories.js";
import { formatReport } from "../src/report/format/index.js";
import { PACKAGE_ROOT } from "../src/paths.js";
import type { Report } from "../src/report/types.js";
import { hostileReport } from "./support/report-fixture.js";

const CHROMIUM = process.env.JIAODUI_CHROMIUM ?? "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const ARTIFACTS = join(PACKAGE_ROOT, "test-artifacts");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

if (!HAS_CHROMIUM) {
  console.warn(`report-browser.test.ts skipped: no Chromium at ${CHROMIUM}. Install Debian's chromium (apt-get install -y chromium) or set JIAODUI_CHROMIUM to enable it.`);
}

interface Opened {
  page: Page;
  problems: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(!HAS_CHROMIUM)("the HTML report in headless Chromium", () => {
  let browser: Browser;
  let report: Report;
  let sample: Opened;

  async function open(html: string, name: string): Promise<Opened> {
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = join(ARTIFACTS, name);
    writeFileSync(file, html);
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const opened: Opened = { page, problems: [], requests: [], dialogs: [] };
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") opened.problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => opened.problems.push(`pageerror: ${error.message}`));
    page.on("request", (request) => opened.requests.push(request.url()));
    page.on("dialog", (dialog) => {
      opened.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    return opened;
  }

  /** Categories of the findings that are rendered (not hidden by a filter or by print styles). */
  const visibleFindings = (page: Page): Promise<string[]> =>
    page.$$eval("article.finding", (articles) =>
      articles.filter((a) => (a as unknown as { offsetParent: unknown }).offsetParent !== null).map((a) => a.getAttribute("data-category")!),
    );

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
    const linted = await lintPaths(["samples"], { rule: [], parser: "auto", locale: "zh-CN" }, PACKAGE_ROOT);
    report = linted.report;
    sample = await open(formatReport(report, "html", { locale: "zh-CN", color: false, sources: linted.sources }), "sample-report.html");
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the JSON report's numbers in the summary", async () => {
    const stat = (key: string) => sample.page.textContent(`[data-stat="${key}"]`);
    const { summary } = report;
    expect(await stat("files")).toBe(String(summary.files));
    expect(await stat("documents")).toBe(String(summary.documents));
    expect(await stat("characters")).toBe(String(summary.characters));
    expect(await stat("findings")).toBe(String(summary.findings));
    for (const severity of ["error", "warning", "info"] as const) expect(await stat(severity)).toBe(String(summary.bySeverity[severity]));
    expect(await stat("fixable")).toBe(String(summary.fixable));
    expect(await stat("score")).toBe(String(summary.integrityScore));
    const scores = await sample.page.$$eval("[data-doc-score]", (cells) => cells.map((c) => c.textContent));
    expect(scores).toEqual(report.files.flatMap((f) => f.documents.map((d) => String(d.integrityScore))));
    const byCategory = await sample.page.$$eval("table.categories tr[data-category]", (rows) => rows.map((r) => [r.getAttribute("data-category"), r.querySelector("[data-count]")!.textContent]));
    expect(Object.fromEntries(byCategory)).toEqual(Object.fromEntries(Object.entries(summary.byCategory).map(([k, v]) => [k, String(v)])));
    expect(await visibleFindings(sample.page)).toHaveLength(summary.findings);
    await sample.page.screenshot({ path: join(ARTIFACTS, "sample-report.png"), fullPage: true });
  });

  it("a category filter leaves only that category's findings visible; 全部 shows all again", async () => {
    const { page } = sample;
    const categories = CATEGORIES.filter((c) => (report.summary.byCategory[c] ?? 0) > 0);
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) {
      await page.click(`button[data-filter="category"][data-value="${category}"]`);
      const visible = await visibleFindings(page);
      expect(visible).toHaveLength(report.summary.byCategory[category]!);
      expect(new Set(visible)).toEqual(new Set([category]));
      expect(await page.getAttribute(`button[data-filter="category"][data-value="${category}"]`, "aria-pressed")).toBe("true");
      expect(await page.textContent("#shown")).toContain(`${visible.length} / ${report.summary.findings}`);
    }
    await page.screenshot({ path: join(ARTIFACTS, "sample-report-filtered.png"), fullPage: false });
    await page.click('button[data-filter="category"][data-value=""]');
    expect(await visibleFindings(page)).toHaveLength(report.summary.findings);
  });

  it("logs no error or warning (no CSP violation) and fetches nothing", () => {
    expect(sample.problems).toEqual([]);
    expect(sample.requests.filter((url) => !url.startsWith("file:"))).toEqual([]);
    expect(sample.requests).toHaveLength(1);
  });

  it("hostile document text runs no script and breaks nothing; its filters and related links work", async () => {
    const { report: hostile, sources } = hostileReport();
    const opened = await open(formatReport(hostile, "html", { locale: "zh-CN", color: false, sources }), "hostile-report.html");
    const { page } = opened;
    expect(await page.$$("img")).toHaveLength(0);
    expect(await page.$$("script")).toHaveLength(2);
    expect(await page.textContent('[data-stat="findings"]')).toBe("3");
    await page.click('button[data-filter="severity"][data-value="warning"]');
    expect(await visibleFindings(page)).toEqual(["markup"]);
    // Following a link to a filtered-out finding clears the filters.
    await page.evaluate('location.hash = "#f0-2-r0"');
    await page.waitForFunction('!document.getElementById("f0-2").hidden');
    expect(await visibleFindings(page)).toHaveLength(3);
    await page.screenshot({ path: join(ARTIFACTS, "hostile-report.png"), fullPage: true });
    expect(opened.dialogs).toEqual([]);
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toHaveLength(1);
  });

  it("the policy is live: markup slipped into the page would be refused and reported on the console", async () => {
    const { report: hostile, sources } = hostileReport();
    const tampered = formatReport(hostile, "html", { locale: "zh-CN", color: false, sources }).replace("<footer>", '<footer style="color:red"><script>alert(1)</script>');
    const opened = await open(tampered, "tampered-report.html");
    expect(opened.dialogs).toEqual([]);
    expect(opened.problems.filter((p) => p.includes("Content Security Policy"))).toHaveLength(2);
    await opened.page.close();
  });

  it("prints: filters hidden, findings kept", async () => {
    const { page } = sample;
    await page.emulateMedia({ media: "print" });
    expect(await page.isHidden("#filters")).toBe(true);
    expect(await visibleFindings(page)).toHaveLength(report.summary.findings);
    await page.emulateMedia({ media: "screen" });
  });
});
