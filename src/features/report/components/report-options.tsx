import { useId } from 'react';
import type { ReportMemo, ResultsReport } from '@analysis/plans/types';
import { Field } from '@/shared/ui/field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { reportMessages } from '../messages';
import { DateField } from './date-field';

const BLANK: ReportMemo = { office: '', ref: '', date: null, to: '', signer: '', signerPosition: '' };

export interface ReportOptionsProps {
  report: ResultsReport | null;
  /** Year of the indicator table the report will print, or null when there is none. */
  scoresYear: number | null;
  onChange: (patch: Pick<ResultsReport, 'cover' | 'memo'>) => void;
}

/** The parts of the report (cover page, covering memo with its fields) and whether it has the indicator table. */
export function ReportOptions({ report, scoresYear, onChange }: ReportOptionsProps) {
  const m = useMessages(reportMessages);
  const { fmt } = useI18n();
  const headingId = useId();
  const coverId = useId();
  const memoId = useId();
  const memo = report?.memo ?? null;
  const cover = report?.cover ?? false;
  const set = (patch: Partial<ReportMemo>) => onChange({ cover, memo: { ...(memo ?? BLANK), ...patch } });
  const text = (key: keyof Omit<ReportMemo, 'date'>, label: string, hint?: string) => (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          value={memo?.[key] ?? ''}
          placeholder={hint}
          onChange={(e) => set({ [key]: e.currentTarget.value })}
        />
      )}
    </Field>
  );
  return (
    <section className="panel report-options" aria-labelledby={headingId} data-testid="report-options">
      <h2 id={headingId}>{m('doc.title')}</h2>
      <div className="filters">
        <div className="check">
          <input
            id={coverId}
            type="checkbox"
            checked={cover}
            onChange={(e) => onChange({ cover: e.currentTarget.checked, memo })}
          />
          <label htmlFor={coverId}>{m('doc.cover')}</label>
        </div>
        <div className="check">
          <input
            id={memoId}
            type="checkbox"
            checked={memo !== null}
            onChange={(e) => onChange({ cover, memo: e.currentTarget.checked ? (memo ?? BLANK) : null })}
          />
          <label htmlFor={memoId}>{m('doc.memo')}</label>
        </div>
      </div>
      <p className="muted small">
        {scoresYear === null ? m('doc.noScores') : m('doc.scores', { year: fmt.year(scoresYear) })}
      </p>
      {memo ? (
        <fieldset className="memo-fields">
          <legend>{m('memo.title')}</legend>
          <div className="result-grid">
            {text('office', m('memo.office'), m('memo.officeHint'))}
            {text('ref', m('memo.ref'))}
            <DateField label={m('memo.date')} value={memo.date} onChange={(date) => set({ date })} />
            {text('to', m('memo.to'), m('memo.toHint'))}
            {text('signer', m('memo.signer'))}
            {text('signerPosition', m('memo.signerPosition'))}
          </div>
          <p className="muted small">{m('memo.blank')}</p>
        </fieldset>
      ) : null}
    </section>
  );
}
