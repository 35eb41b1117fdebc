import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Lang } from '@analysis/text/lang';
import { useSettings } from '@/shared/i18n/settings-store';

/** A view's route module, as the hook needs it: how its URL state is read and written. */
export interface Route<P, Patch> {
  read: (search: URLSearchParams, lang: Lang) => P;
  write: (prev: URLSearchParams, patch: Patch) => URLSearchParams;
}

/**
 * A view's URL state and a setter, through its route module (src/shared/url/routes/). `replace` replaces
 * the history entry (typing, options); otherwise a change adds one, so Back undoes it.
 */
export function useRouteParams<P, Patch>(
  route: Route<P, Patch>,
): [P, (patch: Patch, replace?: boolean) => void] {
  const { lang } = useSettings();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => route.read(search, lang), [route, search, lang]);
  const update = useCallback(
    (patch: Patch, replace = false) => setSearch((prev) => route.write(prev, patch), { replace }),
    [route, setSearch],
  );
  return [params, update];
}
