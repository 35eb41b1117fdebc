import { useMemo } from 'react';
import type { LoadedDataset } from '@/shared/dataset/types';
import type { CompareParams } from '@/shared/url/routes/compare';
import {
  chosenAgencies,
  dictionaries,
  pickYear,
  scopeParts,
  yearsOf,
  yearTable,
  type CompareModel,
} from '../lib/compare-model';

/**
 * The compare view's model, memoised part by part: the year table is built once per dataset and year
 * (analysis/compare/year-table.ts), the scope and its ranks once per filter, the chosen agencies once per
 * `orgs=`. Sorting and the text filter live in the ranking table.
 */
export function useCompareModel(loaded: LoadedDataset, params: CompareParams): CompareModel | null {
  const { dataset: ds, scoreboard: sb } = loaded;
  const years = useMemo(() => yearsOf(sb), [sb]);
  const year = pickYear(years, params.year);
  const yt = useMemo(() => (years.length ? yearTable(ds, sb, year) : null), [ds, sb, year, years.length]);
  const { province, district, type } = params;
  const filter = useMemo(() => ({ province, district, type }), [province, district, type]);
  const parts = useMemo(() => (yt ? scopeParts(yt, filter) : null), [yt, filter]);
  const dicts = useMemo(() => (yt ? dictionaries(yt) : null), [yt]);
  const orgsKey = params.orgs.join('\u0000');
  const chosen = useMemo(
    () => (yt ? chosenAgencies(ds, yt, orgsKey ? orgsKey.split('\u0000') : []) : []),
    [ds, yt, orgsKey],
  );
  return useMemo(
    () => (yt && parts && dicts ? { ds, sb, years, year, yt, filter, ...parts, chosen, ...dicts } : null),
    [ds, sb, years, year, yt, filter, parts, chosen, dicts],
  );
}
