/**
 * A small seeded PRNG (mulberry32) for the evaluation harness: the same seed
 * gives the same corruption on every machine and Node version.
 */
import { hashUnits } from "../cjk/lexicon-format.js";

/** 32-bit FNV-1a hash of a string, to derive independent sub-seeds ("doc 7 / encoding"). */
export function hashString(text: string): number {
  return hashUnits(text);
}

export class Rng {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** An independent generator for a named sub-task, unaffected by how much this one was used. */
  fork(label: string): Rng {
    return new Rng((this.seed ^ hashString(label)) >>> 0 || 1);
  }
}

/** A bare `() => float` stream for tests that need nothing more. */
export function randomFloats(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}
