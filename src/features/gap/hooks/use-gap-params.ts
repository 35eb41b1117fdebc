import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readGapParams, writeGapParams, type GapParams } from '../lib/gap-params';

/**
 * The gap page's state and a setter. Typing (search, a cap) replaces the history entry; choosing an
 * agency, a year, a tab or a target adds one, so Back goes where the user expects.
 */
export function useGapParams(): [GapParams, (patch: Partial<GapParams>, replace?: boolean) => void] {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readGapParams(search), [search]);
  const update = useCallback(
    (patch: Partial<GapParams>, replace = false) => {
      setSearch((prev) => writeGapParams(prev, patch), { replace });
    },
    [setSearch],
  );
  return [params, update];
}
