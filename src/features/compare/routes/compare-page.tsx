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
import { comparePath, dataPath } from '@/shared/url/view-links';
import { CompareView } from '../components/compare-view';
import { useCompareParams } from '../hooks/use-compare-params';
import { compareMessages } from '../messages';
import '../compare.css';

/** No dataset in the URL: the open ones, or the demo in one click. */
function ChooseDataset() {
  const m = useMessages(compareMessages);
  const { entries } = useRegistry();
  const navigate = useNavigate();
  return (
    <section className="panel">
      <p>{m('noDataset')}</p>
      <div className="actions">
        {entries.map((e) => (
          <Link key={e.id} className="button" to={comparePath({ ds: e.id })}>
            {m('openSet', { name: e.label })}
          </Link>
        ))}
        {entries.some((e) => e.id === DEMO_ID) ? null : (
          <button
            type="button"
            className="primary"
            onClick={() => {
              const demo = builtinEntry(DEMO_ID);
              if (demo) addDataset(demo);
              void navigate(comparePath({ ds: DEMO_ID }));
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

function Loading({ id, name }: { id: string; name: string }) {
  const m = useMessages(compareMessages);
  const { fmt } = useI18n();
  const p = useLoadProgress(id);
  const phase = p?.phase ?? 'read';
  const span = { read: [0, 0.2], parse: [0.2, 0.9], score: [0.9, 1] }[phase] as [number, number];
  const within = p && p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const value = span[0] + within * (span[1] - span[0]);
  return (
    <div className="load" data-testid="compare-loading">
      <p>{m('loading', { name })}</p>
      <ProgressBar value={value} label={m('loadProgress')} text={fmt.pct(value * 100)} />
    </div>
  );
}

/** The dataset named in the URL: restored, read (in the worker) and scored, then compared. */
function CompareDataset({ id }: { id: string }) {
  const m = useMessages(compareMessages);
  const { restored, entry, query } = useLoadedDataset(id);
  const found = entry !== undefined;
  // A shared link to the demo or an example opens it here too, even in a browser that never did.
  useEffect(() => {
    if (!restored || found) return;
    const builtin = builtinEntry(id);
    if (builtin) addDataset(builtin);
  }, [restored, found, id]);
  if (!entry)
    return restored && !builtinEntry(id) ? (
      <Notice tone="warning">{m('notFound')}</Notice>
    ) : (
      <p className="muted">{m('restoring')}</p>
    );
  if (query.data) return <CompareView entry={entry} loaded={query.data} />;
  if (query.isError) return <Notice tone="error">{m('loadFailed', { detail: query.error.message })}</Notice>;
  return <Loading id={entry.id} name={entry.label} />;
}

/** Compare & rankings (product.md, view 6). */
export function ComparePage() {
  const m = useMessages(compareMessages);
  const [params] = useCompareParams();
  return (
    <div className="page compare-page">
      <div className="page-head">
        <h1>{m('title')}</h1>
        <p className="lead">{m('intro')}</p>
      </div>
      {params.ds ? <CompareDataset key={params.ds} id={params.ds} /> : <ChooseDataset />}
    </div>
  );
}
