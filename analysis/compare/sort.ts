import type { OrgInfo } from '../dataset';
import { nameOrder } from './name-order';
import { PASS_OR_BETTER_INDEX } from '../scoring/rating';
import type { YearTable } from './year-table';

/** Columns the ranking table sorts by: `i1`…`i10` are the indicators. */
export type SortKey =
  | 'rank'
  | 'name'
  | 'province'
  | 'overall'
  | 'rating'
  | 'change'
  | 'iit'
  | 'eit'
  | 'oit'
  | `i${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`;

export const SORT_KEYS: readonly SortKey[] = [
  'rank',
  'name',
  'province',
  'overall',
  'rating',
  'change',
  'iit',
  'eit',
  'oit',
  'i1',
  'i2',
  'i3',
  'i4',
  'i5',
  'i6',
  'i7',
  'i8',
  'i9',
  'i10',
];

/** A sort: column and direction. */
export interface SortSpec {
  key: SortKey;
  desc: boolean;
}

/** The direction a column sorts in on its first click: scores high first, rank, names and places A→Z. */
export function naturalDesc(key: SortKey): boolean {
  return !(key === 'rank' || key === 'name' || key === 'province' || key === 'rating');
}

/** Read `sort=` of a URL: a key in its natural direction, `-key` in the other one; rank when absent or unknown. */
export function parseSort(text: string | null): SortSpec {
  if (!text) return { key: 'rank', desc: false };
  const flipped = text.startsWith('-');
  const key = (flipped ? text.slice(1) : text) as SortKey;
  if (!SORT_KEYS.includes(key)) return { key: 'rank', desc: false };
  return { key, desc: flipped ? !naturalDesc(key) : naturalDesc(key) };
}

/** `sort=` of a URL: the key alone in its natural direction, with a leading `-` in the other one. */
export function formatSort(s: SortSpec): string {
  return s.desc === naturalDesc(s.key) ? s.key : `-${s.key}`;
}

const TOOL_OF: Partial<Record<SortKey, number>> = { iit: 0, eit: 1, oit: 2 };

/**
 * The value each row sorts by for a column (NaN = unknown, always sorted last). Rank sorts by the
 * overall score (best first = rank 1 first); rating by level (best level = 0); names and provinces by
 * their position in Thai order.
 */
export function sortValues(yt: YearTable, orgs: readonly OrgInfo[], key: SortKey): Float64Array {
  const v = new Float64Array(yt.n);
  const tool = TOOL_OF[key];
  if (key === 'rank') for (let r = 0; r < yt.n; r++) v[r] = -(yt.overall[r] as number);
  else if (key === 'overall') v.set(yt.overall);
  else if (key === 'change') v.set(yt.change);
  else if (key === 'rating')
    for (let r = 0; r < yt.n; r++) {
      const i = yt.rating[r] as number;
      // ผ่านขึ้นไป (overall only) sorts between ผ่านดี and ผ่าน.
      v[r] = i === PASS_OR_BETTER_INDEX ? 1.5 : i < 0 ? NaN : i;
    }
  else if (tool !== undefined) for (let r = 0; r < yt.n; r++) v[r] = yt.tools[r * 3 + tool] as number;
  else if (key === 'name') {
    const order = nameOrder(orgs);
    for (let r = 0; r < yt.n; r++) v[r] = order[yt.org[r] as number] as number;
  } else if (key === 'province') {
    // Province first, then name within it.
    const order = nameOrder(orgs);
    const sorted = yt.province.values.map((p, i) => [p, i] as const).sort((a, b) => THAI.compare(a[0], b[0]));
    const pos = new Int32Array(sorted.length);
    sorted.forEach(([, i], k) => (pos[i] = k));
    for (let r = 0; r < yt.n; r++)
      v[r] =
        (pos[yt.province.ids[r] as number] as number) * orgs.length + (order[yt.org[r] as number] as number);
  } else {
    const i = Number(key.slice(1));
    for (let r = 0; r < yt.n; r++) v[r] = yt.indicators[r * 10 + i - 1] as number;
  }
  return v;
}

const THAI = new Intl.Collator('th');

/**
 * Rows sorted by `values[row]` (a new array; the input is kept). Unknown values last in either
 * direction; ties keep row order, so every sort is deterministic.
 */
export function sortRows(rows: Int32Array, values: Float64Array, desc: boolean): Int32Array {
  const out = rows.slice();
  out.sort((a, b) => {
    const x = values[a] as number;
    const y = values[b] as number;
    if (x !== x) return y !== y ? a - b : 1;
    if (y !== y) return -1;
    if (x === y) return a - b;
    return desc ? y - x : x - y;
  });
  return out;
}
