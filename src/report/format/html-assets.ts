/**
 * The HTML report's inline style sheet and script. Both are constant, so the
 * page's Content-Security-Policy can allow exactly them by hash and nothing
 * else: no network, no other script or style, no plug-ins, no forms.
 */
import { createHash } from "node:crypto";

export const STYLE = `
:root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --muted: #5f6368; --line: #dadce0; --mark: #fff3a3; --del: #fde0e0; --ins: #dff5e1; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1100px; padding: 1.5rem; color: #202124; background: #fff; line-height: 1.6;
  font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; } h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.meta, .note { color: var(--muted); font-size: .875rem; margin: .25rem 0; }
.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: .5rem; margin: 1rem 0; padding: 0; }
.totals div { border: 1px solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
.totals dt { color: var(--muted); font-size: .8rem; } .totals dd { margin: 0; font-size: 1.35rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.score-good { color: var(--ok); } .score-fair { color: var(--warning); } .score-poor { color: var(--error); }
.chart text { font-size: 12px; fill: #202124; font-family: inherit; }
.chart .error { fill: var(--error); } .chart .warning { fill: var(--warning); } .chart .info { fill: var(--info); }
#filters { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line); padding: .5rem 0; display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; }
#filters .group { display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }
#filters .label { color: var(--muted); font-size: .85rem; margin-right: .25rem; }
#filters button { font: inherit; font-size: .85rem; border: 1px solid var(--line); background: #fff; border-radius: 999px; padding: .1rem .7rem; cursor: pointer; }
#filters button[aria-pressed="true"] { background: #202124; color: #fff; border-color: #202124; }
.finding { border: 1px solid var(--line); border-left: 4px solid var(--muted); border-radius: 6px; padding: .6rem .9rem; margin: .6rem 0; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); } .finding.info { border-left-color: var(--info); }
.finding, .related li { scroll-margin-top: 4.5rem; }
.finding:target { outline: 2px solid #1a73e8; }
.finding header { display: flex; flex-wrap: wrap; gap: .4rem .75rem; align-items: baseline; font-size: .875rem; }
.loc { font-weight: 600; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .78rem; color: #fff; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
.badge.safe { background: var(--ok); } .badge.unsafe { background: #6d4c41; } .badge.none { background: var(--muted); }
.rule, .cat { color: var(--muted); } .rule code { font-size: .8rem; }
.msg { margin: .35rem 0; }
.snippet { white-space: pre-wrap; word-break: break-all; background: #f8f9fa; border-radius: 4px; padding: .35rem .6rem; margin: .35rem 0; font-family: inherit; font-size: .95rem; }
mark { background: var(--mark); outline: 1px solid #e0c200; } del { background: var(--del); text-decoration: line-through; } ins { background: var(--ins); text-decoration: none; }
.ws { color: #9aa0a6; font-size: .8em; }
.fix { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; align-items: baseline; margin: .35rem 0; }
.fix .lbl { color: var(--muted); font-size: .8rem; }
.fix .snippet { margin: .15rem 0; }
.related { margin: .35rem 0; padding-left: 1.25rem; font-size: .9rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  #filters { display: none; }
  .finding { break-inside: avoid; border-left-width: 3px; }
  .finding[hidden], section.file[hidden] { display: none; }
  a { color: inherit; text-decoration: none; }
  .badge { color: #000 !important; background: none !important; border: 1px solid #000; }
  mark, del, ins { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
`;

/** Filters by category and severity; following a link to a filtered-out finding clears the filters. */
export const SCRIPT = `
(() => {
  "use strict";
  const nav = document.getElementById("filters");
  const shown = document.getElementById("shown");
  if (!nav || !shown) return;
  const findings = Array.from(document.querySelectorAll("article.finding"));
  const files = Array.from(document.querySelectorAll("section.file"));
  const state = { category: "", severity: "" };
  function apply() {
    let count = 0;
    for (const finding of findings) {
      const visible = (!state.category || finding.dataset.category === state.category) && (!state.severity || finding.dataset.severity === state.severity);
      finding.hidden = !visible;
      if (visible) count++;
    }
    for (const file of files) {
      const all = file.querySelectorAll("article.finding").length;
      file.hidden = all > 0 && file.querySelectorAll("article.finding:not([hidden])").length === 0;
    }
    for (const button of nav.querySelectorAll("button[data-filter]")) {
      button.setAttribute("aria-pressed", String(state[button.dataset.filter] === button.dataset.value));
    }
    shown.textContent = shown.dataset.template.replace("{n}", String(count)).replace("{total}", String(findings.length));
  }
  nav.addEventListener("click", (event) => {
    const button = event.target instanceof Element ? event.target.closest("button[data-filter]") : null;
    if (!button) return;
    state[button.dataset.filter] = button.dataset.value;
    apply();
  });
  function reveal() {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const finding = target ? target.closest("article.finding") : null;
    if (finding && finding.hidden) {
      state.category = "";
      state.severity = "";
      apply();
      finding.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", reveal);
  nav.hidden = false;
  apply();
})();
`;

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** No network at all; only this style sheet and this script run. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** JSON for an inline <script type="application/json">: nothing in it can close the element or start markup. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, "\\u003c")
    .replace(/>/gu, "\\u003e")
    .replace(/&/gu, "\\u0026")
    .replace(/\u2028/gu, "\\u2028")
    .replace(/\u2029/gu, "\\u2029");
}
