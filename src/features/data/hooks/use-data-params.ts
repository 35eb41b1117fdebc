import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Severity } from '@analysis/problems';
import type { SortKey } from '../lib/agency-rows';

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

/**
 * The data page's state and a setter. Typing in a search box replaces the history entry (`replace`),
 * switching dataset or tab adds one.
 */
export function useDataParams(): [DataParams, (patch: Partial<DataParams>, replace?: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readDataParams(search), [search]);
  const update = useCallback(
    (patch: Partial<DataParams>, replace = false) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch) as [keyof DataParams, unknown][]) {
            const key = KEYS[k];
            const text = v === null || v === undefined ? '' : String(v);
            if (text === '' || DEFAULTS[k] === text) next.delete(key);
            else next.set(key, text);
          }
          return next;
        },
        { replace },
      );
    },
    [setSearch],
  );
  return [params, update];
}
