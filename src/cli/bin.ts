#!/usr/bin/env node
/** The thin executable: run the program, exit with its code. */
import { processIo } from "./io.js";
import { run } from "./program.js";

process.exitCode = await run(process.argv.slice(2), processIo);
