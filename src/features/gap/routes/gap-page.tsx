import '../gap.css';
import '../gap-media.css';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { Notice } from '@/shared/ui/notice';
import { builtinEntry } from '@/shared/dataset/builtin-entries';
import { addDataset, useRegistry } from '@/shared/dataset/dataset-registry';
import { useLoadedDataset } from '@/shared/dataset/use-loaded-dataset';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/view-links';
import { GapContent } from '../components/gap-content';
import { LoadingDataset, StoppedDataset } from '../components/load-state';
import { useDatasetLabel } from '../hooks/use-dataset-label';
import { useGapParams } from '../hooks/use-gap-params';
import { gapMessages } from '../messages';

/** No dataset in the URL: the datasets already open, or the way to the data page. */
function ChooseDataset() {
  const m = useMessages(gapMessages);
  const { entries, restored } = useRegistry();
  const labelOf = useDatasetLabel();
  return (
    <>
      <div className="page-head">
        <h1>{m('page.title')}</h1>
        <p className="lead">{m('page.intro')}</p>
      </div>
      <section className="panel" aria-labelledby="gap-sets">
        <h2 id="gap-sets">{m('page.chooseDataset')}</h2>
        {entries.length ? (
          <ul className="gap-links">
            {entries.map((e) => (
              <li key={e.id}>
                <Link to={`/gap?${new URLSearchParams({ ds: e.id })}`}>{labelOf(e)}</Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{restored ? m('page.noDatasets') : m('page.restoring')}</p>
        )}
        <p>
          <Link to={dataPath()} className="button">
            {m('page.toData')}
          </Link>
        </p>
      </section>
    </>
  );
}

/** The dataset named in the URL, read (or being read); then the picker or the analysis. */
function DatasetGate({ id }: { id: string }) {
  const m = useMessages(gapMessages);
  const { t } = useI18n();
  const labelOf = useDatasetLabel();
  const { restored, entry, query } = useLoadedDataset(id);
  const found = entry !== undefined;
  // A shared link to the demo or an example opens it here too, even in a browser that never did.
  useEffect(() => {
    if (!restored || found) return;
    const builtin = builtinEntry(id);
    if (builtin) addDataset(builtin);
  }, [restored, found, id]);
  const head = (
    <div className="page-head">
      <h1>{m('page.title')}</h1>
    </div>
  );
  if (!entry)
    return (
      <>
        {head}
        {restored ? (
          <Notice tone="warning">
            {t('sets.notFound')} <Link to={dataPath()}>{m('page.toData')}</Link>
          </Notice>
        ) : (
          <p className="muted">{m('page.restoring')}</p>
        )}
      </>
    );
  if (query.data) return <GapContent entry={entry} loaded={query.data} />;
  let body;
  if (query.isFetching) body = <LoadingDataset entry={entry} label={labelOf(entry)} />;
  else if (query.isError && query.error.name === 'MissingDataError')
    body = <Notice tone="warning">{t('open.demo.missing')}</Notice>;
  else body = <StoppedDataset entry={entry} error={query.isError ? query.error : null} />;
  return (
    <>
      {head}
      <section className="panel">{body}</section>
    </>
  );
}

/** Gap analysis (view 2 of product.md): where the points went and the cheapest way to the next rating. */
export function GapPage() {
  const [params] = useGapParams();
  // Arriving from a scrolled page (the data page's list), start at the top.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, []);
  return (
    <div className="page gap-page">
      {params.ds ? <DatasetGate key={params.ds} id={params.ds} /> : <ChooseDataset />}
    </div>
  );
}

export default GapPage;
