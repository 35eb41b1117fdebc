import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { Notice } from '@/shared/ui/notice';
import { ProgressBar } from '@/shared/ui/progress-bar';
import { builtinEntry, DEMO_ID } from '@/shared/dataset/builtin-entries';
import { addDataset, useRegistry } from '@/shared/dataset/dataset-registry';
import { useLoadProgress } from '@/shared/dataset/load-progress';
import { useLoadedDataset } from '@/shared/dataset/use-loaded-dataset';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/view-links';
import { SummaryView } from '../components/summary-view';
import { useSummaryParams } from '../hooks/use-summary-params';
import { summaryPath } from '../lib/summary-params';
import { summaryMessages } from '../messages';
import '../summary.css';

/** No dataset in the URL: the open ones, or the demo in one click. */
function ChooseDataset() {
  const m = useMessages(summaryMessages);
  const { entries } = useRegistry();
  const navigate = useNavigate();
  const hasDemo = entries.some((e) => e.id === DEMO_ID);
  return (
    <section className="panel">
      <p>{m('noDataset')}</p>
      <div className="actions">
        {entries.map((e) => (
          <Link key={e.id} className="button" to={summaryPath(e.id)}>
            {m('openSet', { name: e.label })}
          </Link>
        ))}
        {hasDemo ? null : (
          <button
            type="button"
            className="primary"
            onClick={() => {
              const demo = builtinEntry(DEMO_ID);
              if (demo) addDataset(demo);
              void navigate(summaryPath(DEMO_ID));
            }}
          >
            {m('openDemo')}
          </button>
        )}
        <Link className="button" to={dataPath()}>
          {m('toData')}
        </Link>
      </div>
    </section>
  );
}

/** The dataset named in the URL: restored, read (in the worker) and scored, then summarised. */
function OfDataset({ id }: { id: string }) {
  const m = useMessages(summaryMessages);
  const { fmt } = useI18n();
  const { restored, entry, query } = useLoadedDataset(id);
  const progress = useLoadProgress(id);
  const found = entry !== undefined;
  // A shared link to the demo or an example opens it here too, even in a browser that never did.
  useEffect(() => {
    if (!restored || found) return;
    const builtin = builtinEntry(id);
    if (builtin) addDataset(builtin);
  }, [restored, found, id]);
  if (!entry)
    return restored && !builtinEntry(id) ? (
      <Notice tone="warning">
        <p>{m('notFound')}</p>
        <Link to={dataPath()}>{m('toData')}</Link>
      </Notice>
    ) : (
      <p className="muted">{m('restoring')}</p>
    );
  if (query.data) return <SummaryView entry={entry} loaded={query.data} />;
  if (query.isError) return <Notice tone="error">{m('loadFailed', { detail: query.error.message })}</Notice>;
  const value = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  return (
    <div className="panel" data-testid="summary-loading">
      <p>{m('loading', { name: entry.label })}</p>
      <ProgressBar
        value={value}
        label={m('loadProgress')}
        text={value === null ? '' : fmt.pct(value * 100)}
      />
    </div>
  );
}

/** Summary tables (product.md, view 7): `#/summary?ds=…&rows=…&cols=…&value=…&stat=…&filter=…`. */
export function SummaryPage() {
  const m = useMessages(summaryMessages);
  const [params] = useSummaryParams();
  return (
    <div className="page summary-page">
      <div className="page-head">
        <h1>{m('title')}</h1>
        <p className="lead">{m('intro')}</p>
      </div>
      {params.ds ? <OfDataset key={params.ds} id={params.ds} /> : <ChooseDataset />}
    </div>
  );
}
