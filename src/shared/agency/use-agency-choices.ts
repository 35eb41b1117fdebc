import { useMemo } from 'react';
import {
  agencyChoices,
  agencyYearChoices,
  type AgencyChoice,
  type AgencyYearChoice,
} from '@analysis/agencies/choices';
import type { LoadedDataset } from '@/shared/dataset/types';

/** The agencies of a loaded dataset, in Thai order (agency mode of the picker). */
export function useAgencyChoices(loaded: LoadedDataset): AgencyChoice[] {
  return useMemo(() => agencyChoices(loaded.dataset, loaded.scoreboard), [loaded]);
}

/** Its agency-years, newest first; with `framework`, only years a framework covers (agency-year mode). */
export function useAgencyYearChoices(loaded: LoadedDataset, framework = false): AgencyYearChoice[] {
  return useMemo(
    () => agencyYearChoices(loaded.dataset, loaded.scoreboard, { framework }),
    [loaded, framework],
  );
}
