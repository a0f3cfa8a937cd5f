/**
 * Logistic regression, for the credibility model of garbled-text (fitted by
 * scripts/train-credibility.ts, applied by rules/garbled-text/credibility.ts):
 * inputs standardised, the two classes weighted equally (clean text's reports are the rarer
 * class), an L2 penalty, full-batch gradient descent from zero for a fixed number of steps — the
 * same rows give the same weights on every machine. Written here rather than taken from a
 * library: it is thirty lines, and the class weighting and the determinism are what matter.
 */

export interface LogisticFit {
  /** Standardisation: each input's mean and standard deviation on the training rows. */
  mean: readonly number[];
  scale: readonly number[];
  weights: readonly number[];
  bias: number;
}

export interface LogisticOptions {
  /** L2 penalty on the standardised weights. */
  l2: number;
  /** Step size of the gradient descent. */
  rate: number;
  iterations: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { l2: 1e-3, rate: 0.5, iterations: 3000 };

/** Fits P(label = 1 | row); rows are equal-length feature vectors, both labels must occur. */
export function fitLogistic(rows: readonly (readonly number[])[], labels: readonly boolean[], options: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS): LogisticFit {
  const positives = labels.filter(Boolean).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) throw new Error("fitLogistic needs rows of both labels");
  const width = rows[0]!.length;
  const mean = Array.from({ length: width }, (_, j) => rows.reduce((sum, row) => sum + row[j]!, 0) / rows.length);
  // A constant input gets scale 1: its standardised value is 0 everywhere and its weight stays 0.
  const scale = mean.map((m, j) => Math.sqrt(rows.reduce((sum, row) => sum + (row[j]! - m) ** 2, 0) / rows.length) || 1);
  const z = rows.map((row) => row.map((v, j) => (v - mean[j]!) / scale[j]!));
  const classWeight = (label: boolean) => rows.length / (2 * (label ? positives : negatives));
  const weights: number[] = new Array<number>(width).fill(0);
  let bias = 0;
  for (let step = 0; step < options.iterations; step++) {
    const gradient = new Array<number>(width).fill(0);
    let gradientBias = 0;
    z.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(bias + x.reduce((s, v, j) => s + v * weights[j]!, 0))));
      const error = (p - (labels[i] ? 1 : 0)) * classWeight(labels[i]!);
      for (let j = 0; j < width; j++) gradient[j]! += error * x[j]!;
      gradientBias += error;
    });
    for (let j = 0; j < width; j++) weights[j]! -= options.rate * (gradient[j]! / rows.length + options.l2 * weights[j]!);
    bias -= (options.rate * gradientBias) / rows.length;
  }
  return { mean, scale, weights, bias };
}

/** The fitted probability for one row. */
export function logisticProbability(fit: LogisticFit, row: readonly number[]): number {
  let s = fit.bias;
  for (let j = 0; j < row.length; j++) s += (fit.weights[j]! * (row[j]! - fit.mean[j]!)) / fit.scale[j]!;
  return 1 / (1 + Math.exp(-s));
}

/** Area under the ROC curve: the chance that a random positive scores above a random negative (ties count half). */
export function areaUnderCurve(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i]! })).sort((a, b) => a.s - b.s);
  let negativesBelow = 0;
  let sum = 0;
  let positives = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    let tiedNegatives = 0;
    let tiedPositives = 0;
    for (; j < order.length && order[j]!.s === order[i]!.s; j++) order[j]!.y ? tiedPositives++ : tiedNegatives++;
    sum += tiedPositives * (negativesBelow + tiedNegatives / 2);
    positives += tiedPositives;
    negativesBelow += tiedNegatives;
    i = j;
  }
  return positives === 0 || negativesBelow === 0 ? Number.NaN : sum / (positives * negativesBelow);
}
