import { describe, expect, it } from "vitest";
import { hostileReport, HOSTILE_PATH } from "../../../test/support/report-fixture.js";
import { escapeData, escapeProperty, formatGithub } from "./github.js";

describe("--format github (workflow commands)", () => {
  const { report, sources } = hostileReport();
  const lines = formatGithub(report, sources).trimEnd().split("\n");

  it("escapes % \\r \\n in data and also : , in properties", () => {
    expect(escapeData("100%\r\nx: a, b")).toBe("100%25%0D%0Ax: a, b");
    expect(escapeProperty("a:b,c%\n")).toBe("a%3Ab%2Cc%25%0A");
  });

  it("writes one annotation per finding, severity mapped to error/warning/notice", () => {
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => l.match(/^::(\w+) /)![1])).toEqual(["error", "warning", "notice"]);
    for (const line of lines) expect(line).toMatch(/^::\w+ file=[^:]*,line=\d+,(col=\d+,)?endLine=\d+,(endColumn=\d+,)?title=[^:]+::.+$/u);
  });

  it("counts columns in code points: two astral ideographs before “ and ” count 2, not 4", () => {
    // "𠀀𠀁破坏国际地区安全 and" — the span starts after 10 characters (12 UTF-16 units).
    expect(lines[0]).toContain(`file=${HOSTILE_PATH},line=2,col=11,endLine=2,endColumn=16,title=jiaodui/stray-latin (stray-latin)::`);
    expect(lines[0]).toContain("（可用 jiaodui lint --fix 自动修复）");
  });

  it("keeps a message with line breaks, %, : and , on one command line", () => {
    expect(lines[1]).toContain("100%25: a, b%0Aline");
    expect(lines[1]).not.toMatch(/\n/);
  });

  it("annotates by lines when the source is unavailable", () => {
    const bare = formatGithub(report, new Map()).split("\n")[0]!;
    expect(bare).toMatch(/^::error file=.*,line=2,endLine=2,title=/u);
    expect(bare).not.toContain("col=");
  });
});
