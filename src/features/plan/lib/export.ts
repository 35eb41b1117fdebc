import type { Lang } from '@analysis/text/lang';
import sarabunBoldUrl from '@expo-google-fonts/sarabun/700Bold/Sarabun_700Bold.ttf?url';
import sarabunRegularUrl from '@expo-google-fonts/sarabun/400Regular/Sarabun_400Regular.ttf?url';
import type { DocFonts } from '@analysis/plans/docx-common';
import { planCsv } from '@analysis/plans/plan-csv';
import type { Plan } from '@analysis/plans/types';
import { downloadBytes, downloadText, safeFileName } from '@/shared/ui/download';
import { forExport } from './plan-edit';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface ExportOptions {
  lang: Lang;
  thaiDigits: boolean;
  timeframes: 'quarters' | 'months';
}

/**
 * Sarabun (regular and bold TTF, shipped with the app) to embed in a .docx, so it shows in Sarabun on a
 * computer without the font. Null when the files cannot be fetched: the document then names the font only.
 */
async function sarabunFonts(): Promise<DocFonts | null> {
  try {
    const get = async (url: string) => {
      const res = await fetch(url);
      if (!res.ok) throw new Error(`${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    };
    const [regular, bold] = await Promise.all([get(sarabunRegularUrl), get(sarabunBoldUrl)]);
    return { regular, bold };
  } catch {
    return null;
  }
}

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
