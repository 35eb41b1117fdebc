import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readCompareParams, writeCompareParams, type CompareParams } from '../lib/compare-params';

/**
 * The compare view's state and a setter. Typing (search, text filter) and sorting replace the history
 * entry; choosing agencies, filters, year or tab add one, so Back undoes them.
 */
export function useCompareParams(): [
  CompareParams,
  (patch: Partial<CompareParams>, replace?: boolean) => void,
] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readCompareParams(search), [search]);
  const update = useCallback(
    (patch: Partial<CompareParams>, replace = false) => {
      setSearch((prev) => writeCompareParams(prev, patch), { replace });
    },
    [setSearch],
  );
  return [params, update];
}
