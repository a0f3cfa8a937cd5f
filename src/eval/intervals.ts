/**
 * 95 % intervals for the eval's figures, so that a figure near its target can
 * be read against the noise of its sample: 105 of 154 garbles found is 68.2 %,
 * but any recall from about 61 to 75 % would give such a count as often.
 *
 * - a share (recall, precision): the Wilson score interval, which stays inside
 *   [0, 1] and behaves at 0 and n successes, unlike the normal approximation;
 * - a count of rare events (clean false positives per 100 000 characters):
 *   the exact (Garwood) Poisson interval, the expected counts under which the
 *   observed count or a more extreme one has probability 2.5 % (21 events:
 *   13.0–32.1), found by bisection on the Poisson distribution function.
 */

/** The normal quantile of a two-sided 95 % interval. */
export const Z95 = 1.959964;

/** Wilson score interval of `successes` in `n` trials, or null for no trials. */
export function wilsonInterval(successes: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** P(X ≤ k) for X Poisson with mean `mean`, summed in logarithms (no underflow for large means). */
export function poissonCdf(k: number, mean: number): number {
  if (k < 0) return 0;
  if (mean === 0) return 1;
  let logTerm = -mean;
  let logSum = logTerm;
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(mean / i);
    const high = Math.max(logSum, logTerm);
    logSum = high + Math.log(Math.exp(logSum - high) + Math.exp(logTerm - high));
  }
  return Math.min(1, Math.exp(logSum));
}

/** The mean at which `decreasing(mean)` (a distribution function in the mean) falls to `target`. */
function solveMean(decreasing: (mean: number) => number, target: number, high: number): number {
  let low = 0;
  for (let i = 0; i < 200 && high - low > 1e-9 * Math.max(1, high); i++) {
    const mid = (low + high) / 2;
    if (decreasing(mid) > target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Exact two-sided 95 % interval of the mean behind `count` observed events of a Poisson process. */
export function poissonInterval(count: number, alpha = 0.05): [number, number] {
  const high = count + 20 * Math.sqrt(count + 1) + 20;
  const upper = solveMean((mean) => poissonCdf(count, mean), alpha / 2, high);
  const lower = count === 0 ? 0 : solveMean((mean) => poissonCdf(count - 1, mean), 1 - alpha / 2, high);
  return [lower, upper];
}

/** An interval as text, its ends multiplied by `scale` (100 for a share in %): "60.5–75.0 %". */
export function formatInterval(interval: readonly [number, number] | null, scale = 1, unit = ""): string {
  return interval ? `${(interval[0] * scale).toFixed(1)}–${(interval[1] * scale).toFixed(1)}${unit}` : "—";
}
