import type { Lang } from '@analysis/text/lang';
import type { ReportScores } from '@analysis/plans/report-source';
import type { Plan, ResultsReport } from '@analysis/plans/types';
import { DOCX_MIME, sarabunFonts } from '@/shared/document/docx-files';
import { downloadBytes, downloadText, safeFileName } from '@/shared/ui/download';
import { reportCsv } from './report-csv';
import { fillTexts, type ReportLayoutOptions } from './report-layout';

export function reportFileName(plan: Plan, lang: Lang, ext: string): string {
  const base =
    lang === 'th'
      ? `รายงานผล-มาตรการ-ITA-${plan.orgName}-${plan.planYear}`
      : `ITA-measures-report-${plan.orgName}-${plan.planYear}`;
  return `${safeFileName(base)}.${ext}`;
}

/** Build the report's .docx (the Word exporter is loaded only now) and download it; returns the file name. */
export async function exportReportDocx(
  plan: Plan,
  report: ResultsReport | null,
  o: ReportLayoutOptions,
  scores: ReportScores | null,
): Promise<string> {
  const [{ reportDocx }, fonts] = await Promise.all([import('@analysis/plans/report-docx'), sarabunFonts()]);
  const bytes = await reportDocx(
    fillTexts(plan, o.lang),
    report,
    { ...o, fonts: fonts ?? undefined },
    scores,
  );
  const name = reportFileName(plan, o.lang, 'docx');
  downloadBytes(name, bytes, DOCX_MIME);
  return name;
}

export function exportReportCsv(plan: Plan, report: ResultsReport | null, o: ReportLayoutOptions): string {
  const name = reportFileName(plan, o.lang, 'csv');
  downloadText(name, reportCsv(plan, report, o));
  return name;
}
