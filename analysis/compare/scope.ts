import { rankWithinPeers, type Ranks } from '../scoring/rank-typed';
import type { YearTable } from './year-table';

/** Which agencies of a year are in scope: by province, district and type names (null = any). */
export interface ScopeFilter {
  province: string | null;
  /** A district name; matched within `province` when one is set, in any province otherwise. */
  district: string | null;
  type: string | null;
}

export const NO_FILTER: ScopeFilter = { province: null, district: null, type: null };

/**
 * Rows of a year table in scope, in row order. `match` (by organisation index), when given, must also
 * be set (e.g. a name search). A filter naming a value the year does not hold selects nothing.
 */
export function scopeRows(yt: YearTable, f: ScopeFilter, match?: Uint8Array): Int32Array {
  const p = f.province === null ? -1 : yt.province.values.indexOf(f.province);
  const t = f.type === null ? -1 : yt.type.values.indexOf(f.type);
  let districts: Uint8Array | null = null;
  if (f.district !== null) {
    districts = new Uint8Array(yt.district.values.length);
    yt.district.values.forEach((d, i) => {
      if (d === f.district && (p < 0 || yt.district.province[i] === p)) (districts as Uint8Array)[i] = 1;
    });
  }
  if ((f.province !== null && p < 0) || (f.type !== null && t < 0)) return new Int32Array(0);
  const out = new Int32Array(yt.n);
  let k = 0;
  for (let r = 0; r < yt.n; r++) {
    if (p >= 0 && yt.province.ids[r] !== p) continue;
    if (t >= 0 && yt.type.ids[r] !== t) continue;
    if (districts && districts[yt.district.ids[r] as number] !== 1) continue;
    if (match && match[yt.org[r] as number] !== 1) continue;
    out[k++] = r;
  }
  return out.slice(0, k);
}

/** Districts of a year (of one province when given), sorted in Thai order, without repeats. */
export function districtsOf(yt: YearTable, province: string | null): string[] {
  const p = province === null ? -1 : yt.province.values.indexOf(province);
  if (province !== null && p < 0) return [];
  const names = new Set<string>();
  yt.district.values.forEach((d, i) => {
    if (p < 0 || yt.district.province[i] === p) names.add(d);
  });
  return sortThai([...names]);
}

const THAI = new Intl.Collator('th');

/** Names in Thai dictionary order (small lists: provinces, types, districts). */
export function sortThai(names: readonly string[]): string[] {
  return [...names].sort((a, b) => THAI.compare(a, b));
}

/**
 * Rank of every row among the rows in scope by overall score (best first; ties share a rank; the
 * same rule as `ita rank`): indexed by row, 0 for rows out of scope or without a score.
 */
export function rankInScope(yt: YearTable, rows: Int32Array): Ranks {
  const peer = new Int32Array(yt.n).fill(-1);
  for (let k = 0; k < rows.length; k++) peer[rows[k] as number] = 0;
  return rankWithinPeers(yt.overall, peer);
}

/**
 * The same ranks as `rankInScope` for the rows in scope, reusing the year table's precomputed ranks
 * when the scope is the whole country, one province or one type (no work on the common filter changes).
 */
export function ranksForScope(yt: YearTable, f: ScopeFilter, rows: Int32Array): Ranks {
  if (f.district === null) {
    if (f.province === null && f.type === null) return yt.ranks.country;
    if (f.type === null) return yt.ranks.province;
    if (f.province === null) return yt.ranks.type;
  }
  return rankInScope(yt, rows);
}
