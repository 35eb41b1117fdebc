import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '@/shared/i18n/use-i18n';
import { ProgressBar } from '@/shared/ui/progress-bar';
import { datasetKey } from './dataset-query';
import { useLoadProgress } from './load-progress';
import type { DatasetEntry } from './types';
import { useDatasetLabel } from './use-dataset-label';

/** Share of the whole read each phase stands for: reading the bytes, checking the rows, scoring. */
const SPAN = { read: [0, 0.2], parse: [0.2, 0.9], score: [0.9, 1] } as const;

/** Progress of a read under way, with a cancel button that stops the worker at once. */
export function LoadProgress({ entry, cancel = true }: { entry: DatasetEntry; cancel?: boolean }) {
  const { t, fmt } = useI18n();
  const labelOf = useDatasetLabel();
  const p = useLoadProgress(entry.id);
  const client = useQueryClient();
  const phase = p?.phase ?? 'read';
  const [lo, hi] = SPAN[phase];
  const value = lo + (p && p.total > 0 ? Math.min(1, p.done / p.total) : 0) * (hi - lo);
  return (
    <div className="load" data-testid="load-progress">
      <p>{t('load.reading', { name: labelOf(entry) })}</p>
      <ProgressBar
        value={value}
        label={t('load.progress')}
        text={`${t(`load.phase.${phase}`)} · ${fmt.pct(value * 100)}`}
      />
      {cancel ? (
        <button type="button" onClick={() => void client.cancelQueries({ queryKey: datasetKey(entry) })}>
          {t('load.cancel')}
        </button>
      ) : null}
    </div>
  );
}

/** A read that was cancelled or failed: say so, offer to read again. */
export function LoadStopped({ entry, error }: { entry: DatasetEntry; error: Error | null }) {
  const { t } = useI18n();
  const client = useQueryClient();
  return (
    <div className={`notice ${error ? 'notice-error' : 'notice-info'}`} role={error ? 'alert' : 'status'}>
      <p>{error ? t('load.failed', { detail: error.message }) : t('load.cancelled')}</p>
      <button type="button" onClick={() => void client.refetchQueries({ queryKey: datasetKey(entry) })}>
        {t('load.retry')}
      </button>
    </div>
  );
}
