import type { SampleSummary } from './types.js';

/** Min, median, mean and max of a non-empty list of numbers. */
export function summarizeSamples(samples: readonly number[]): SampleSummary {
  if (samples.length === 0) throw new Error('summarizeSamples: no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length;
  return { n: sorted.length, min: sorted[0]!, median, mean, max: sorted[sorted.length - 1]! };
}

/**
 * Ratio of paired measurements taken in turn (A B A B …): the median of the per-pair ratios, so a burst of
 * load from other processes hits both sides of a pair instead of one side of the whole comparison.
 */
export function computePairedRatio(ours: readonly number[], baseline: readonly number[]): number {
  const pairs = Math.min(ours.length, baseline.length);
  if (pairs === 0) throw new Error('computePairedRatio: no pairs');
  const ratios = Array.from({ length: pairs }, (_, i) => ours[i]! / baseline[i]!);
  return summarizeSamples(ratios).median;
}

export interface GrowthFit {
  /** b in cost ≈ a·size^b (least squares on the logarithms): 1 is linear, 2 quadratic. */
  exponent: number;
  /** Growth no worse than linear, within measurement noise (exponent ≤ 1.15). */
  linear: boolean;
}

/** How cost grows with size, from (size, cost) points of at least two distinct sizes. */
export function fitGrowth(points: readonly { size: number; cost: number }[]): GrowthFit | undefined {
  const usable = points.filter((p) => p.size > 0 && p.cost > 0);
  if (new Set(usable.map((p) => p.size)).size < 2) return undefined;
  const xs = usable.map((p) => Math.log(p.size));
  const ys = usable.map((p) => Math.log(p.cost));
  const meanX = xs.reduce((s, x) => s + x, 0) / xs.length;
  const meanY = ys.reduce((s, y) => s + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i++) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  const exponent = covariance / variance;
  return { exponent, linear: exponent <= 1.15 };
}

/** In words, for the notes under the table. */
export function describeGrowth(fit: GrowthFit): string {
  if (fit.exponent < 0.85) return 'less than linear (fixed costs still dominate at these sizes)';
  return fit.linear ? 'linear' : 'worse than linear';
}

export interface LineFit {
  /** Cost at size 0: what every run pays whatever its size. */
  fixed: number;
  /** Cost of one more unit of size. */
  perUnit: number;
}

/** cost ≈ fixed + perUnit·size by least squares, from points of at least two distinct sizes: to extrapolate from. */
export function fitLine(points: readonly { size: number; cost: number }[]): LineFit | undefined {
  if (new Set(points.map((p) => p.size)).size < 2) return undefined;
  const meanX = points.reduce((s, p) => s + p.size, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.cost, 0) / points.length;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.size - meanX) * (p.cost - meanY);
    variance += (p.size - meanX) ** 2;
  }
  const perUnit = covariance / variance;
  return { fixed: meanY - perUnit * meanX, perUnit };
}

/** The size at which the line reaches `cost`; undefined when the cost does not grow with size. */
export function sizeAtCost(line: LineFit, cost: number): number | undefined {
  return line.perUnit > 0 ? (cost - line.fixed) / line.perUnit : undefined;
}
