import { formatSort, parseSort, type SortSpec } from '@analysis/compare/sort';
import { joinOrgKeys, splitOrgKeys } from '@/shared/url/view-links';

export type CompareTab = 'compare' | 'rank' | 'weak';
export const COMPARE_TABS: readonly CompareTab[] = ['compare', 'rank', 'weak'];

/** At most this many agencies are compared side by side (charts stay readable). */
export const MAX_CHOSEN = 8;

/** Everything the compare view shows is in its URL (`#/compare?ds=…&year=…&orgs=…`). */
export interface CompareParams {
  ds: string | null;
  /** Fiscal year, BE; null = the latest year of the dataset. */
  year: number | null;
  /** Chosen organisations (OrgInfo.key), in the order they were added. */
  orgs: string[];
  province: string | null;
  district: string | null;
  type: string | null;
  sort: SortSpec;
  tab: CompareTab;
  /** Text filter of the ranking table. */
  q: string;
}

export function readCompareParams(p: URLSearchParams): CompareParams {
  const year = Number(p.get('year'));
  const tab = p.get('tab') as CompareTab | null;
  return {
    ds: p.get('ds'),
    year: Number.isInteger(year) && year > 0 ? year : null,
    orgs: splitOrgKeys(p.get('orgs')).slice(0, MAX_CHOSEN),
    province: p.get('province') || null,
    district: p.get('district') || null,
    type: p.get('type') || null,
    sort: parseSort(p.get('sort')),
    tab: tab && COMPARE_TABS.includes(tab) ? tab : 'compare',
    q: p.get('q') ?? '',
  };
}

/** Apply a change to URL parameters; defaults are left out so links stay short. */
export function writeCompareParams(prev: URLSearchParams, patch: Partial<CompareParams>): URLSearchParams {
  const next = new URLSearchParams(prev);
  const set = (key: string, text: string | null) => {
    if (text) next.set(key, text);
    else next.delete(key);
  };
  for (const [k, v] of Object.entries(patch) as [keyof CompareParams, unknown][]) {
    if (k === 'orgs') set('orgs', joinOrgKeys(v as string[]));
    else if (k === 'sort') {
      const s = formatSort(v as SortSpec);
      set('sort', s === 'rank' ? null : s);
    } else if (k === 'tab') set('tab', v === 'compare' ? null : (v as string));
    else if (k === 'year') set('year', v === null ? null : String(v));
    else set(k, (v as string | null) ?? null);
  }
  return next;
}
