import { matchMask } from '@analysis/agencies/search';
import type { OrgInfo } from '@analysis/dataset';
import type { LoadedDataset } from '@/shared/dataset/types';
import { ratingLevel } from '@analysis/scoring/rating';
import { officialOverall, overallSource } from '@analysis/scoring/score-all';

import type { SortKey } from '@/shared/url/routes/data';

export type { SortKey };

/** One agency-year of a loaded dataset, as the list shows it. */
export interface AgencyRow {
  /** Group index in the scoreboard. */
  group: number;
  /** Index into Dataset.orgs. */
  org: number;
  orgKey: string;
  name: string | null;
  id: string | null;
  province: string | null;
  district: string | null;
  year: number;
  /** The official overall: the published one (`published: true`), else the computed one; NaN when neither. */
  overall: number;
  published: boolean;
  /** The computed overall, shown beside a published one; NaN when it cannot be computed. */
  computed: number;
  ratingTh: string | null;
  ratingEn: string | null;
  /** 1 pass, 0 fail, -1 unknown. */
  pass: number;
}

/** Every agency-year of a dataset, in the order of the data. */
export function agencyRows(loaded: LoadedDataset): AgencyRow[] {
  const { dataset: ds, scoreboard: sb } = loaded;
  const out: AgencyRow[] = [];
  for (let g = 0; g < sb.groups.count; g++) {
    const o = sb.groups.org[g] as number;
    const org = ds.orgs[o];
    if (!org) continue;
    const fw = sb.frameworks[g];
    const level = ratingLevel(fw, sb.rating[g] as number);
    out.push({
      group: g,
      org: o,
      orgKey: org.key,
      name: org.name,
      id: org.id,
      province: org.province,
      district: org.district,
      year: sb.groups.year[g] as number,
      overall: officialOverall(sb, g),
      published: overallSource(sb, g) === 'published',
      computed: sb.overall[g] as number,
      ratingTh: level?.labelTh ?? null,
      ratingEn: level?.labelEn ?? null,
      pass: sb.pass[g] as number,
    });
  }
  return out;
}

/**
 * The rows matching a search (the Thai agency search: analysis/agencies/search.ts) and year, in the
 * chosen order (unknown scores last).
 */
export function filterRows(
  rows: readonly AgencyRow[],
  orgs: readonly OrgInfo[],
  f: { q: string; year: number | null; sort: SortKey },
): AgencyRow[] {
  const match = matchMask(orgs, f.q);
  const out = rows.filter((r) => (f.year === null || r.year === f.year) && (!match || match[r.org] === 1));
  const score = (r: AgencyRow, dir: 1 | -1) => (Number.isNaN(r.overall) ? Infinity : dir * r.overall);
  if (f.sort === 'name')
    out.sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'th') || a.year - b.year);
  else if (f.sort === 'high') out.sort((a, b) => score(a, -1) - score(b, -1));
  else if (f.sort === 'low') out.sort((a, b) => score(a, 1) - score(b, 1));
  return out;
}

/** Distinct fiscal years present, oldest first. */
export function yearsOf(rows: readonly AgencyRow[]): number[] {
  return [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
}
