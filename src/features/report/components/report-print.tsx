import { useMemo } from 'react';
import type { ReportScores } from '@analysis/plans/report-source';
import type { Plan, ResultsReport } from '@analysis/plans/types';
import { PrintHead, PrintSignatures, printLines } from '@/shared/document/print-parts';
import { reportLayout, type ReportLayoutOptions } from '../lib/report-layout';

/**
 * The report as it prints (hidden on screen), with the structure of the Word export: cover and memo when
 * chosen (each on its own page), the title, the preamble, the year's indicator table, then the measures
 * table in one band per issue and the signatures; A4 landscape (documents.css).
 */
export function ReportPrint({
  plan,
  report,
  options,
  scores,
}: {
  plan: Plan;
  report: ResultsReport | null;
  options: ReportLayoutOptions;
  scores: ReportScores | null;
}) {
  const t = useMemo(() => reportLayout(plan, report, options, scores), [plan, report, options, scores]);
  const lines = printLines;
  return (
    <div className="print-doc" data-testid="report-print">
      {t.cover ? (
        <div className="print-cover">
          {printLines(t.cover.lines, 'print-title')}
          <p className="print-title print-cover-org">{t.cover.org}</p>
        </div>
      ) : null}
      {t.memo ? (
        <div className="print-memo">
          <p className="print-title">{t.memo.heading}</p>
          {t.memo.fields.map((f) => (
            <p key={f.label}>
              <strong>{f.label}</strong> {f.value}
            </p>
          ))}
          <p className="print-intro">{t.memo.body}</p>
          <p className="print-intro">{t.memo.closing}</p>
          <div className="print-memo-signer">{lines(t.memo.signer)}</div>
        </div>
      ) : null}
      {printLines(t.title, 'print-title')}
      <p className="print-intro">{t.intro}</p>
      {t.scoreSentence && t.indicators.length ? (
        <>
          <p className="print-intro">{t.scoreSentence}</p>
          <table className="print-table report-scores">
            <PrintHead cells={t.indicatorHead} />
            <tbody>
              {t.indicators.map((i) => (
                <tr key={i.no}>
                  <td className="print-no">{i.tool}</td>
                  <td className="print-no">{i.no}</td>
                  <td>{i.name}</td>
                  <td className="print-no">{i.score}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      {printLines(t.summaryTitle, 'print-title')}
      <table className="print-table report-table">
        <colgroup>
          <col style={{ width: '6%' }} />
          <col style={{ width: '26%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '22%' }} />
          <col style={{ width: '19%' }} />
          <col style={{ width: '13%' }} />
        </colgroup>
        <PrintHead cells={t.head} />
        {t.issues.map((issue, k) => (
          <tbody key={k}>
            <tr className="print-band">
              <td colSpan={6}>{issue.title}</td>
            </tr>
            {issue.rows.map((r) => (
              <tr key={r.no}>
                <td className="print-no">{r.no}</td>
                <td>
                  {r.measure.map((x, i) => (
                    <p key={i} className={x.sub ? 'print-sub' : 'print-measure'}>
                      {x.text}
                    </p>
                  ))}
                </td>
                <td>{lines(r.when)}</td>
                <td className="print-pre">{lines(r.done)}</td>
                <td className="print-pre">{lines(r.outcome)}</td>
                <td>{lines(r.remarks)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <PrintSignatures signers={t.signers} className="print-signatures print-approval" />
    </div>
  );
}
