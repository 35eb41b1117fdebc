import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/shared/i18n/use-i18n';
import { Notice } from '@/shared/ui/notice';
import { dataPath } from '@/shared/url/routes/data';
import { LoadProgress, LoadStopped } from './load-status';
import type { DatasetEntry, LoadedDataset } from './types';
import { useDataset, type DatasetState } from './use-dataset';

/**
 * What a view shows while its dataset is not ready: saved datasets being read back, a link whose dataset
 * this browser does not have (with the way to the data page), the read under way (cancellable), a read
 * cancelled or failed (read again), the bundled demo missing from this build.
 */
export function DatasetStatus({
  state,
  notFound,
}: {
  state: Exclude<DatasetState, { kind: 'ready' }>;
  /** What to say when the dataset is not in this browser (default: the common text and a link to the data page). */
  notFound?: ReactNode;
}) {
  const { t } = useI18n();
  switch (state.kind) {
    case 'restoring':
      return <p className="muted">{t('sets.restoring')}</p>;
    case 'not-found':
      return (
        notFound ?? (
          <Notice tone="warning">
            <p>{t('gate.notFound')}</p>
            <Link to={dataPath()}>{t('gate.toData')}</Link>
          </Notice>
        )
      );
    case 'loading':
      return <LoadProgress entry={state.entry} />;
    case 'demo-missing':
      return <Notice tone="warning">{t('open.demo.missing')}</Notice>;
    case 'stopped':
      return <LoadStopped entry={state.entry} error={state.error} />;
  }
}

export interface DatasetGateProps {
  /** The dataset's id (`ds=` in the view's URL). */
  id: string;
  /** The view, once the dataset is read and scored. */
  children: (entry: DatasetEntry, loaded: LoadedDataset) => ReactNode;
  /** Wraps the status shown until then (the view's heading and a panel, say). */
  frame?: (status: ReactNode) => ReactNode;
  notFound?: ReactNode;
}

/** The one way into a view's dataset: its status until it is ready, then the view. */
export function DatasetGate({ id, children, frame = (s) => s, notFound }: DatasetGateProps) {
  const state = useDataset(id);
  if (state.kind === 'ready') return children(state.entry, state.loaded);
  return frame(<DatasetStatus state={state} notFound={notFound} />);
}
