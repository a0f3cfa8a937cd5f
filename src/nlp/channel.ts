/**
 * Noisy-channel search for character slips: at a place where the trigram
 * model finds the text improbable, try every single edit — a character
 * changed, removed, added, or two neighbours swapped — and keep the one that
 * makes the passage most probable. A real slip (商定 → 商订, 对话 → 对, an
 * inserted or swapped character) is one edit away from ordinary prose, so its
 * best edit gains many nats; a rare but correct term usually is not.
 *
 * Works on one run of ideographs at a time (no punctuation inside), as ids of
 * the character model. Costs are −log P summed over the characters whose
 * trigram context the edit touches.
 */
import type { CharModel } from "./char-model.js";

export type EditKind = "change" | "remove" | "add" | "swap";

export interface ChannelEdit {
  kind: EditKind;
  /** Offsets in the run: the edit replaces run[start, end) by `replacement`. */
  start: number;
  end: number;
  replacement: string;
  /** Nats gained by the edit over the affected window. */
  gain: number;
}

/** Surprisal (−log P) of each character of the run given the two before it (the first one by its unigram). */
export function runSurprisals(model: CharModel, ids: Int32Array): Float64Array {
  const out = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    out[k] = k === 0 ? -model.unigram(ids[k]!) : k === 1 ? -model.logp(ids[0]!, ids[1]!) : -model.logp3(ids[k - 2]!, ids[k - 1]!, ids[k]!);
  }
  return out;
}

/** Cost of the characters w[from, n) of a window given their predecessors inside it (w[0], w[1] may be context). */
function windowCost(model: CharModel, w: Int32Array, from: number, n: number): number {
  let c = 0;
  for (let k = from; k < n; k++) {
    c -= k >= 2 ? model.logp3(w[k - 2]!, w[k - 1]!, w[k]!) : k === 1 ? model.logp(w[0]!, w[1]!) : model.unigram(w[0]!);
  }
  return c;
}

/**
 * The best edit of each kind touching position p of the run (change p,
 * remove p, add a character before p, swap p and p + 1), for those that
 * help; `kinds` limits the kinds tried. `candidates` limits the characters
 * tried for a change or an addition; `changePrior` adds the log-odds (nats)
 * that a change is a slip at all (the channel's own probability: a
 * sound-alike character is a likelier IME slip).
 */
export function bestEdits(
  model: CharModel,
  run: string,
  ids: Int32Array,
  p: number,
  kinds: readonly EditKind[] = EDIT_KINDS,
  candidates = 24,
  changePrior: (original: string, replacement: string) => number = () => 0,
): ChannelEdit[] {
  const n = ids.length;
  const contextLength = Math.min(p, 2);
  // Reused windows: context, then the original or edited characters, then up to two after.
  const original = new Int32Array(8);
  const edited = new Int32Array(8);
  for (let i = 0; i < contextLength; i++) original[i] = edited[i] = ids[p - contextLength + i]!;
  const best = new Map<EditKind, { start: number; end: number; replacement: readonly number[]; gain: number }>();
  // Cost of the window [context, replaced run[start, end) by `replacement`, then two characters after end].
  const consider = (kind: EditKind, start: number, end: number, replacement: readonly number[], prior = 0) => {
    let o = contextLength;
    let e = contextLength;
    for (let i = start; i < end; i++) original[o++] = ids[i]!;
    for (const id of replacement) edited[e++] = id;
    for (let i = end; i < Math.min(n, end + 2); i++) {
      original[o++] = ids[i]!;
      edited[e++] = ids[i]!;
    }
    const gain = windowCost(model, original, contextLength, o) - windowCost(model, edited, contextLength, e) + prior;
    if (gain > 0 && gain > (best.get(kind)?.gain ?? 0)) best.set(kind, { start, end, replacement, gain });
  };
  const here = ids[p]!;
  const previous = p > 0 ? run[p - 1] : undefined;
  for (const kind of kinds) {
    if (kind === "change") {
      // Characters the model has seen between the neighbours.
      for (const x of model.bridges(previous, run[p + 1], candidates)) {
        const id = model.id(x);
        if (id !== here) consider("change", p, p + 1, [id], changePrior(run[p]!, x));
      }
    } else if (kind === "remove") {
      // An inserted character.
      if (n > 1) consider("remove", p, p + 1, []);
    } else if (kind === "add") {
      // A dropped character before p.
      if (p > 0) for (const x of model.bridges(previous, run[p], candidates)) consider("add", p, p, [model.id(x)]);
    } else if (p + 1 < n && ids[p + 1] !== here) {
      consider("swap", p, p + 2, [ids[p + 1]!, here]);
    }
  }
  return [...best].map(([kind, b]) => ({ kind, start: b.start, end: b.end, replacement: b.replacement.map((id) => model.char(id)).join(""), gain: b.gain }));
}

export const EDIT_KINDS: readonly EditKind[] = ["change", "remove", "add", "swap"];
