import type { Progress } from '@analysis/plans/report';
import { STATUS_LABELS } from '@analysis/plans/report';
import type { ResultStatus } from '@analysis/plans/types';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { reportMessages } from '../messages';

const ORDER: readonly ResultStatus[] = ['done', 'in-progress', 'not-started', 'cancelled'];

/** Progress at a glance: the done share, a bar of the statuses, and each status with its count (text, swatch, pattern). */
export function ProgressPanel({ progress }: { progress: Progress }) {
  const m = useMessages(reportMessages);
  const { fmt, pick } = useI18n();
  const counted = progress.total - progress.byStatus.cancelled;
  const pct = fmt.pct(progress.donePct);
  return (
    <section className="panel progress-panel" aria-labelledby="progress-title" data-testid="report-progress">
      <h2 id="progress-title">{m('progress.title')}</h2>
      {progress.total === 0 ? (
        <p className="muted">{m('progress.none')}</p>
      ) : (
        <>
          <p className="progress-headline">
            <strong className="progress-pct">{pct}</strong>{' '}
            {m('progress.done', { done: fmt.int(progress.byStatus.done), counted: fmt.int(counted) })}
          </p>
          <div
            className="status-bar"
            role="img"
            aria-label={ORDER.map(
              (s) => `${pick(STATUS_LABELS[s].th, STATUS_LABELS[s].en)} ${fmt.int(progress.byStatus[s])}`,
            ).join(', ')}
          >
            {ORDER.map((s) =>
              progress.byStatus[s] > 0 ? (
                <span
                  key={s}
                  className={`status-seg status-${s}`}
                  style={{ flexGrow: progress.byStatus[s] }}
                />
              ) : null,
            )}
          </div>
          <dl className="status-counts">
            <div>
              <dt>{m('progress.total')}</dt>
              <dd>{fmt.int(progress.total)}</dd>
            </div>
            {ORDER.map((s) => (
              <div key={s} data-status={s}>
                <dt>
                  <span className={`status-swatch status-${s}`} aria-hidden="true" />
                  {pick(STATUS_LABELS[s].th, STATUS_LABELS[s].en)}
                </dt>
                <dd>{fmt.int(progress.byStatus[s])}</dd>
              </div>
            ))}
          </dl>
          {progress.byStatus.cancelled > 0 ? (
            <p className="muted small">{m('progress.cancelledNote')}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
