import { useId } from 'react';
import { STATUS_LABELS, resultOf } from '@analysis/plans/report';
import { timeframeText } from '@analysis/plans/timeframe';
import type { MeasureResult, PlanMeasure, ResultStatus, ResultsReport } from '@analysis/plans/types';
import { Field } from '@/shared/ui/field';
import { TextAreaField } from '@/shared/ui/text-area-field';
import { useMessages } from '@/shared/i18n/messages';
import { useI18n } from '@/shared/i18n/use-i18n';
import { RESULT_STATUSES } from '@/shared/store/plan-records';
import { reportMessages } from '../messages';
import { DateField } from './date-field';
import { endDateProblem } from '../lib/result-checks';

export interface ResultEditorProps {
  measure: PlanMeasure;
  /** `1.2`: issue and measure number. */
  no: string;
  planYear: number;
  report: ResultsReport | null;
  onChange: (r: MeasureResult) => void;
}

/** What was done for one measure: status, summary, outcome, dates (BE), remarks. */
export function ResultEditor({ measure, no, planYear, report, onChange }: ResultEditorProps) {
  const m = useMessages(reportMessages);
  const { fmt, pick, lang } = useI18n();
  const headingId = useId();
  const r = resultOf(report, measure.id);
  const set = (patch: Partial<MeasureResult>) => onChange({ ...r, ...patch });
  const title = pick(measure.titleTh, measure.titleEn) || pick(measure.titleEn, measure.titleTh);
  const steps = pick(measure.stepsTh.join('\n'), measure.stepsEn.join('\n'))
    .split('\n')
    .filter((s) => s.trim());
  const when = `${timeframeText(measure.timeframe, planYear, lang, 'quarters')} (${timeframeText(measure.timeframe, planYear, lang, 'months')})`;
  // A measure marked done needs the day it was finished: the report's table prints it.
  const problem = endDateProblem(r);
  const endWarning = problem === 'order' ? m('field.dateOrder') : problem ? m('field.doneNoEnd') : null;
  const draft = `${report?.planId ?? ''}|${measure.id}`;
  return (
    <li className={`result-card result-${r.status}`} aria-labelledby={headingId} data-testid="result-card">
      <div className="result-head">
        <h3 id={headingId}>
          <span className="result-no">{m('measure.heading', { n: fmt.digits(no) })}</span> {title}
        </h3>
        <span className={`status-badge status-${r.status}`}>
          {pick(STATUS_LABELS[r.status].th, STATUS_LABELS[r.status].en)}
        </span>
      </div>
      <p className="muted small">
        {fmt.digits(m('measure.planned', { when }))}
        {pick(measure.unitTh, measure.unitEn)
          ? ` · ${m('measure.unit', { unit: pick(measure.unitTh, measure.unitEn) })}`
          : ''}
      </p>
      {steps.length ? (
        <details className="result-steps">
          <summary>{m('measure.steps', { count: fmt.int(steps.length) })}</summary>
          <ol>
            {steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="result-grid">
        <Field label={m('field.status')}>
          {(id) => (
            <select
              id={id}
              value={r.status}
              onChange={(e) => set({ status: e.currentTarget.value as ResultStatus })}
            >
              {RESULT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {pick(STATUS_LABELS[s].th, STATUS_LABELS[s].en)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <DateField
          label={m('field.start')}
          value={r.startDate}
          onChange={(startDate) => set({ startDate })}
          draftKey={`${draft}|start`}
        />
        <DateField
          label={m('field.end')}
          value={r.endDate}
          onChange={(endDate) => set({ endDate })}
          warning={endWarning}
          draftKey={`${draft}|end`}
        />
      </div>
      <TextAreaField
        label={m('field.done')}
        rows={2}
        value={r.doneTh}
        onChange={(doneTh) => set({ doneTh })}
      />
      <TextAreaField
        label={m('field.outcome')}
        rows={2}
        value={r.outcomeTh}
        onChange={(outcomeTh) => set({ outcomeTh })}
      />
      <TextAreaField label={m('field.note')} value={r.noteTh} onChange={(noteTh) => set({ noteTh })} />
    </li>
  );
}
