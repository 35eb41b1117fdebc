import { Link } from 'react-router';
import { Notice } from '@/shared/ui/notice';
import { ProgressBar } from '@/shared/ui/progress-bar';
import { useLoadProgress } from '@/shared/dataset/load-progress';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/view-links';
import type { DraftState } from '../hooks/use-draft';
import { planMessages } from '../messages';

function Reading({ id }: { id: string }) {
  const m = useMessages(planMessages);
  const { t, fmt } = useI18n();
  const p = useLoadProgress(id);
  const phase = p?.phase ?? 'read';
  const span = { read: [0, 0.2], parse: [0.2, 0.9], score: [0.9, 1] }[phase] as [number, number];
  const within = p && p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const value = span[0] + within * (span[1] - span[0]);
  return (
    <div className="load" data-testid="draft-loading">
      <p>{m('draft.loadingData')}</p>
      <ProgressBar
        value={value}
        label={t('load.progress')}
        text={`${t(`load.phase.${phase}`)} · ${fmt.pct(value * 100)}`}
      />
    </div>
  );
}

/** What drafting a plan is waiting for, or why it cannot be done. */
export function DraftStatus({ state, year }: { state: DraftState; year?: number }) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const y = year === undefined ? '' : fmt.year(year);
  switch (state.kind) {
    case 'restoring':
    case 'ready':
      return <p className="muted">{m('draft.building')}</p>;
    case 'loading-data':
      return <Reading id={state.entry.id} />;
    case 'loading-catalogue':
      return <p className="muted">{m('draft.loadingCatalogue')}</p>;
    case 'no-dataset':
      return <Notice tone="warning">{m('draft.noDataset')}</Notice>;
    case 'dataset-missing':
      return (
        <Notice tone="warning">
          <p>{m('draft.datasetMissing')}</p>
          <Link to={dataPath()}>{m('new.toData')}</Link>
        </Notice>
      );
    case 'data-failed':
      return <Notice tone="error">{m('draft.dataFailed', { detail: state.detail })}</Notice>;
    case 'catalogue-failed':
      return <Notice tone="error">{m('draft.catalogueFailed', { detail: state.detail })}</Notice>;
    case 'not-found':
      return <Notice tone="warning">{m('draft.notFound', { year: y })}</Notice>;
    case 'no-framework':
      return <Notice tone="warning">{m('draft.noFramework', { year: y })}</Notice>;
  }
}
