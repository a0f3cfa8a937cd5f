#!/usr/bin/env node
/**
 * The thin executable: start reading the large data files in the background
 * (src/data-files.ts), so that the reads overlap loading the program, then run
 * the program. From the bundle folder (dist/cli) the program is the CommonJS
 * bundle main.cjs, loaded with V8's code cache (code-cache.ts); elsewhere (the
 * compiled modules in dist/src) the ES module main.js.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { prefetchDataFiles } from "../data-files.js";
import { loadBundle } from "./code-cache.js";

const command = process.argv[2];
if (command === "lint" || command === "fix" || command === "baseline" || command === "repair") prefetchDataFiles();
const bundle = fileURLToPath(new URL("./main.cjs", import.meta.url));
const { main } = (existsSync(bundle) ? loadBundle(bundle).exports : await import("./main.js")) as typeof import("./main.js");
await main(process.argv.slice(2));
