/**
 * `npm run bench`: jiaodui against plain textlint on a large corpus, in one run
 * and on the same files, side by side: wall time, MB/s and peak memory (max
 * RSS of the child process, worker threads included) of
 *
 *   (a) the textlint CLI with a no-op rule (a Str handler doing nothing: without
 *       any rule textlint parses nothing), configured as a jiaodui user would
 *       (plugin and all); textlint's built-in Markdown plugin parses the .md
 *       files (built-ins come before configured plugins), as in (b);
 *   (b) the textlint CLI with jiaodui's rules (the preset, resolved to this package);
 *   (c) `jiaodui lint` with all rules (--jobs default: available cores);
 *   (d) `jiaodui lint --cache`: a first run filling the cache and a rerun on unchanged files;
 *
 * and the cold-start latency of `jiaodui lint samples/` (median of 5).
 *
 * `--rounds N` repeats (a), (b), (c) and the cold start N times, interleaved
 * (a b c, a b c, …), and reports medians: a shared VM's speed drifts by tens
 * of percent within minutes, which skews a ratio of runs made minutes apart.
 *
 * Corpus: ../shared/corpus/big/ (≈ 50 MB of Chinese prose in ≈ 40 .md files;
 * files that are not Chinese prose, like SOURCES.md, are left out), or a
 * generated corpus (the bundled sample repeated) when it is absent.
 *
 *   npm run bench -- [--files N] [--mb N] [--corpus DIR] [--jobs N] [--rounds N] [--skip-textlint] [--out FILE]
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs as parseArgv } from "node:util";
import { notChineseProse } from "../src/cli/commands/scan.js";
import { strictArgs } from "../src/eval/script-args.js";
import { PACKAGE_ROOT } from "../src/paths.js";

interface Args {
  files?: number;
  mb?: number;
  corpus: string;
  jobs?: number;
  rounds: number;
  skipTextlint: boolean;
  out?: string;
}

const USAGE = "usage: npm run bench -- [--files N] [--mb N] [--corpus DIR] [--jobs N] [--rounds N] [--skip-textlint] [--out FILE]";

function parseArgs(argv: string[]): Args {
  const { values, fail } = strictArgs("bench", USAGE, () =>
    parseArgv({
      args: argv,
      strict: true,
      options: {
        files: { type: "string" },
        mb: { type: "string" },
        corpus: { type: "string" },
        jobs: { type: "string" },
        rounds: { type: "string" },
        "skip-textlint": { type: "boolean" },
        out: { type: "string" },
        help: { type: "boolean" },
      },
    }),
  );
  const positive = (value: string | undefined, option: string) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!(n > 0) || (option !== "mb" && !Number.isInteger(n))) fail(`--${option} must be a positive ${option === "mb" ? "number" : "integer"}`);
    return n;
  };
  return {
    files: positive(values.files, "files"),
    mb: positive(values.mb, "mb"),
    corpus: values.corpus !== undefined ? resolve(values.corpus) : join(PACKAGE_ROOT, "..", "shared", "corpus", "big"),
    jobs: positive(values.jobs, "jobs"),
    rounds: positive(values.rounds, "rounds") ?? 1,
    skipTextlint: values["skip-textlint"] ?? false,
    out: values.out !== undefined ? resolve(values.out) : undefined,
  };
}

interface Measure {
  label: string;
  seconds: number;
  maxRssMb: number;
  exitCode: number;
}

const TIME = "/usr/bin/time";

/** Run a command; wall time from here, peak RSS from /usr/bin/time (or by polling /proc when it is absent). */
function measure(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Measure> {
  const useTime = existsSync(TIME);
  const rssFile = join(tmpdir(), `jiaodui-bench-${process.pid}-${Math.random().toString(16).slice(2)}.txt`);
  const argv = useTime ? ["-f", "%M", "-o", rssFile, command, ...args] : args;
  const started = process.hrtime.bigint();
  return new Promise((resolvePromise, reject) => {
    const child = spawn(useTime ? TIME : command, argv, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    let polledKb = 0;
    const poll = useTime
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (match) polledKb = Math.max(polledKb, Number(match[1]));
          } catch {
            // exited
          }
        }, 20);
    child.on("error", reject);
    child.on("close", (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let kb = polledKb;
      if (useTime) {
        try {
          kb = Number(readFileSync(rssFile, "utf8").trim().split("\n").pop());
          rmSync(rssFile);
        } catch {
          kb = 0;
        }
      }
      const exitCode = code ?? -1;
      if (exitCode > 1) {
        reject(new Error(`${label}: exit code ${exitCode}\n${stderr}`));
        return;
      }
      resolvePromise({ label, seconds, maxRssMb: kb / 1024, exitCode });
    });
  });
}

