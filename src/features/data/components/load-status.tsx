import { useQueryClient } from '@tanstack/react-query';
import { ProgressBar } from '@/shared/ui/progress-bar';
import { datasetKey } from '@/shared/dataset/dataset-query';
import { useLoadProgress } from '@/shared/dataset/load-progress';
import type { DatasetEntry } from '@/shared/dataset/types';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useEntryLabel } from '../hooks/use-entry-label';

/** Progress of a read under way, with a cancel button that stops the worker at once. */
export function LoadProgress({ entry }: { entry: DatasetEntry }) {
  const { t, fmt } = useI18n();
  const p = useLoadProgress(entry.id);
  const labelOf = useEntryLabel();
  const client = useQueryClient();
  const phase = p?.phase ?? 'read';
  // Reading the bytes is the first 20%, checking 20–90%, scoring the rest.
  const span = { read: [0, 0.2], parse: [0.2, 0.9], score: [0.9, 1] }[phase];
  const within = p && p.total > 0 ? Math.min(1, p.done / p.total) : 0;
  const value = (span[0] as number) + within * ((span[1] as number) - (span[0] as number));
  return (
    <div className="load" data-testid="load-progress">
      <p>{t('load.reading', { name: labelOf(entry) })}</p>
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
