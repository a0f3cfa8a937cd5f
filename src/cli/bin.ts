#!/usr/bin/env node
/**
 * The thin executable: run the program, exit with its code. The large data
 * files start loading in the background first (src/data-files.ts), so that
 * reading them overlaps loading the program's modules.
 */
import { prefetchDataFiles } from "../data-files.js";

const command = process.argv[2];
if (command === "lint" || command === "fix" || command === "baseline" || command === "repair") prefetchDataFiles();
const [{ run }, { processIo }] = await Promise.all([import("./program.js"), import("./io.js")]);
process.exitCode = await run(process.argv.slice(2), processIo);
