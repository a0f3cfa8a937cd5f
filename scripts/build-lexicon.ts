/**
 * Precompile the jieba dictionary shipped in @node-rs/jieba (MIT) into the
 * compact lexicon file read by src/cjk/lexicon.ts. Run by `npm run build`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { encodeLexicon, LEXICON_FILE } from "../src/cjk/lexicon-format.js";
import { GENERATED_DATA_DIR } from "../src/paths.js";

const require = createRequire(import.meta.url);
const jiebaDir = dirname(require.resolve("@node-rs/jieba/package.json"));
const jiebaVersion: string = JSON.parse(readFileSync(join(jiebaDir, "package.json"), "utf8")).version;
const text = readFileSync(join(jiebaDir, "dict.txt"), "utf8");

const byWord = new Map<string, { frequency: number; tag: string }>();
for (const line of text.split("\n")) {
  const [word, frequencyText, tag = "x"] = line.trim().split(" ");
  if (!word || !frequencyText) continue;
  const frequency = Number(frequencyText);
  const known = byWord.get(word);
  // A word listed twice keeps its more frequent reading.
  if (!known || known.frequency < frequency) byWord.set(word, { frequency, tag });
}

const words = [...byWord.keys()].sort();
const source = `@node-rs/jieba@${jiebaVersion} dict.txt`;
const sha256 = createHash("sha256").update(text).digest("hex").slice(0, 16);
mkdirSync(GENERATED_DATA_DIR, { recursive: true });
writeFileSync(
  join(GENERATED_DATA_DIR, LEXICON_FILE),
  encodeLexicon({ source, sha256 }, words.map((word) => ({ word, ...byWord.get(word)! }))),
);
console.log(`lexicon: ${words.length} words from ${source} → data/generated/${LEXICON_FILE}`);
