import { useMemo } from 'react';
import type { Plan } from '@analysis/plans/types';
import { PrintSignatures, printLines } from '@/shared/document/print-parts';
import { useMessages } from '@/shared/i18n/messages';
import { forExport } from '../lib/plan-edit';
import { planLayout, type LayoutOptions } from '../lib/plan-layout';
import { planMessages } from '../messages';

/**
 * The plan as it prints (hidden on screen): title, preamble, the plan table of the Word export (one row
 * per measure, the issue, question and finding cells spanning its rows), the notes on marked wording,
 * the announcement and the three signers, on A4 landscape (plan.css).
 */
export function PlanPrint({
  plan,
  options,
  testId = 'plan-print',
}: {
  plan: Plan;
  options: LayoutOptions;
  testId?: string;
}) {
  const m = useMessages(planMessages);
  const { table: t, rows } = useMemo(
    () => planLayout(forExport(plan, options.lang), options),
    [plan, options],
  );
  const lines = printLines;
  const h = t.head;
  return (
    <div className="print-doc" data-testid={testId}>
      <p className="print-title">{t.title}</p>
      <p className="print-title">{t.subtitle}</p>
      <p className="print-intro">{t.intro}</p>
      <table className="print-table plan-table">
        <thead>
          <tr>
            <th rowSpan={2}>{h.issue}</th>
            <th colSpan={2}>{h.analysis}</th>
            <th rowSpan={2}>{h.steps}</th>
            <th rowSpan={2}>{h.time}</th>
            <th rowSpan={2}>{h.unit}</th>
            <th rowSpan={2}>{h.evidence}</th>
          </tr>
          <tr>
            <th>{h.question}</th>
            <th>{h.finding}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              {r.span > 0 ? (
                <>
                  <td rowSpan={r.span} className="print-issue">
                    {r.issue}
                  </td>
                  <td rowSpan={r.span}>
                    {r.questions.map((q, i) => (
                      <p key={i}>
                        {q.text}
                        {q.note !== null ? <sup>{q.note}</sup> : null}
                      </p>
                    ))}
                  </td>
                  <td rowSpan={r.span}>{lines(r.findings)}</td>
                </>
              ) : null}
              <td>
                {r.steps.map((s, i) => (
                  <p key={i} className={s.sub ? 'print-sub' : 'print-measure'}>
                    {s.text}
                  </p>
                ))}
              </td>
              <td>{r.time}</td>
              <td>
                {lines(r.units)}
                {r.limitations.length ? (
                  <>
                    <p className="print-label">{h.limitations}:</p>
                    {lines(r.limitations)}
                  </>
                ) : null}
              </td>
              <td>{lines(r.evidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {t.notes.length ? (
        <div className="print-notes">
          <p className="print-label">{m('print.notes')}</p>
          {t.notes.map((n, i) => (
            <p key={i}>
              <sup>{i + 1}</sup> {n}
            </p>
          ))}
        </div>
      ) : null}
      <div className="print-approval">
        <p className="print-announced">{t.announced}</p>
        <PrintSignatures signers={t.signers} />
      </div>
    </div>
  );
}
