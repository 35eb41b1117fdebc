import type { ReportScores } from '@analysis/plans/report-source';
import type { Plan, ResultsReport } from '@analysis/plans/types';
import { DocumentExport, type Timeframes } from '@/shared/document/document-export';
import { useMessages } from '@/shared/i18n/messages';
import { exportReportCsv, exportReportDocx } from '../lib/export';
import type { ReportLayoutOptions } from '../lib/report-layout';
import { reportMessages } from '../messages';

/** The report's Word, CSV and print (timeframes written as quarters by default, like the plan). */
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
  onOptions: (patch: { timeframes?: Timeframes; thaiDigits?: boolean }) => void;
}) {
  const m = useMessages(reportMessages);
  return (
    <DocumentExport
      planYear={plan.planYear}
      options={options}
      onOptions={onOptions}
      timeframesLabel={m('export.timeframes')}
      docx={() => exportReportDocx(plan, report, options, scores)}
      csv={() => exportReportCsv(plan, report, options)}
      hint={m('export.hint')}
    />
  );
}
