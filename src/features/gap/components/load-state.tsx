import { useQueryClient } from '@tanstack/react-query';
import { ProgressBar } from '@/shared/ui/progress-bar';
import { datasetKey } from '@/shared/dataset/dataset-query';
import { useLoadProgress } from '@/shared/dataset/load-progress';
import type { DatasetEntry } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';

const SPAN = { read: [0, 0.2], parse: [0.2, 0.9], score: [0.9, 1] } as const;

/** A dataset being read: progress bar and a cancel button that stops the worker. */
export function LoadingDataset({ entry, label }: { entry: DatasetEntry; label: string }) {
  const { t, fmt } = useI18n();
  const p = useLoadProgress(entry.id);
  const client = useQueryClient();
  const phase = p?.phase ?? 'read';
  const [lo, hi] = SPAN[phase];
  const value = lo + (p && p.total > 0 ? Math.min(1, p.done / p.total) : 0) * (hi - lo);
  return (
    <div className="load" data-testid="gap-loading">
      <p>{t('load.reading', { name: label })}</p>
      <ProgressBar
        value={value}
        label={t('load.progress')}
        text={`${t(`load.phase.${phase}`)} · ${fmt.pct(value * 100)}`}
      />
      <button type="button" onClick={() => void client.cancelQueries({ queryKey: datasetKey(entry) })}>
        {t('load.cancel')}
      </button>
    </div>
  );
}

/** A read that was cancelled or failed: say so and offer to read again. */
export function StoppedDataset({ entry, error }: { entry: DatasetEntry; error: Error | null }) {
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
