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
import { UNKNOWN_BIGRAM, type CharModel } from "./char-model.js";

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
  model.sequenceSurprisals(ids, new Float64Array(ids.length), out);
  return out;
}

export interface EditSearch {
  /** The kinds of edit tried (default: all). */
  kinds?: readonly EditKind[];
  /** How many bridges are tried for a change or an addition (default DEFAULT_CANDIDATES; 0: a change tries the extra candidates only). */
  candidates?: number;
  /**
   * Log-odds (nats) that a change of `original` into `replacement` is a slip at
   * all — the channel's own probability (a sound-alike character is a likelier
   * IME slip); at most `maxChangePrior`.
   */
  changePrior?: (original: string, replacement: string) => number;
  maxChangePrior?: number;
  /**
   * Characters always tried for a change of `char` besides the bridges (e.g. its look-alikes):
   * the only ones at a run's first or last character, where no neighbour pair proposes
   * candidates, and a safeguard inside the run, where a likely slip may be no frequent bridge
   * between its neighbours (转变 in 加快转辛方式).
   */
  extraCandidates?: (char: string) => string;
  /** Gain (nats) below which an edit of a kind is of no interest; such edits are not reported (and their search stops early). */
  floor?: Partial<Record<EditKind, number>>;
  /** The run's surprisals (runSurprisals), when the caller has them: the unedited text's costs are summed from them instead of scored again. */
  surprisals?: Float64Array;
}

/**
 * The best edit of each kind touching position p of the run (change p,
 * remove p, add a character before p, swap p and p + 1), for those that
 * gain at all and at least their kind's floor.
 */
export function bestEdits(model: CharModel, run: string, ids: Int32Array, p: number, search: EditSearch = {}): ChannelEdit[] {
  const { kinds = EDIT_KINDS, candidates = DEFAULT_CANDIDATES, changePrior, maxChangePrior = 0, extraCandidates, floor = {}, surprisals } = search;
  const n = ids.length;
  const contextLength = Math.min(p, 2);
  // Every window starts with the two characters before p: their bigram is looked up once.
  const context = contextLength === 2 ? model.contextOf(ids[p - 2]!, ids[p - 1]!) : -1;
  // The edited window (context, then the edited characters, then up to two after) and the handles
  // of its bigrams where a bridge candidate brings them (sequenceCost's `bigrams`): shared scratch.
  const edited = scratchEdited;
  const bigrams = scratchBigrams.fill(UNKNOWN_BIGRAM);
  for (let i = 0; i < contextLength; i++) edited[i] = ids[p - contextLength + i]!;
  const here = ids[p]!;
  const out: ChannelEdit[] = [];
  // The search of the current kind (set for each kind below; read by consider and tryBridges).
  let kind: EditKind = "change";
  let originalCost = 0;
  let kindFloor = 0;
  let maxPrior = 0;
  let e = 0;
  let bestGain = 0;
  // The best candidate's characters (`width` of them: none, one or two), kept as ids.
  let found = false;
  let bestFirst = 0;
  let bestSecond = 0;
  // The candidate in the window is kept when it gains at least the floor and more than the best so far.
  const consider = (known: Int32Array | undefined) => {
    const editedCost = model.sequenceCost(edited, contextLength, e, originalCost + maxPrior - Math.max(kindFloor, bestGain), context, known);
    if (editedCost === Infinity) return;
    // (The change prior is looked up only for the few candidates that get this far.)
    const prior = kind === "change" && changePrior ? changePrior(run[p]!, model.char(edited[contextLength]!)) : 0;
    const gain = originalCost - editedCost + prior;
    if (gain > 0 && gain >= kindFloor && gain > bestGain) {
      bestGain = gain;
      found = true;
      bestFirst = edited[contextLength]!;
      bestSecond = edited[contextLength + 1]!;
    }
  };
  // One character between `left` (before the edited place) and `right` (after it): the characters the model has seen there (returned).
  const tryBridges = (left: number, right: number): Int32Array => {
    const { ids: bridges, bigrams: pairs } = model.bridgeSearch(left, right, candidates);
    // The bigram after the two a bridge brings is the same for every bridge.
    if (e > contextLength + 2) bigrams[contextLength + 2] = model.contextOf(edited[contextLength + 1]!, edited[contextLength + 2]!);
    for (let j = 0; j < bridges.length; j++) {
      const id = bridges[j]!;
      if (kind === "change" && (id === here || id === 0)) continue;
      edited[contextLength] = id;
      bigrams[contextLength] = pairs[2 * j]!;
      bigrams[contextLength + 1] = pairs[2 * j + 1]!;
      consider(bigrams);
    }
    return bridges;
  };
  for (const k of kinds) {
    kind = k;
    const start = p;
    const end = kind === "add" ? p : kind === "swap" ? p + 2 : p + 1;
    if ((kind === "add" && p === 0) || (kind === "remove" && n < 2) || end > n) continue;
    const after = Math.min(n, end + 2);
    // The cost of the unedited characters whose context the edit touches: the same for every candidate of the kind.
    originalCost = surprisals ? sumOf(surprisals, start, after) : model.sequenceCost(ids, start, after, Infinity, context);
    kindFloor = Math.max(floor[kind] ?? 0, 0);
    maxPrior = kind === "change" ? maxChangePrior : 0;
    // Each candidate writes its `width` characters after the context; the characters after the edit follow them.
    const width = kind === "remove" ? 0 : kind === "swap" ? 2 : 1;
    e = contextLength + width;
    for (let i = end; i < after; i++) edited[e++] = ids[i]!;
    // No candidate can reach the floor when even the most probable window there is (no character
    // costs less than −maxLogp): the search, bridges included, is skipped. (The margin covers rounding.)
    if (originalCost + maxPrior + (e - contextLength) * model.maxLogp + 1e-6 < kindFloor) continue;
    bestGain = 0;
    found = false;
    if (kind === "change") {
      // Characters the model has seen between the neighbours, and the given ones (those not among them).
      const bridges = p > 0 && p + 1 < n && candidates > 0 ? tryBridges(ids[p - 1]!, ids[p + 1]!) : undefined;
      if (extraCandidates) {
        for (const c of extraCandidates(run[p]!)) {
          const id = model.id(c);
          if (id === here || id === 0 || bridges?.includes(id)) continue;
          // Inside a run, one seen with neither neighbour seldom gains enough: most sound-alikes there are
          // such, and scoring them made the search 9 % dearer for no find more on the tuning side.
          if (bridges && !model.seen(ids[p - 1]!, id) && !model.seen(id, ids[p + 1]!)) continue;
          edited[contextLength] = id;
          consider(undefined);
        }
      }
    } else if (kind === "remove") {
      // An inserted character.
      consider(undefined);
    } else if (kind === "add") {
      // A dropped character before p.
      tryBridges(ids[p - 1]!, here);
    } else if (ids[p + 1] !== here) {
      edited[contextLength] = ids[p + 1]!;
      edited[contextLength + 1] = here;
      consider(undefined);
    }
    if (!found) continue;
    const replacement = width === 0 ? "" : width === 1 ? model.char(bestFirst) : model.char(bestFirst) + model.char(bestSecond);
    out.push({ kind, start, end, replacement, gain: bestGain });
  }
  return out;
}

