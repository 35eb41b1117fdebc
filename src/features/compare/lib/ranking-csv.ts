import type { OrgInfo } from '@analysis/dataset';
import type { YearTable } from '@analysis/compare/year-table';
import { toCsv } from '@analysis/exports/csv';
import type { Ranks } from '@analysis/scoring/rank-typed';
import { round } from '@analysis/scoring/round';
import { RANK_COLUMNS, type RankColumn } from './ranking-columns';

const r2 = (v: number): number | null => (v === v ? round(v, 2) : null);

/** The value of one cell as the CSV holds it: scores at 2 decimals (as shown), rank as a whole number. */
export function cellValue(
  yt: YearTable,
  orgs: readonly OrgInfo[],
  ranks: Ranks,
  ratingLabel: (ratingIndex: number) => string,
  r: number,
  c: RankColumn,
): string | number | null {
  const org = orgs[yt.org[r] as number];
  switch (c.key) {
    case 'rank':
      return (ranks.rank[r] as number) || null;
    case 'name':
      return org?.name ?? org?.id ?? null;
    case 'province':
      return org?.province ?? null;
    case 'overall':
      return r2(yt.overall[r] as number);
    case 'rating':
      return (yt.rating[r] as number) === -1 ? null : ratingLabel(yt.rating[r] as number);
    case 'change':
      return r2(yt.change[r] as number);
    case 'iit':
      return r2(yt.tools[r * 3] as number);
    case 'eit':
      return r2(yt.tools[r * 3 + 1] as number);
    case 'oit':
      return r2(yt.tools[r * 3 + 2] as number);
    default:
      return r2(yt.indicators[r * 10 + Number(c.key.slice(1)) - 1] as number);
  }
}

/**
 * The ranking table exactly as shown: its rows in the shown order and its columns with the shown
 * headers (UTF-8 with BOM for Excel; cells that look like formulas neutralised by toCsv).
 */
export function rankingCsv(
  yt: YearTable,
  orgs: readonly OrgInfo[],
  ranks: Ranks,
  rows: Int32Array,
  headers: readonly string[],
  ratingLabel: (ratingIndex: number) => string,
  columns: readonly RankColumn[] = RANK_COLUMNS,
): string {
  const body: (string | number | null)[][] = new Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k] as number;
    body[k] = columns.map((c) => cellValue(yt, orgs, ranks, ratingLabel, r, c));
  }
  return toCsv(headers, body);
}
