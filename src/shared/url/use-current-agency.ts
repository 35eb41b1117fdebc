import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { createLocalStore } from '@/shared/store/local-store';
import {
  agencyInUrl,
  currentAgency,
  parseChosenAgencies,
  rememberAgency,
  type CurrentAgency,
} from './current-agency';

/** The agency and year the user last chose, per dataset (kept in this browser). */
const chosenStore = createLocalStore('ita-lens.current-agency', parseChosenAgencies);

/**
 * The agency and year that follow the user: the current view's URL, else the last choice in its dataset.
 * Whatever the URL names is remembered for the next view.
 */
export function useCurrentAgency(): CurrentAgency {
  const { pathname, search } = useLocation();
  const chosen = chosenStore.useValue();
  const inUrl = useMemo(() => agencyInUrl(pathname, new URLSearchParams(search)), [pathname, search]);
  useEffect(() => {
    const next = rememberAgency(chosenStore.get(), inUrl);
    if (next !== chosenStore.get()) chosenStore.save(next);
  }, [inUrl]);
  return useMemo(() => currentAgency(inUrl, chosen), [inUrl, chosen]);
}
