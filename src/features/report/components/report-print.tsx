import { useMemo } from 'react';
import type { Plan, ResultsReport } from '../../../../analysis/plans/types';
import { useFeatureMessages } from '../../../lib/i18n/feature-messages';
import { reportLayout, type ReportLayoutOptions } from '../lib/report-layout';
import { reportMessages } from '../messages';

/** The report as it prints (hidden on screen): A4 landscape, the table of agencies' reports, signatures. */
export function ReportPrint({
  plan,
  report,
  options,
}: {
  plan: Plan;
  report: ResultsReport | null;
  options: ReportLayoutOptions;
}) {
  const m = useFeatureMessages(reportMessages);
  const doc = useMemo(() => reportLayout(plan, report, options), [plan, report, options]);
  const lines = (xs: readonly string[]) => xs.map((x, i) => <p key={i}>{x}</p>);
  return (
    <div className="print-doc" data-testid="report-print">
      <p className="print-title">{doc.title}</p>
      <p className="print-title">{doc.subtitle}</p>
      <p className="print-intro">{doc.intro}</p>
      <table className="print-table report-table">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '13%' }} />
          <col style={{ width: '23%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '12%' }} />
        </colgroup>
        <thead>
          <tr>
            <th>{m('print.no')}</th>
            <th>{m('print.measure')}</th>
            <th>{m('print.when')}</th>
            <th>{m('print.done')}</th>
            <th>{m('print.outcome')}</th>
            <th>{m('print.remarks')}</th>
          </tr>
        </thead>
        {doc.issues.map((issue) => (
          <tbody key={issue.id}>
            <tr className="print-band">
              <td colSpan={6}>{issue.title}</td>
            </tr>
            {issue.measures.map((x) => (
              <tr key={x.id}>
                <td className="print-no">{x.no}</td>
                <td>
                  {x.measure.map((line, i) => (
                    <p key={i} className={i === 0 ? 'print-measure' : 'print-sub'}>
                      {line}
                    </p>
                  ))}
                </td>
                <td>{lines(x.when)}</td>
                <td className="print-pre">{lines(x.done)}</td>
                <td className="print-pre">{lines(x.outcome)}</td>
                <td>{lines(x.remarks)}</td>
              </tr>
            ))}
          </tbody>
        ))}
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
