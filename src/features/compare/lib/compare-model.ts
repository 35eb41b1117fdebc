import type { Dataset, OrgInfo } from '@analysis/dataset';
import { groupStats, type GroupStats } from '@analysis/compare/distribution';
import { ranksForScope, scopeRows, sortThai, type ScopeFilter } from '@analysis/compare/scope';
import { abbreviateName } from '@analysis/agencies/names';
import { shortLabel } from '@analysis/text/graphemes';
import { yearTable, yearsOf, type YearTable } from '@analysis/compare/year-table';
import type { Ranks } from '@analysis/scoring/rank-typed';
import type { Scoreboard } from '@analysis/scoring/score-all';
import { orgIndexByKey } from './org-lookup';

/** One chosen agency: its number on every chart (0-based `index`), and where it is in the data. */
export interface Chosen {
  index: number;
  key: string;
  /** Index into `Dataset.orgs`; -1 when the key is not in the dataset. */
  org: number;
  /** Row in the year table; -1 when the agency has no data that year. */
  row: number;
  name: string;
  /** `1. อบต.บ้านใหม่`: unique label for axes and legends. */
  label: string;
}

/** What every part of the compare view reads: the year's table, the scope and the chosen agencies. */
export interface CompareModel {
  ds: Dataset;
  sb: Scoreboard;
  years: number[];
  year: number;
  yt: YearTable;
  filter: ScopeFilter;
  /** Rows of the year table in scope (row order). */
  scope: Int32Array;
  /** Rank of every row within the scope (0 outside it). */
  scopeRanks: Ranks;
  stats: GroupStats;
  chosen: Chosen[];
  provinces: string[];
  types: string[];
}

/** A display name: the name, else the id, else the key. */
export function orgName(o: OrgInfo | undefined, fallback: string): string {
  return o?.name ?? o?.id ?? fallback;
}

export function chosenAgencies(ds: Dataset, yt: YearTable, keys: readonly string[]): Chosen[] {
  const index = orgIndexByKey(ds.orgs);
  return keys.map((key, i) => {
    const org = index.get(key) ?? -1;
    const name = orgName(ds.orgs[org], key.startsWith('name:') ? key.slice(5) : key);
    return {
      index: i,
      key,
      org,
      row: org >= 0 ? (yt.rowOfOrg[org] as number) : -1,
      name,
      label: `${i + 1}. ${shortLabel(abbreviateName(name), 20)}`,
    };
  });
}

/** Fiscal year to show: the one asked for when the data hold it, else the latest. */
export function pickYear(years: readonly number[], asked: number | null): number {
  if (asked !== null && years.includes(asked)) return asked;
  return years[years.length - 1] ?? 0;
}

/** Build the model (each part memoised by its caller). */
export function scopeParts(yt: YearTable, filter: ScopeFilter) {
  const scope = scopeRows(yt, filter);
  return {
    scope,
    scopeRanks: ranksForScope(yt, filter, scope),
    stats: groupStats(yt.overall, scope, yt.framework?.threshold ?? 85),
  };
}

export function dictionaries(yt: YearTable) {
  return { provinces: sortThai(yt.province.values), types: sortThai(yt.type.values) };
}

export { yearTable, yearsOf };
