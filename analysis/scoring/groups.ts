import type { ScoreTable } from '../table';

/** Rows of a table grouped by organisation × fiscal year, in order of first appearance. */
export interface Groups {
  count: number;
  org: Int32Array;
  year: Uint16Array;
  /** Rows of group g are `rows[start[g]] … rows[start[g + 1] - 1]`. */
  start: Int32Array;
  rows: Int32Array;
  /**
   * True when every group's rows are already adjacent in the table, in order (`rows[k] === k`): the usual
   * case, since files hold an agency-year together. Hot loops then read the columns directly.
   */
  contiguous: boolean;
}

/**
 * Group table rows by organisation-year in O(n) (memoised per table): one pass assigns group ids (files usually hold an
 * agency-year's rows together, so the last key is checked before the map), one counting sort orders rows.
 */
export function groupByOrgYear(table: ScoreTable): Groups {
  const hit = cache.get(table);
  if (hit) return hit;
  const groups = computeGroups(table);
  cache.set(table, groups);
  return groups;
}

/** Tables never change after ingest, so their grouping is computed once. */
const cache = new WeakMap<ScoreTable, Groups>();

function computeGroups(table: ScoreTable): Groups {
  const n = table.length;
  const groupOf = new Int32Array(n);
  const ids = new Map<number, number>();
  const orgs: number[] = [];
  const years: number[] = [];
  let lastKey = -1;
  let lastGroup = -1;
  for (let i = 0; i < n; i++) {
    const key = (table.org[i] as number) * 1024 + ((table.year[i] as number) - 2000);
    if (key !== lastKey) {
      let g = ids.get(key);
      if (g === undefined) {
        g = orgs.length;
        ids.set(key, g);
        orgs.push(table.org[i] as number);
        years.push(table.year[i] as number);
      }
      lastKey = key;
      lastGroup = g;
    }
    groupOf[i] = lastGroup;
  }
  const count = orgs.length;
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[groupOf[i] + 1]++;
  for (let g = 0; g < count; g++) start[g + 1] += start[g];
  const fill = start.slice(0, count);
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    rows[fill[groupOf[i]]++] = i;
  }
  let contiguous = true;
  for (let i = 0; i < n && contiguous; i++) contiguous = rows[i] === i;
  return { count, org: Int32Array.from(orgs), year: Uint16Array.from(years), start, rows, contiguous };
}
