import type { Severity } from '@analysis/problems';

/** The data page's route: its URL state read and written, and the links to it. */

/** Order of the agency-year list. */
export type SortKey = 'data' | 'name' | 'high' | 'low';

export type DataTab = 'summary' | 'report';

/** Everything the data page shows is in its URL, so a reload or a shared link shows the same. */
export interface DataParams {
  /** Dataset shown. */
  ds: string | null;
  tab: DataTab;
  /** Agency search, year filter and order of the agency-year list. */
  q: string;
  year: number | null;
  sort: SortKey;
  /** Problem filters: severity, file name, search. */
  sev: Severity | null;
  file: string | null;
  pq: string;
}

const SORTS: readonly SortKey[] = ['data', 'name', 'high', 'low'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function readDataParams(p: URLSearchParams): DataParams {
  const year = Number(p.get('year'));
  const sort = p.get('sort') as SortKey | null;
  const sev = p.get('sev') as Severity | null;
  return {
    ds: p.get('ds'),
    tab: p.get('tab') === 'report' ? 'report' : 'summary',
    q: p.get('q') ?? '',
    year: Number.isInteger(year) && year > 0 ? year : null,
    sort: sort && SORTS.includes(sort) ? sort : 'data',
    sev: sev && SEVERITIES.includes(sev) ? sev : null,
    file: p.get('file'),
    pq: p.get('pq') ?? '',
  };
}

const KEYS: Record<keyof DataParams, string> = {
  ds: 'ds',
  tab: 'tab',
  q: 'q',
  year: 'year',
  sort: 'sort',
  sev: 'sev',
  file: 'file',
  pq: 'pq',
};

const DEFAULTS: Partial<Record<keyof DataParams, string>> = { tab: 'summary', sort: 'data' };

/** Write a change into search params; defaults are left out so links stay short. */
export function writeDataParams(prev: URLSearchParams, patch: Partial<DataParams>): URLSearchParams {
  const next = new URLSearchParams(prev);
  for (const [k, v] of Object.entries(patch) as [keyof DataParams, unknown][]) {
    const key = KEYS[k];
    const text = v === null || v === undefined ? '' : String(v);
    if (text === '' || DEFAULTS[k] === text) next.delete(key);
    else next.set(key, text);
  }
  return next;
}

/** The data page, optionally on one dataset. */
export function dataPath(ds?: string): string {
  return ds ? `/?${writeDataParams(new URLSearchParams(), { ds })}` : '/';
}
