import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The trends view's state, all in its URL: dataset, agency (OrgInfo.key) and the picker's search. */
export interface TrendsParams {
  ds: string | null;
  org: string | null;
  q: string;
}

export function useTrendsParams(): [TrendsParams, (patch: Partial<TrendsParams>, replace?: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(
    () => ({ ds: search.get('ds'), org: search.get('org'), q: search.get('q') ?? '' }),
    [search],
  );
  const update = useCallback(
    (patch: Partial<TrendsParams>, replace = false) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v === null || v === undefined || v === '') next.delete(k);
            else next.set(k, String(v));
          }
          return next;
        },
        { replace },
      ),
    [setSearch],
  );
  return [params, update];
}
