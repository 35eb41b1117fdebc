import type { Lang } from '@analysis/text/lang';
import { planCsv } from '@analysis/plans/plan-csv';
import type { Plan } from '@analysis/plans/types';
import type { DocumentOptions } from '@/shared/document/document-export';
import { DOCX_MIME, sarabunFonts } from '@/shared/document/docx-files';
import { downloadBytes, downloadText, safeFileName } from '@/shared/ui/download';
import { forExport } from './plan-edit';

/** The plan is written with the options of every signed document. */
export type ExportOptions = DocumentOptions;

export function planFileName(plan: Plan, lang: Lang, ext: string): string {
  const base =
    lang === 'th'
      ? `มาตรการ-ITA-${plan.orgName}-${plan.planYear}`
      : `ITA-measures-${plan.orgName}-${plan.planYear}`;
  return `${safeFileName(base)}.${ext}`;
}

/** Build the plan's .docx (the Word exporter is loaded only now) and download it; returns the file name. */
export async function exportPlanDocx(plan: Plan, o: ExportOptions): Promise<string> {
  const [{ planDocx }, fonts] = await Promise.all([import('@analysis/plans/plan-docx'), sarabunFonts()]);
  const bytes = await planDocx(forExport(plan, o.lang), { ...o, fonts: fonts ?? undefined });
  const name = planFileName(plan, o.lang, 'docx');
  downloadBytes(name, bytes, DOCX_MIME);
  return name;
}

/** The plan as CSV (UTF-8 with BOM, formula-safe), downloaded; returns the file name. */
export function exportPlanCsv(plan: Plan, o: ExportOptions): string {
  const name = planFileName(plan, o.lang, 'csv');
  downloadText(name, planCsv(forExport(plan, o.lang), o));
  return name;
}
