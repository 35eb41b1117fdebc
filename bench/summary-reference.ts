import type { Dataset } from '../analysis/dataset';
import type { Scoreboard } from '../analysis/scoring/score-all';

/**
 * The plain-JS reference the summary bench compares with: what one would write without Arquero or the
 * agency-year table — walk every agency-year, build the row and column key strings, collect values in a
 * Map of arrays, then compute the statistic of each list (totals the same way). Same numbers as
 * analysis/summary for the tables the bench runs (record dimensions only, plus indicators).
 */
export type RefDim = 'province' | 'district' | 'type' | 'year' | 'indicator';

export interface RefQuery {
  rows: RefDim[];
  cols: RefDim | null;
  /** `overall`, or `indicator` when a dimension is the indicator. */
  stat: 'mean' | 'median' | 'pass_rate';
  filter?: { dim: RefDim; value: string };
}

const median = (xs: number[]): number => {
  const s = xs.slice().sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? (s[h] as number) : ((s[h - 1] as number) + (s[h] as number)) / 2;
};

function statOf(stat: RefQuery['stat'], xs: number[]): number {
  if (stat === 'median') return median(xs);
  if (stat === 'pass_rate')
    return (xs.filter((x) => Math.round(x * 100) / 100 >= 85).length / xs.length) * 100;
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

/** The cells and totals of a table as `row key → column key → value` (totals under the key `*`). */
export function referenceTable(ds: Dataset, sb: Scoreboard, q: RefQuery): Map<string, Map<string, number>> {
  const lists = new Map<string, Map<string, number[]>>();
  const push = (r: string, c: string, v: number) => {
    let row = lists.get(r);
    if (!row) lists.set(r, (row = new Map()));
    let list = row.get(c);
    if (!list) row.set(c, (list = []));
    list.push(v);
  };
  const split = q.rows.includes('indicator') || q.cols === 'indicator';
  for (let g = 0; g < sb.groups.count; g++) {
    const org = ds.orgs[sb.groups.org[g] as number];
    const facts: Record<RefDim, string> = {
      province: org?.province ?? '',
      district: `${org?.province ?? ''}/${org?.district ?? ''}`,
      type: org?.type ?? '',
      year: String(sb.groups.year[g]),
      indicator: '',
    };
    if (q.filter && facts[q.filter.dim] !== q.filter.value) continue;
    const overall = Number.isNaN(sb.overall[g] as number)
      ? (sb.published[g] as number)
      : (sb.overall[g] as number);
    for (let i = 1; i <= (split ? 10 : 1); i++) {
      facts.indicator = String(i);
      const v = split ? (sb.indicators[g * 11 + i] as number) : overall;
      if (Number.isNaN(v)) continue;
      const r = q.rows.map((d) => facts[d]).join('|');
      const c = q.cols ? facts[q.cols] : '';
      push(r, c, v);
      if (q.cols && q.cols !== 'indicator') push(r, '*', v);
      if (!q.rows.includes('indicator')) push('*', c, v);
      if (!split && q.cols) push('*', '*', v);
    }
  }
  const out = new Map<string, Map<string, number>>();
  for (const [r, row] of lists) out.set(r, new Map([...row].map(([c, xs]) => [c, statOf(q.stat, xs)])));
  return out;
}
