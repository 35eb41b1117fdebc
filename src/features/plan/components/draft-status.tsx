import { Link } from 'react-router';
import { Notice } from '@/shared/ui/notice';
import { DatasetStatus } from '@/shared/dataset/dataset-gate';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { dataPath } from '@/shared/url/routes/data';
import type { DraftState } from '../hooks/use-draft';
import { planMessages } from '../messages';

/** What drafting a plan is waiting for, or why it cannot be done. */
export function DraftStatus({ state, year }: { state: DraftState; year?: number }) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const y = year === undefined ? '' : fmt.year(year);
  switch (state.kind) {
    case 'restoring':
    case 'ready':
      return <p className="muted">{m('draft.building')}</p>;
    case 'dataset':
      return (
        <DatasetStatus
          state={state.state}
          notFound={
            <Notice tone="warning">
              <p>{m('draft.datasetMissing')}</p>
              <Link to={dataPath()}>{m('new.toData')}</Link>
            </Notice>
          }
        />
      );
    case 'loading-catalogue':
      return <p className="muted">{m('draft.loadingCatalogue')}</p>;
    case 'no-dataset':
      return <Notice tone="warning">{m('draft.noDataset')}</Notice>;
    case 'catalogue-failed':
      return <Notice tone="error">{m('draft.catalogueFailed', { detail: state.detail })}</Notice>;
    case 'not-found':
      return <Notice tone="warning">{m('draft.notFound', { year: y })}</Notice>;
    case 'no-framework':
      return <Notice tone="warning">{m('draft.noFramework', { year: y })}</Notice>;
  }
}
