import { formatSort, parseSort, type SortSpec } from '@analysis/compare/sort';

/** The compare view's route: its URL state read and written, and the links to it. */

/** `orgs=` of a compare link: keys joined by `,`; a key holding `,` or `%` is percent-encoded. */
export function joinOrgKeys(keys: readonly string[]): string {
  return keys.map((k) => (/[,%]/.test(k) ? encodeURIComponent(k) : k)).join(',');
}

/** The keys of `orgs=` (see joinOrgKeys), without empties or repeats. */
export function splitOrgKeys(text: string | null): string[] {
  const keys = (text ?? '').split(',').map((k) => {
    try {
      return /%[0-9a-f]{2}/i.test(k) ? decodeURIComponent(k) : k;
    } catch {
      return k;
    }
  });
  return [...new Set(keys.filter(Boolean))];
}

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

/**
 * Compare & rankings of dataset `ds` in fiscal year `year` (BE): the chosen organisations (OrgInfo.key),
 * the scope (province, district, type names), the ranking order (`overall`, `-overall`, …) and the tab.
 */
export function comparePath(p: {
  ds: string;
  year?: number;
  orgs?: readonly string[];
  province?: string | null;
  district?: string | null;
  type?: string | null;
  sort?: string | null;
  tab?: string | null;
}): string {
  const q = new URLSearchParams({ ds: p.ds });
  if (p.year !== undefined) q.set('year', String(p.year));
  if (p.orgs?.length) q.set('orgs', joinOrgKeys(p.orgs));
  for (const k of ['province', 'district', 'type', 'sort', 'tab'] as const)
    if (p[k]) q.set(k, p[k] as string);
  return `/compare?${q}`;
}
