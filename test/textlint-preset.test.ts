/**
 * A textlint user's view: pack the package, install it with textlint into a
 * fresh project, enable the preset and the plugin in .textlintrc.json, and run
 * the plain textlint CLI. (npm install runs from the local npm cache first.)
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/paths.js";

const project = mkdtempSync(join(tmpdir(), "jiaodui-textlint-user-"));
const textlintBin = join(project, "node_modules", ".bin", "textlint");
const textlintVersion: string = JSON.parse(readFileSync(join(PACKAGE_ROOT, "node_modules", "textlint", "package.json"), "utf8")).version;

function textlint(args: string[]) {
  return spawnSync(textlintBin, args, { cwd: project, encoding: "utf8" });
}

describe("the jiaodui preset in a plain textlint project", () => {
  beforeAll(() => {
    if (!existsSync(join(PACKAGE_ROOT, "dist", "src", "textlint.js"))) throw new Error("run `npm run build` first (npm test does)");
    execFileSync("npm", ["pack", "--silent", "--pack-destination", project], { cwd: PACKAGE_ROOT, stdio: "pipe" });
    const tarball = readdirSync(project).find((name) => name.endsWith(".tgz"))!;
    writeFileSync(
      join(project, "package.json"),
      JSON.stringify({ name: "textlint-user", private: true, dependencies: { textlint: textlintVersion, jiaodui: `file:./${tarball}` } }),
    );
    execFileSync("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: project, stdio: "pipe" });
    writeFileSync(join(project, ".textlintrc.json"), JSON.stringify({ plugins: { jiaodui: true }, rules: { "preset-jiaodui": true } }));
    writeFileSync(join(project, "doc.txt"), "双方反对破坏国际地区安全 and 全球战略稳定的行为，支持5G和AUKUS以外的合作。\n");
    writeFileSync(join(project, "statement.txt"), readFileSync(join(PACKAGE_ROOT, "samples", "000_b0e387f7a5bfc16d.txt")));
  }, 300_000);

  it("reports jiaodui findings through the textlint CLI", () => {
    const result = textlint(["--format", "json", "doc.txt"]);
    expect(result.status).toBe(1);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; message: string }[] }[];
    expect(file!.messages.map((m) => m.ruleId)).toEqual(["jiaodui/stray-latin"]);
  });

  it("reads a .txt file in Markdown as jiaodui does, though textlint's own text plugin parses it", () => {
    // textlint hands .txt to its built-in text plugin, never to a configured one: the rules parse such a file again.
    const result = textlint(["--format", "json", "statement.txt"]);
    const [file] = JSON.parse(result.stdout) as { messages: { ruleId: string; range: [number, number] }[] }[];
    const viaTextlint = file!.messages.map((m) => `${m.ruleId.replace("jiaodui/", "")} ${m.range.join("-")}`);
    const lint = spawnSync(process.execPath, [join(project, "node_modules", "jiaodui", "dist", "cli", "bin.js"), "lint", "--format", "json", "statement.txt"], { cwd: project, encoding: "utf8" });
    const report = JSON.parse(lint.stdout) as { files: { findings: { ruleId: string; range: { start: { offset: number }; end: { offset: number } } }[] }[] };
    const viaJiaodui = report.files[0]!.findings.map((f) => `${f.ruleId} ${f.range.start.offset}-${f.range.end.offset}`);
    expect(viaJiaodui.length).toBeGreaterThan(10);
    expect(viaTextlint.sort()).toEqual(viaJiaodui.sort());
    expect(viaTextlint.some((m) => m.startsWith("markup "))).toBe(false);
  });

  it("applies the safe fix with textlint --fix", () => {
    const result = textlint(["--fix", "doc.txt"]);
    expect(result.status).toBe(0);
    expect(readFileSync(join(project, "doc.txt"), "utf8")).toBe("双方反对破坏国际地区安全和全球战略稳定的行为，支持5G和AUKUS以外的合作。\n");
  });
});