/**
 * The gain (nats) of one given edit of the run — its characters [start, end) replaced by
 * `replacement` (ids) — over the window bestEdits scores: the edited characters and the two
 * after them, each given the two before it.
 */
export function editGain(model: CharModel, ids: Int32Array, start: number, end: number, replacement: Int32Array): number {
  const from = Math.max(0, start - 2);
  const after = Math.min(ids.length, end + 2);
  const original = ids.subarray(from, after);
  const edited = new Int32Array(start - from + replacement.length + after - end);
  edited.set(ids.subarray(from, start));
  edited.set(replacement, start - from);
  edited.set(ids.subarray(end, after), start - from + replacement.length);
  return model.sequenceCost(original, start - from, original.length) - model.sequenceCost(edited, start - from, edited.length);
}

/**
 * The gain of swapping a run's first two characters where digits stand before the run (4个多小时):
 * read after an ideographic numeral, as the model's training text, laws, writes numbers (四个多月).
 * At a run's start 个多 is far less likely than 多个; after a number it is the usual order.
 */
export function swapGainAfterNumeral(model: CharModel, ids: Int32Array): number {
  const withNumeral = new Int32Array(ids.length + 1);
  withNumeral[0] = model.id("三");
  withNumeral.set(ids, 1);
  return editGain(model, withNumeral, 1, 3, Int32Array.of(ids[1]!, ids[0]!));
}

/**
 * bestEdits' edited window and its bigram handles, reused across calls (a place is searched at a
 * time; two typed arrays per call cost more than scoring a removal). Context, ≤ 2 edited, ≤ 2 after.
 */
const scratchEdited = new Int32Array(8);
const scratchBigrams = new Int32Array(8);

/** a[from] + … + a[to − 1], added in order (as sequenceCost adds the same terms). */
function sumOf(a: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += a[i]!;
  return sum;
}

export const EDIT_KINDS: readonly EditKind[] = ["change", "remove", "add", "swap"];
/** Characters tried for a change or an addition: the most probable bridges between the neighbours. */
export const DEFAULT_CANDIDATES = 24;
