import { useMemo } from 'react';
import { Navigate } from 'react-router';
import { findGroup } from '@analysis/analyse';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useGapParams } from '../hooks/use-gap-params';
import { onlyAgencyYear } from '@/shared/agency/only-agency';
import { useAgencyChoices } from '@/shared/agency/use-agency-choices';
import { gapPath } from '@/shared/url/routes/gap';
import { GapPicker } from './gap-picker';
import { GapView } from './gap-view';

/** A loaded dataset: the agency-year in the URL analysed, or the picker when the URL lacks one. */
export function GapContent({ entry, loaded }: { entry: DatasetEntry; loaded: LoadedDataset }) {
  const [params] = useGapParams();
  const choices = useAgencyChoices(loaded);
  const g = useMemo(
    () =>
      params.org && params.year !== null
        ? findGroup(loaded.dataset, loaded.scoreboard, params.org, params.year)
        : -1,
    [loaded, params.org, params.year],
  );
  if (g >= 0 && params.org)
    return (
      <GapView key={`${params.org}/${params.year}`} entry={entry} loaded={loaded} g={g} orgKey={params.org} />
    );
  // One agency in one year: nothing to pick.
  const only = params.org ? null : onlyAgencyYear(choices);
  if (only) return <Navigate replace to={gapPath({ ds: entry.id, ...only })} />;
  const chosen = params.org ? (choices.find((c) => c.info.key === params.org) ?? null) : null;
  return <GapPicker entry={entry} loaded={loaded} choices={choices} chosen={chosen} />;
}
