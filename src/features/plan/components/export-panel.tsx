import { useId, useState } from 'react';
import type { Plan } from '@analysis/plans/types';
import { timeframeText } from '@analysis/plans/timeframe';
import { Field } from '@/shared/ui/field';
import { useI18n } from '@/shared/i18n/use-i18n';
import { useMessages } from '@/shared/i18n/messages';
import { exportPlanCsv, exportPlanDocx, type ExportOptions } from '../lib/export';
import { planMessages } from '../messages';

export interface ExportPanelProps {
  plan: Plan;
  options: ExportOptions;
  onOptions: (patch: Partial<Pick<ExportOptions, 'thaiDigits' | 'timeframes'>>) => void;
}

type Status =
  { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; name: string } | { kind: 'failed'; detail: string };

/** Word, CSV and print, with the document options (timeframes as quarters or months, Thai digits). */
export function ExportPanel({ plan, options, onOptions }: ExportPanelProps) {
  const m = useMessages(planMessages);
  const { fmt } = useI18n();
  const planYear = plan.planYear;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const headingId = useId();
  const digitsId = useId();
  const docx = () => {
    if (status.kind === 'busy') return;
    setStatus({ kind: 'busy' });
    exportPlanDocx(plan, options).then(
      (name) => setStatus({ kind: 'done', name }),
      (err: unknown) =>
        setStatus({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) }),
    );
  };
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
                onOptions({ timeframes: e.currentTarget.value === 'months' ? 'months' : 'quarters' })
              }
            >
              <option value="quarters">
                {m('export.quarters', {
                  example: fmt.digits(timeframeText('Q1-Q4', planYear, options.lang, 'quarters')),
                })}
              </option>
              <option value="months">
                {m('export.months', {
                  example: fmt.digits(timeframeText('Q1-Q4', planYear, options.lang, 'months')),
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
        {/* aria-disabled, not disabled, while the file is made: a disabled button would drop the focus. */}
        <button type="button" className="primary" onClick={docx} aria-disabled={status.kind === 'busy'}>
          {m('export.docx')}
        </button>
        <button
          type="button"
          onClick={() => {
            try {
              setStatus({ kind: 'done', name: exportPlanCsv(plan, options) });
            } catch (err) {
              setStatus({ kind: 'failed', detail: err instanceof Error ? err.message : String(err) });
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
