import { round } from '../scoring/round';

/** Summary of a group's overall scores, points 0–100 (NaN where there is no known score). */
export interface GroupStats {
  /** Agencies in the group. */
  count: number;
  /** Agencies with a known score (the rest are left out of every figure below). */
  known: number;
  mean: number;
  min: number;
  /** Quartiles by linear interpolation between order statistics (Excel QUARTILE.INC, R type 7). */
  q1: number;
  median: number;
  q3: number;
  max: number;
  /** Agencies at or above the threshold, compared at 2 decimals as published. */
  passed: number;
  /** `passed / known` × 100, percent; NaN when none is known. */
  passRate: number;
}

/** The q-quantile (0–1) of ascending sorted values by linear interpolation; NaN when empty. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return (sorted[lo] as number) + (h - lo) * ((sorted[hi] as number) - (sorted[lo] as number));
}

/** Known scores of the given rows, ascending. */
export function knownSorted(values: Float64Array, rows: Int32Array): Float64Array {
  const out = new Float64Array(rows.length);
  let k = 0;
  for (let j = 0; j < rows.length; j++) {
    const v = values[rows[j] as number] as number;
    if (v === v) out[k++] = v;
  }
  return out.subarray(0, k).sort();
}

/** Pass rate, mean and quartiles of `values[row]` over the rows of a group (threshold 85 by default). */
export function groupStats(values: Float64Array, rows: Int32Array, threshold = 85): GroupStats {
  const sorted = knownSorted(values, rows);
  const known = sorted.length;
  let sum = 0;
  let passed = 0;
  for (let k = 0; k < known; k++) {
    const v = sorted[k] as number;
    sum += v;
    if (round(v, 2) >= threshold) passed++;
  }
  return {
    count: rows.length,
    known,
    mean: known ? sum / known : NaN,
    min: known ? (sorted[0] as number) : NaN,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: known ? (sorted[known - 1] as number) : NaN,
    passed,
    passRate: known ? (passed / known) * 100 : NaN,
  };
}

/** A histogram bin: scores from `from` (inclusive) to `to` (exclusive; the last bin includes 100). */
export interface Bin {
  from: number;
  to: number;
  count: number;
}

/**
 * Count known scores into `width`-point bins from a round lower edge at or below the lowest score
 * (never below 0) up to 100; scores are compared at 2 decimals as published.
 */
export function histogram(values: Float64Array, rows: Int32Array, width = 5): Bin[] {
  let min = Infinity;
  for (let j = 0; j < rows.length; j++) {
    const v = values[rows[j] as number] as number;
    if (v < min) min = v;
  }
  const lo = Number.isFinite(min)
    ? Math.max(0, Math.min(100 - width, Math.floor(round(min, 2) / width) * width))
    : 100 - width;
  const bins: Bin[] = [];
  for (let from = lo; from < 100; from += width)
    bins.push({ from, to: Math.min(100, from + width), count: 0 });
  for (let j = 0; j < rows.length; j++) {
    const v = values[rows[j] as number] as number;
    if (v !== v) continue;
    const b = binOf(bins, v);
    if (b >= 0) (bins[b] as Bin).count++;
  }
  return bins;
}

/** Index of the bin holding a score (at 2 decimals); -1 when unknown or outside every bin. */
export function binOf(bins: readonly Bin[], score: number): number {
  if (score !== score || bins.length === 0) return -1;
  const v = round(score, 2);
  const first = bins[0] as Bin;
  const width = first.to - first.from;
  if (v < first.from) return -1;
  return Math.min(bins.length - 1, Math.floor((v - first.from) / width));
}
