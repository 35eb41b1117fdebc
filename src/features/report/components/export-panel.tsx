import { useId, useState } from 'react';
import type { ReportScores } from '@analysis/plans/report-source';
import type { Plan, ResultsReport } from '@analysis/plans/types';
import { timeframeText } from '@analysis/plans/timeframe';
import { Field } from '@/shared/ui/field';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useMessages } from '@/shared/i18n/messages';
import { exportReportCsv, exportReportDocx } from '../lib/export';
import type { ReportLayoutOptions } from '../lib/report-layout';
import { reportMessages } from '../messages';

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; detail: string };

/** Word, CSV and print of the report, with its document options. */
export function ReportExportPanel({
  plan,
  report,
  options,
  onOptions,
  scores,
}: {
  plan: Plan;
  report: ResultsReport | null;
  scores: ReportScores | null;
  options: ReportLayoutOptions;
  onOptions: (patch: { timeframes?: 'quarters' | 'months'; thaiDigits?: boolean }) => void;
}) {
  const m = useMessages(reportMessages);
  const { fmt } = useI18n();
  const planYear = plan.planYear;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const headingId = useId();
  const digitsId = useId();
  const fail = (err: unknown) =>
    setStatus({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) });
  return (
    <section className="panel export-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{m('export.title')}</h2>
      <div className="filters">
        <Field label={m('export.timeframes')}>
          {(id) => (
            <select
              id={id}
              value={options.timeframes}
              onChange={(e) =>
                onOptions({ timeframes: e.currentTarget.value === 'quarters' ? 'quarters' : 'months' })
              }
            >
              <option value="months">
                {m('export.months', {
                  example: fmt.digits(timeframeText('Q1-Q4', planYear, options.lang, 'months')),
                })}
              </option>
              <option value="quarters">
                {m('export.quarters', {
                  example: fmt.digits(timeframeText('Q1-Q4', planYear, options.lang, 'quarters')),
                })}
              </option>
            </select>
          )}
        </Field>
        <div className="check">
          <input
            id={digitsId}
            type="checkbox"
            checked={options.thaiDigits}
            onChange={(e) => onOptions({ thaiDigits: e.currentTarget.checked })}
          />
          <label htmlFor={digitsId}>{m('export.thaiDigits')}</label>
        </div>
      </div>
      <div className="actions">
        <button
          type="button"
          className="primary"
          // aria-disabled, not disabled, while the file is made: a disabled button would drop the focus.
          aria-disabled={status.kind === 'busy'}
          onClick={() => {
            if (status.kind === 'busy') return;
            setStatus({ kind: 'busy' });
            exportReportDocx(plan, report, options, scores).then(
              (name) => setStatus({ kind: 'done', name }),
              fail,
            );
          }}
        >
          {m('export.docx')}
        </button>
        <button
          type="button"
          onClick={() => {
            try {
              setStatus({ kind: 'done', name: exportReportCsv(plan, report, options) });
            } catch (err) {
              fail(err);
            }
          }}
        >
          {m('export.csv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {m('export.print')}
        </button>
      </div>
      <p className="muted small">{m('export.hint')}</p>
      <p className={status.kind === 'failed' ? 'field-error' : 'muted small'} role="status">
        {status.kind === 'busy'
          ? m('export.busy')
          : status.kind === 'done'
            ? m('export.done', { name: status.name })
            : status.kind === 'failed'
              ? m('export.failed', { detail: status.detail })
              : ''}
      </p>
    </section>
  );
}
