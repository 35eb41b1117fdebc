import { PageHead } from '@/shared/ui/page-head';
import { useMemo } from 'react';
import { agencyTrend } from '@analysis/trends/agency-trend';
import { Notice } from '@/shared/ui/notice';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { ChooseDataset } from '@/shared/dataset/choose-dataset';
import { DatasetGate } from '@/shared/dataset/dataset-gate';
import { useMessages } from '@/shared/i18n/messages';
import { trendsPath } from '@/shared/url/routes/trends';
import { TrendsPicker } from '../components/trends-picker';
import { TrendReport } from '../components/trend-report';
import { useTrendsParams } from '../hooks/use-trends-params';
import { trendMessages } from '../messages';
import '../trends.css';

function Head() {
  const m = useMessages(trendMessages);
  return <PageHead title={m('title')} intro={m('intro')} />;
}

/** The loaded dataset: the picked agency's trend, or the picker. */
function Loaded({
  ds,
  entry,
  loaded,
  org,
}: {
  ds: string;
  entry: DatasetEntry;
  loaded: LoadedDataset;
  org: string | null;
}) {
  const m = useMessages(trendMessages);
  const trend = useMemo(
    () => (org ? agencyTrend(loaded.dataset, loaded.scoreboard, org) : null),
    [loaded, org],
  );
  const synthetic = entry.source.kind === 'demo' || loaded.meta.synthetic === true;
  if (trend) return <TrendReport ds={ds} trend={trend} synthetic={synthetic} />;
  return (
    <div className="page trends-page">
      <Head />
      {synthetic ? <Notice tone="synthetic">{m('synthetic')}</Notice> : null}
      {org ? <Notice tone="warning">{m('picker.missingOrg')}</Notice> : null}
      <TrendsPicker ds={ds} loaded={loaded} />
    </div>
  );
}

/** The executive trends view (`#/trends?ds=…&org=…`). */
export function TrendsPage() {
  const [params] = useTrendsParams();
  if (!params.ds)
    return (
      <div className="page trends-page">
        <Head />
        <ChooseDataset pathOf={(ds) => trendsPath({ ds })} />
      </div>
    );
  return (
    <DatasetGate
      key={params.ds}
      id={params.ds}
      frame={(status) => (
        <div className="page trends-page">
          <Head />
          {status}
        </div>
      )}
    >
      {(entry, loaded) => <Loaded ds={entry.id} entry={entry} loaded={loaded} org={params.org} />}
    </DatasetGate>
  );
}
