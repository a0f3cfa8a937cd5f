/** A small table of attested strings for tests: every string of four of the given texts (our own sentences). */
import { AttestedNgrams, encodeAttested, hashStringsOfFour } from "../../src/nlp/attested-ngrams.js";

export function attestedTableOf(...texts: string[]): AttestedNgrams {
  const hashes = hashStringsOfFour(texts);
  return AttestedNgrams.decode(encodeAttested({ format: 1, source: "test", count: hashes.length }, hashes));
}
