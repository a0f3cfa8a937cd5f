/**
 * The evaluation scripts' command line, parsed strictly: an unknown option, an
 * unknown split or a malformed number stops the script with exit code 2 and
 * its usage, and --help prints the usage — rather than running the default,
 * the held-out half, which no threshold may be tuned on. A fold of the model's
 * training text is refused unless the model in use was built without it.
 */
import { loadConfig, type JiaoduiConfig } from "../engine/config.js";
import { getAttestedNgrams } from "../nlp/attested-ngrams.js";
import { getCharModel } from "../nlp/char-model.js";
import { assertUnseenByModel, isFoldSplit, SPLITS, type Split } from "./corpus.js";

export interface StrictArgs<V> {
  values: V;
  /** Print the message and the usage to standard error and exit 2. */
  fail(message: string): never;
}

/**
 * A script's command line parsed strictly: `parse` is the script's own `parseArgs({ …, strict: true })`
 * with a `help` option; a parse error stops the script with its message, the usage and exit code 2,
 * and --help prints the usage and exits 0. (The benchmark's, and under strictScriptArgs the evaluation
 * scripts'.)
 */
export function strictArgs<V extends { help?: boolean }>(script: string, usage: string, parse: () => { values: V }): StrictArgs<V> {
  const fail = (message: string): never => {
    process.stderr.write(`${script}: ${message}\n${usage}\n`);
    process.exit(2);
  };
  let values: V;
  try {
    values = parse().values;
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  return { values, fail };
}

export interface ScriptArgs<V> extends StrictArgs<V> {
  split: Split;
  /** A non-negative integer option (undefined when absent). */
  integer(value: string | undefined, option: string): number | undefined;
}

/** `parse` is the script's own `parseArgs({ …, strict: true })`, with `split` and `help` among its options. */
export function strictScriptArgs<V extends { help?: boolean; split?: string }>(script: string, usage: string, parse: () => { values: V }): ScriptArgs<V> {
  const { values, fail } = strictArgs(script, usage, parse);
  const split = values.split ?? "held-out";
  if (!SPLITS.includes(split as Split)) fail(`unknown split "${split}"`);
  if (isFoldSplit(split)) {
    try {
      assertUnseenByModel(split, { model: getCharModel().header.source, attested: getAttestedNgrams()?.header.source });
    } catch (error) {
      fail((error as Error).message);
    }
  }
  const integer = (value: string | undefined, option: string) => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) fail(`--${option} must be a non-negative integer`);
    return Number(value);
  };
  return { values, split: split as Split, fail, integer };
}

/**
 * The configuration a script's --config names (a .textlintrc.json: rules and their options), or
 * undefined for every rule with its defaults; a missing or invalid file stops the script (`fail`).
 */
export function configOf(path: string | undefined, fail: (message: string) => never): JiaoduiConfig | undefined {
  if (path === undefined) return undefined;
  try {
    return loadConfig(path);
  } catch (error) {
    return fail((error as Error).message);
  }
}