function pickCorpus(args: Args, work: string): { files: string[]; bytes: number; source: string } {
  let candidates: string[] = [];
  let source = args.corpus;
  if (existsSync(args.corpus)) {
    candidates = readdirSync(args.corpus)
      .filter((n) => /\.(md|txt)$/.test(n))
      .sort()
      .map((n) => join(args.corpus, n))
      .filter((p) => !notChineseProse(readFileSync(p, "utf8").slice(0, 65536)));
  } else {
    // Generated fallback: the bundled sample repeated into ≈ 1 MB files.
    const sample = readFileSync(join(PACKAGE_ROOT, "samples", "000_b0e387f7a5bfc16d.txt"), "utf8");
    const dir = join(work, "generated-corpus");
    mkdirSync(dir);
    const perFile = sample.repeat(Math.ceil(1_000_000 / Buffer.byteLength(sample)));
    const count = args.files ?? Math.ceil(args.mb ?? 20);
    for (let i = 1; i <= count; i++) {
      const path = join(dir, `gen_${String(i).padStart(3, "0")}.txt`);
      writeFileSync(path, perFile);
      candidates.push(path);
    }
    source = `generated (bundled sample repeated; ${args.corpus} absent)`;
  }
  const files: string[] = [];
  let bytes = 0;
  for (const path of candidates) {
    if (args.files !== undefined && files.length >= args.files) break;
    if (args.mb !== undefined && bytes >= args.mb * 1e6) break;
    files.push(path);
    bytes += statSync(path).size;
  }
  return { files, bytes, source };
}

