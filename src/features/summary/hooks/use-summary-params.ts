import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readSummaryParams, writeSummaryParams, type SummaryParams } from '../lib/summary-params';

/** The summary view's state and a setter; every change adds a history entry, so Back undoes it. */
export function useSummaryParams(): [
  SummaryParams,
  (patch: { table?: SummaryParams['table']; cell?: SummaryParams['cell'] }) => void,
] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readSummaryParams(search), [search]);
  const update = useCallback(
    (patch: { table?: SummaryParams['table']; cell?: SummaryParams['cell'] }) => {
      setSearch((prev) => writeSummaryParams(prev, patch));
    },
    [setSearch],
  );
  return [params, update];
}
