import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { agencyTrend } from '@analysis/trends/agency-trend';
import { Notice } from '@/shared/ui/notice';
import { ProgressBar } from '@/shared/ui/progress-bar';
import { builtinEntry } from '@/shared/dataset/builtin-entries';
import { addDataset } from '@/shared/dataset/dataset-registry';
import { useLoadProgress } from '@/shared/dataset/load-progress';
import type { DatasetEntry, LoadedDataset } from '@/shared/dataset/types';
import { useLoadedDataset } from '@/shared/dataset/use-loaded-dataset';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/view-links';
import { AgencyPicker } from '../components/agency-picker';
import { TrendReport } from '../components/trend-report';
import { useTrendsParams } from '../hooks/use-trends-params';
import { trendMessages } from '../messages';
import '../trends.css';

function Head() {
  const m = useMessages(trendMessages);
  return (
    <div className="page-head">
      <h1>{m('title')}</h1>
      <p className="lead">{m('intro')}</p>
    </div>
  );
}

function Loading({ entry }: { entry: DatasetEntry }) {
  const m = useMessages(trendMessages);
  const { fmt } = useI18n();
  const p = useLoadProgress(entry.id);
  const value = p && p.total > 0 ? Math.min(1, p.done / p.total) : null;
  return (
    <div className="panel" data-testid="trends-loading">
      <p>{m('loading', { name: entry.label })}</p>
      <ProgressBar
        value={value}
        label={m('loadProgress')}
        text={value === null ? '' : fmt.pct(value * 100)}
      />
    </div>
  );
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
      <AgencyPicker ds={ds} loaded={loaded} />
    </div>
  );
}

function OfDataset({ ds, org }: { ds: string; org: string | null }) {
  const m = useMessages(trendMessages);
  const { restored, entry, query } = useLoadedDataset(ds);
  const found = entry !== undefined;
  // A shared link to the demo or an example opens it here too, even in a browser that never did.
  useEffect(() => {
    if (!restored || found) return;
    const builtin = builtinEntry(ds);
    if (builtin) addDataset(builtin);
  }, [restored, found, ds]);
  if (entry && query.data) return <Loaded ds={ds} entry={entry} loaded={query.data} org={org} />;
  let body;
  if (!entry)
    body = restored ? (
      <Notice tone="warning">
        <p>{m('notFound')}</p>
        <Link to={dataPath()}>{m('toData')}</Link>
      </Notice>
    ) : (
      <p className="muted">{m('restoring')}</p>
    );
  else if (query.isError)
    body = <Notice tone="error">{m('loadFailed', { detail: query.error.message })}</Notice>;
  else body = <Loading entry={entry} />;
  return (
    <div className="page trends-page">
      <Head />
      {body}
    </div>
  );
}

/** The executive trends view (`#/trends?ds=…&org=…`). */
export function TrendsPage() {
  const m = useMessages(trendMessages);
  const [params] = useTrendsParams();
  if (params.ds) return <OfDataset key={params.ds} ds={params.ds} org={params.org} />;
  return (
    <div className="page trends-page">
      <Head />
      <Notice tone="info">
        <p>{m('noDataset')}</p>
        <Link to={dataPath()}>{m('toData')}</Link>
      </Notice>
    </div>
  );
}
