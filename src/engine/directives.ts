/**
 * Post-filters the engine applies to every file's findings, over the raw text:
 *
 * - inline directives, as textlint users write them —
 *   `<!-- textlint-disable [rule…] -->` … `<!-- textlint-enable [rule…] -->`,
 *   `<!-- textlint-disable-next-line [rule…] -->` and
 *   `<!-- textlint-disable-line [rule…] -->`. textlint's own comment filter
 *   works on Html nodes, so it does nothing in `.txt` files (the text parser
 *   yields none); scanning the raw text makes the directives work in `.md` and
 *   `.txt` alike;
 * - the configuration's `allow` list: a finding whose flagged text is an
 *   allowed term is dropped.
 *
 * Rule ids may be written bare (`stray-latin`) or prefixed (`jiaodui/stray-latin`,
 * `preset-jiaodui/stray-latin`); several are separated by commas or spaces.
 */
import type { Finding } from "../report/types.js";

export interface DisabledRange {
  /** [start, end) offsets: findings starting inside are dropped. */
  start: number;
  end: number;
  /** The rules disabled, or null for every rule… */
  rules: ReadonlySet<string> | null;
  /** …except these (re-enabled one by one inside a disable-all). */
  except: ReadonlySet<string>;
}

const DIRECTIVE = /<!--\s*textlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/gu;

function ruleList(text: string): string[] {
  return text
    .split(/[\s,]+/u)
    .filter(Boolean)
    .map((id) => id.slice(id.lastIndexOf("/") + 1));
}

function lineBounds(text: string, offset: number): [number, number] {
  let start = offset;
  while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
  let end = offset;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") end++;
  return [start, end];
}

function nextLineStart(text: string, offset: number): number {
  const [, end] = lineBounds(text, offset);
  if (end >= text.length) return text.length;
  return text.startsWith("\r\n", end) ? end + 2 : end + 1;
}

/** The ranges the directives in `text` disable. */
export function findDisabledRanges(text: string): DisabledRange[] {
  const ranges: DisabledRange[] = [];
  const none = new Set<string>();
  let all: { start: number; except: Set<string> } | null = null;
  const perRule = new Map<string, number>();
  for (const match of text.matchAll(DIRECTIVE)) {
    const kind = match[1]!;
    const rules = ruleList(match[2] ?? "");
    const start = match.index!;
    const end = start + match[0].length;
    const set = rules.length > 0 ? new Set(rules) : null;
    if (kind === "disable-next-line") {
      const lineStart = nextLineStart(text, end);
      ranges.push({ start: lineStart, end: lineBounds(text, lineStart)[1] + 1, rules: set, except: none });
    } else if (kind === "disable-line") {
      const [lineStart, lineEnd] = lineBounds(text, start);
      ranges.push({ start: lineStart, end: lineEnd + 1, rules: set, except: none });
    } else if (kind === "disable") {
      if (!set) all ??= { start, except: new Set() };
      else for (const rule of set) if (!perRule.has(rule)) perRule.set(rule, start);
    } else if (!set) {
      if (all) ranges.push({ start: all.start, end, rules: null, except: all.except });
      all = null;
      for (const [rule, since] of perRule) ranges.push({ start: since, end, rules: new Set([rule]), except: none });
      perRule.clear();
    } else {
      for (const rule of set) {
        const since = perRule.get(rule);
        if (since !== undefined) ranges.push({ start: since, end, rules: new Set([rule]), except: none });
        perRule.delete(rule);
      }
      if (all) {
        ranges.push({ start: all.start, end, rules: null, except: all.except });
        all = { start: end, except: new Set([...all.except, ...set]) };
      }
    }
  }
  const open = text.length + 1;
  if (all) ranges.push({ start: all.start, end: open, rules: null, except: all.except });
  for (const [rule, since] of perRule) ranges.push({ start: since, end: open, rules: new Set([rule]), except: none });
  return ranges;
}

function disables(range: DisabledRange, finding: Finding): boolean {
  const offset = finding.range.start.offset;
  if (offset < range.start || offset >= range.end) return false;
  if (range.rules) return range.rules.has(finding.ruleId);
  return !range.except.has(finding.ruleId);
}

/** Drop the findings that inline directives disable or whose flagged text is allowed. */
export function filterFindings(findings: Finding[], text: string, allow: readonly string[] = []): Finding[] {
  const ranges = text.includes("textlint-") ? findDisabledRanges(text) : [];
  if (ranges.length === 0 && allow.length === 0) return findings;
  const allowed = new Set(allow);
  return findings.filter((finding) => {
    if (ranges.some((range) => disables(range, finding))) return false;
    if (allowed.size > 0) {
      const flagged = text.slice(finding.range.start.offset, finding.range.end.offset);
      if (allowed.has(flagged) || allowed.has(flagged.trim())) return false;
    }
    return true;
  });
}
