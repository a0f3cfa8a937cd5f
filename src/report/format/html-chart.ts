/** A small inline-SVG bar chart of findings by category, each bar split by severity. */
import type { Element } from "hast";
import { s } from "hastscript";
import { CATEGORIES, SEVERITIES, type Locale } from "../categories.js";
import type { Finding } from "../types.js";
import { CATEGORY_LABEL, SEVERITY_LABEL, TEXT } from "./labels.js";

const LABEL_WIDTH = 150;
const BAR_WIDTH = 300;
const ROW = 24;
const BAR = 16;

export function categoryChart(findings: readonly Finding[], locale: Locale): Element | null {
  const rows = CATEGORIES.map((category) => {
    const inCategory = findings.filter((f) => f.category === category);
    return { category, total: inCategory.length, bySeverity: SEVERITIES.map((sev) => ({ sev, n: inCategory.filter((f) => f.severity === sev).length })) };
  }).filter((row) => row.total > 0);
  if (rows.length === 0) return null;
  const max = Math.max(...rows.map((row) => row.total));
  const height = rows.length * ROW + 4;
  const width = LABEL_WIDTH + BAR_WIDTH + 50;
  const title = `${TEXT[locale].byCategory}: ${rows.map((row) => `${CATEGORY_LABEL[locale][row.category]} ${row.total}`).join(", ")}`;
  return s(
    "svg.chart",
    { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "chart-title" },
    [
      s("title", { id: "chart-title" }, title),
      ...rows.map((row, i) => {
        const y = i * ROW + 2;
        let x = LABEL_WIDTH;
        const segments = row.bySeverity
          .filter((part) => part.n > 0)
          .map((part) => {
            const w = Math.max(1, Math.round((part.n / max) * BAR_WIDTH));
            const rect = s("rect", { class: part.sev, x, y, width: w, height: BAR }, s("title", `${SEVERITY_LABEL[locale][part.sev]} ${part.n}`));
            x += w;
            return rect;
          });
        return s("g", { "data-category": row.category }, [
          s("text", { x: LABEL_WIDTH - 8, y: y + BAR - 3, "text-anchor": "end" }, CATEGORY_LABEL[locale][row.category]),
          ...segments,
          s("text", { x: x + 6, y: y + BAR - 3 }, String(row.total)),
        ]);
      }),
    ],
  );
}
