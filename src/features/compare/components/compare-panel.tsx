import { useMemo } from 'react';
import type { LoadedDataset } from '@/shared/dataset/types';
import type { CompareModel } from '../lib/compare-model';
import { useCompareParams } from '../hooks/use-compare-params';
import { ComparePicker } from './compare-picker';
import { CompareCharts } from './compare-charts';
import { GapTable } from './gap-table';
import { GroupDistribution } from './group-distribution';
import { PeerTable } from './peer-table';
import { SideBySideTable } from './side-by-side-table';

/** Choose agencies, then see them side by side, their peers, and the group they belong to. */
export function ComparePanel({
  ds,
  loaded,
  model,
  scopeLabel,
}: {
  ds: string;
  loaded: LoadedDataset;
  model: CompareModel;
  scopeLabel: string;
}) {
  const [, setParams] = useCompareParams();
  // Agencies with data in the year (the picker lists the others and says why they are left out).
  const shown = useMemo(() => model.chosen.filter((c) => c.row >= 0), [model.chosen]);
  return (
    <div className="compare-stack">
      <ComparePicker ds={ds} loaded={loaded} model={model} onChange={(orgs) => setParams({ orgs })} />
      {shown.length ? (
        <>
          <SideBySideTable model={model} agencies={shown} />
          <GapTable model={model} agencies={shown} />
          <CompareCharts model={model} agencies={shown} />
          <PeerTable model={model} agencies={shown} />
        </>
      ) : null}
      <GroupDistribution model={model} agencies={shown} scopeLabel={scopeLabel} />
    </div>
  );
}
