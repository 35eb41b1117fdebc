import { round } from '../scoring/round';
import type { Stat, SummaryCell } from './types';

/**
 * Accumulates one statistic over numbered buckets (the cells and totals of a table), on typed arrays.
 * Values are points 0–100 (or, for `change`, the change in points); `threshold` is the pass mark the
 * value is compared with, at 2 decimals as published.
 */
export class StatReducer {
  private readonly n: Int32Array;
  private readonly sum: Float64Array;
  private readonly min: Float64Array;
  private readonly max: Float64Array;
  private readonly below: Int32Array;
  /** Medians found by `setMedian` (NaN until then). */
  private readonly mid: Float64Array;

  constructor(
    readonly stat: Stat,
    buckets: number,
  ) {
    this.n = new Int32Array(buckets);
    this.sum = new Float64Array(buckets);
    this.min = new Float64Array(buckets).fill(Infinity);
    this.max = new Float64Array(buckets).fill(-Infinity);
    this.below = new Int32Array(buckets);
    this.mid = new Float64Array(buckets).fill(NaN);
  }

  /** Count `v` (a known number) in bucket `b`; `below` is 1 when it is under the pass mark. */
  add(b: number, v: number, below: number): void {
    this.n[b]++;
    this.sum[b] += v;
    if (v < (this.min[b] as number)) this.min[b] = v;
    if (v > (this.max[b] as number)) this.max[b] = v;
    this.below[b] += below;
  }

  /** Values added to bucket `b` so far. */
  count(b: number): number {
    return this.n[b] as number;
  }

  setMedian(b: number, v: number): void {
    this.mid[b] = v;
  }

  /** The statistic of bucket `b` (null when it holds no value; a count is 0 then). */
  cell(b: number): SummaryCell {
    const n = this.n[b] as number;
    const count = this.stat === 'count' || this.stat === 'count_below';
    if (n === 0) return { value: count ? 0 : null, n };
    return { value: this.valueOf(b, n), n };
  }

  private valueOf(b: number, n: number): number {
    switch (this.stat) {
      case 'mean':
      case 'change':
        return (this.sum[b] as number) / n;
      case 'median':
        return this.mid[b] as number;
      case 'min':
        return this.min[b] as number;
      case 'max':
        return this.max[b] as number;
      case 'count':
        return n;
      case 'count_below':
        return this.below[b] as number;
      case 'share_below':
        return ((this.below[b] as number) / n) * 100;
      case 'pass_rate':
        return ((n - (this.below[b] as number)) / n) * 100;
    }
  }
}

/** 1 when a score is under the pass mark, compared at 2 decimals as published. */
export function isBelow(v: number, threshold: number): number {
  return round(v, 2) < threshold ? 1 : 0;
}

/**
 * The buckets of a table with R rows and C columns: cells `row * C + col`, then the R row totals, the C
 * column totals and the grand total, each present or not.
 */
export interface BucketShape {
  R: number;
  C: number;
  rowTotals: boolean;
  colTotals: boolean;
  grand: boolean;
}

/** The buckets a value of cell `cell` counts in (its cell, then its totals) into `out`; how many. */
export function bucketsOf(cell: number, s: BucketShape, out: Int32Array): number {
  const RC = s.R * s.C;
  let k = 0;
  out[k++] = cell;
  if (s.rowTotals) out[k++] = RC + ((cell / s.C) | 0);
  if (s.colTotals) out[k++] = RC + s.R + (cell % s.C);
  if (s.grand) out[k++] = RC + s.R + s.C;
  return k;
}

/**
 * Medians without sorting per bucket: walk the rows in ascending order of their value (`order`, sorted once
 * per score column) and note each bucket's middle value(s) as its running count reaches them. `cellOf`
 * gives each row's cell (−1 when the row is not in the table). The counts must be complete (every `add`
 * done) before.
 */
export function findMedians(
  reducer: StatReducer,
  order: Uint32Array,
  col: Float64Array,
  cellOf: Int32Array,
  shape: BucketShape,
): void {
  const buckets = shape.R * shape.C + shape.R + shape.C + 1;
  const seen = new Int32Array(buckets);
  const low = new Float64Array(buckets);
  const out = new Int32Array(4);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const cell = cellOf[i] as number;
    if (cell < 0) continue;
    const v = col[i] as number;
    const used = bucketsOf(cell, shape, out);
    for (let j = 0; j < used; j++) {
      const b = out[j] as number;
      const n = reducer.count(b);
      const at = seen[b]++;
      if (at === (n - 1) >> 1) low[b] = v;
      if (at === n >> 1) reducer.setMedian(b, ((low[b] as number) + v) / 2);
    }
  }
}
