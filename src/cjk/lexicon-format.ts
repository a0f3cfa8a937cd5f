/**
 * The compact lexicon file written by `scripts/build-lexicon.ts` and read by
 * `lexicon.ts`. Layout (little endian):
 *
 *   uint32 headerLength | header JSON (UTF-8) | padding to 4 bytes
 *   uint32[count] frequency | uint8[count] tag index | words, UTF-8, joined by "\n"
 *
 * Loading it is a single read plus one string split: no parsing of the 5 MB
 * jieba dictionary text at start-up.
 */
export const LEXICON_FILE = "lexicon.bin";

export interface LexiconHeader {
  format: 1;
  /** Where the words came from, e.g. "@node-rs/jieba@2.0.3 dict.txt". */
  source: string;
  /** Content hash of the source dictionary, so reports can name the exact lexicon. */
  sha256: string;
  count: number;
  totalFrequency: number;
  /** Part-of-speech tags; entry i of the tag array indexes this list. */
  tags: string[];
}

export function encodeLexicon(header: LexiconHeader, words: string[], frequencies: Uint32Array, tagIndices: Uint8Array): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const padded = Math.ceil((4 + headerBytes.length) / 4) * 4;
  const wordBytes = Buffer.from(words.join("\n"), "utf8");
  const out = Buffer.alloc(padded + frequencies.byteLength + tagIndices.byteLength + wordBytes.length);
  out.writeUInt32LE(headerBytes.length, 0);
  headerBytes.copy(out, 4);
  Buffer.from(frequencies.buffer, frequencies.byteOffset, frequencies.byteLength).copy(out, padded);
  Buffer.from(tagIndices.buffer, tagIndices.byteOffset, tagIndices.byteLength).copy(out, padded + frequencies.byteLength);
  wordBytes.copy(out, padded + frequencies.byteLength + tagIndices.byteLength);
  return out;
}

export function decodeLexicon(bytes: Buffer): { header: LexiconHeader; words: string[]; frequencies: Uint32Array; tagIndices: Uint8Array } {
  const headerLength = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.toString("utf8", 4, 4 + headerLength)) as LexiconHeader;
  const padded = Math.ceil((4 + headerLength) / 4) * 4;
  const frequencies = new Uint32Array(bytes.buffer.slice(bytes.byteOffset + padded, bytes.byteOffset + padded + header.count * 4));
  const tagStart = padded + header.count * 4;
  const tagIndices = new Uint8Array(bytes.buffer.slice(bytes.byteOffset + tagStart, bytes.byteOffset + tagStart + header.count));
  const words = bytes.toString("utf8", tagStart + header.count).split("\n");
  return { header, words, frequencies, tagIndices };
}
