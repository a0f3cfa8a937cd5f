/**
 * A lint worker (node:worker_threads), started by pool.ts. It builds its own
 * Engine once, from the options the pool passes as workerData, then lints one
 * file per message and posts back the serialisable FileReport (and, in a cached
 * run, writes the file's cache entry). The lexicon and the other tables load
 * lazily, once per worker, when a rule first needs them.
 */
import { parentPort, workerData } from "node:worker_threads";
import { LintCache } from "./cache.js";
import { Engine } from "./engine.js";
import { lintHere, type WorkerInit, type WorkerReply, type WorkerTask } from "./pool.js";

const init = workerData as WorkerInit;
const engine = new Engine(init.engineOptions);
const cache = init.cache ? new LintCache(init.cache.location, init.cache.settings) : undefined;
const port = parentPort!;

port.on("message", (task: WorkerTask) => {
  void lintHere(engine, task, init.read, init.withText, cache).then((outcome) => {
    const reply: WorkerReply = outcome.error
      ? { index: task.index, error: { name: outcome.error.name, message: outcome.error.message } }
      : { index: task.index, report: outcome.report, lexicon: outcome.lexicon, text: outcome.text };
    port.postMessage(reply);
  });
});