function machine() {
  let model = cpus()[0]?.model ?? "unknown";
  try {
    model = /model name\s*:\s*(.+)/.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? model;
  } catch {
    // not Linux
  }
  let load = "";
  try {
    load = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  } catch {
    load = "n/a";
  }
  return { cpu: model.trim(), cores: availableParallelism(), memoryGb: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, loadAverage: load };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** One configuration over several rounds: the median time, the highest peak memory. */
const medianMeasure = (ms: Measure[]): Measure => ({
  label: ms[0]!.label,
  seconds: median(ms.map((m) => m.seconds)),
  maxRssMb: Math.max(...ms.map((m) => m.maxRssMb)),
  exitCode: ms[0]!.exitCode,
});

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), "jiaodui-bench-"));
  try {
    const { files, bytes, source } = pickCorpus(args, work);
    if (files.length === 0) throw new Error("bench: no corpus files");
    const mb = bytes / 1e6;
    const node = process.execPath;
    // The executable users run (package.json bin: the CLI bundle).
    const bin = join(PACKAGE_ROOT, "dist", "cli", "bin.js");
    const textlint = join(PACKAGE_ROOT, "node_modules", "textlint", "bin", "textlint.js");
    const before = machine();
    console.log(`jiaodui bench — ${before.cpu}, ${before.cores} cores, ${before.memoryGb} GB, Node ${before.node}, load ${before.loadAverage}`);
    console.log(`corpus: ${source}: ${files.length} files, ${mb.toFixed(1)} MB\n`);

    // A project folder where textlint resolves "jiaodui" (plugin and preset) to this package.
    const project = join(work, "project");
    mkdirSync(join(project, "node_modules"), { recursive: true });
    symlinkSync(PACKAGE_ROOT, join(project, "node_modules", "jiaodui"), "dir");
    const rulesdir = join(work, "noop-rules");
    mkdirSync(rulesdir);
    writeFileSync(join(rulesdir, "noop.js"), "module.exports = (context) => ({ [context.Syntax.Str]() {} });\n");
    writeFileSync(join(project, "noop.textlintrc.json"), JSON.stringify({ plugins: { jiaodui: true } }));
    writeFileSync(join(project, "preset.textlintrc.json"), JSON.stringify({ plugins: { jiaodui: true }, rules: { "preset-jiaodui": true } }));

    const results: Measure[] = [];
    const show = (m: Measure) => {
      results.push(m);
      console.log(`  ${m.label.padEnd(44)} ${m.seconds.toFixed(2).padStart(8)} s ${(mb / m.seconds).toFixed(2).padStart(7)} MB/s ${m.maxRssMb.toFixed(0).padStart(6)} MB peak`);
    };
    // --rules-base-directory: textlint resolves plugin and preset names from there (else from its own install).
    const textlintArgs = (config: string, extra: string[] = [], inputs = files) => [
      textlint,
      "--config",
      join(project, config),
      "--rules-base-directory",
      join(project, "node_modules"),
      "--no-cache",
      "--format",
      "json",
      ...extra,
      ...inputs,
    ];
    if (!args.skipTextlint) {
      // textlint silently lints with zero rules when a name does not resolve: check that the preset reports on the sample.
      const check = await output(node, textlintArgs("preset.textlintrc.json", [], [join(PACKAGE_ROOT, "samples", "000_b0e387f7a5bfc16d.txt")]), project);
      if (!check.includes('"jiaodui/')) throw new Error(`bench: textlint did not load the jiaodui preset:\n${check.slice(0, 2000)}`);
    }
    const jobs = args.jobs ?? before.cores;
    const lintCommand = (n: number, extra: string[] = []) => [bin, "lint", "--format", "json", "--jobs", String(n), ...extra, ...files];
    // The compared runs, interleaved round by round.
    const noops: Measure[] = [];
    const presets: Measure[] = [];
    const lints: Measure[] = [];
    const cold: number[] = [];
    for (let round = 1; round <= args.rounds; round++) {
      if (args.rounds > 1) console.log(`  round ${round} of ${args.rounds}`);
      if (!args.skipTextlint) {
        noops.push(await measure("(a) textlint, no-op rule", node, textlintArgs("noop.textlintrc.json", ["--rulesdir", rulesdir]), project));
        show(noops.at(-1)!);
        presets.push(await measure("(b) textlint, jiaodui preset (all rules)", node, textlintArgs("preset.textlintrc.json"), project));
        show(presets.at(-1)!);
      }
      lints.push(await measure(`(c) jiaodui lint, all rules, jobs ${jobs}`, node, lintCommand(jobs), work));
      show(lints.at(-1)!);
      const roundCold: number[] = [];
      for (let i = 0; i < 5; i++) roundCold.push((await measure("cold", node, [bin, "lint", "samples/"], PACKAGE_ROOT)).seconds);
      console.log(`  ${"cold start: jiaodui lint samples/ (median of 5)".padEnd(44)} ${median(roundCold).toFixed(2).padStart(8)} s   (runs: ${roundCold.map((s) => s.toFixed(2)).join(" ")})`);
      cold.push(...roundCold);
    }
    const lint = medianMeasure(lints);
    const noop = noops.length > 0 ? medianMeasure(noops) : undefined;
    const preset = presets.length > 0 ? medianMeasure(presets) : undefined;
    if (jobs !== 1) show(await measure(`(c1) jiaodui lint, all rules, jobs 1`, node, lintCommand(1), work));
    // The cache: a first run filling it, then a rerun on the unchanged files.
    const cacheArgs = lintCommand(jobs, ["--cache", "--cache-location", join(work, "cache")]);
    const cacheFirst = await measure("(d1) cached run, empty cache", node, cacheArgs, work);
    show(cacheFirst);
    const cacheAgain = await measure("(d2) cached rerun, unchanged files", node, cacheArgs, work);
    show(cacheAgain);

    console.log("");
    if (args.rounds > 1) {
      const medians = [noop, preset, lint].filter((m): m is Measure => m !== undefined);
      for (const m of medians) console.log(`  median of ${args.rounds}: ${m.label.padEnd(40)} ${m.seconds.toFixed(2).padStart(8)} s`);
      console.log(`  median of ${args.rounds * 5}: cold start ${median(cold).toFixed(2)} s\n`);
    }
    const ratios: Record<string, number> = {};
    if (preset) ratios["jiaodui lint vs textlint, same rules (throughput ×)"] = preset.seconds / lint.seconds;
    if (noop) ratios["jiaodui lint vs textlint, no-op rule (throughput ×)"] = noop.seconds / lint.seconds;
    ratios["cached rerun / first run (time)"] = cacheAgain.seconds / cacheFirst.seconds;
    if (args.rounds > 1 && noops.length > 0) {
      // Within each round the runs were minutes apart, not tens of minutes: the spread of these is the drift.
      const perRound = lints.map((l, i) => noops[i]!.seconds / l.seconds);
      console.log(`  no-op ratio by round: ${perRound.map((r) => r.toFixed(2)).join(" ")}`);
    }
    for (const [k, v] of Object.entries(ratios)) console.log(`  ${k.padEnd(56)} ${v.toFixed(2)}`);
    const after = machine();
    console.log(`\nload average after: ${after.loadAverage} (other processes compete for the cores when it exceeds ${after.cores})`);
    const record = {
      date: new Date().toISOString(),
      machine: before,
      loadAfter: after.loadAverage,
      corpus: { source, files: files.length, megabytes: +mb.toFixed(2) },
      results: results.map((m) => ({ ...m, mbPerSecond: +(mb / m.seconds).toFixed(3) })),
      coldStartSeconds: { median: median(cold), runs: cold },
      ratios,
    };
    if (args.out) writeFileSync(args.out, JSON.stringify(record, null, 2) + "\n");
    console.log(`\n${JSON.stringify(record)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function output(command: string, args: string[], cwd: string): Promise<string> {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("close", () => resolvePromise(out));
    child.on("error", (error) => resolvePromise(String(error)));
  });
}

await main();
