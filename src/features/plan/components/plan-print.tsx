import { useMemo } from 'react';
import type { Plan } from '../../../../analysis/plans/types';
import { useFeatureMessages } from '../../../lib/i18n/feature-messages';
import { forExport } from '../lib/plan-edit';
import { planLayout, type LayoutOptions } from '../lib/plan-layout';
import { planMessages } from '../messages';

/**
 * The plan as it prints (hidden on screen): title, preamble, the plan table in the columns of agencies'
 * plans and the signature block, on A4 landscape (plan.css). The same texts as the Word export.
 */
export function PlanPrint({ plan, options }: { plan: Plan; options: LayoutOptions }) {
  const m = useFeatureMessages(planMessages);
  const doc = useMemo(() => planLayout(forExport(plan, options.lang), options), [plan, options]);
  const lines = (xs: readonly string[]) => xs.map((x, i) => <p key={i}>{x}</p>);
  return (
    <div className="print-doc" data-testid="plan-print">
      <p className="print-title">{doc.title}</p>
      <p className="print-title">{doc.subtitle}</p>
      <p className="print-intro">{doc.intro}</p>
      <table className="print-table plan-table">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '17%' }} />
          <col style={{ width: '28%' }} />
          <col style={{ width: '11%' }} />
          <col style={{ width: '13%' }} />
        </colgroup>
        <thead>
          <tr>
            <th rowSpan={2}>{m('print.issue')}</th>
            <th colSpan={2}>{m('print.analysis')}</th>
            <th rowSpan={2}>{m('print.steps')}</th>
            <th rowSpan={2}>{m('print.time')}</th>
            <th rowSpan={2}>{m('print.unit')}</th>
          </tr>
          <tr>
            <th>{m('print.question')}</th>
            <th>{m('print.finding')}</th>
          </tr>
        </thead>
        <tbody>
          {doc.rows.map((r) => (
            <tr key={r.id}>
              <td className="print-issue">{r.issue}</td>
              <td>{lines(r.questions)}</td>
              <td>{lines(r.findings)}</td>
              <td>
                {r.steps.map((s, i) => (
                  <p key={i} className={s.sub ? 'print-sub' : 'print-measure'}>
                    {s.text}
                  </p>
                ))}
              </td>
              <td>{lines(r.times)}</td>
              <td>
                {lines(r.units)}
                {r.limitations ? (
                  <>
                    <p className="print-label">{m('print.limitations')}</p>
                    <p className="print-pre">{r.limitations}</p>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="print-signatures">
        {(['print.proposer', 'print.approver'] as const).map((role) => (
          <div key={role} className="print-signature">
            <p>{m('print.signed')}</p>
            <p>(........................................................)</p>
            <p>{m(role)}</p>
          </div>
        ))}
      </div>
    </div>
  );
}
