import { reportCsvText } from '@analysis/plans/report-csv';
import { reportSourceOf } from '@analysis/plans/report-source';
import type { Plan, ResultsReport } from '@analysis/plans/types';
import { fillTexts, type ReportLayoutOptions } from './report-layout';

/**
 * The results report as CSV for Excel (analysis/plans/report-csv.ts): one row per measure, dates in ISO
 * and numbers in Arabic digits whatever the document setting; `ita report --results` reads it back.
 */
export function reportCsv(plan: Plan, report: ResultsReport | null, o: ReportLayoutOptions): string {
  return reportCsvText(
    reportSourceOf(fillTexts(plan, o.lang), report, { lang: o.lang, timeframes: o.timeframes }),
    o.lang,
  );
}
