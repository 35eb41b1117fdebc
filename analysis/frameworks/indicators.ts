/**
 * The three tools and ten indicators of the ITA (fiscal years 2562 onward; shared/domain/ITA.md).
 * Weights are percent of the overall score: tools 30/30/40, indicators 6 each (IIT), 10 each (EIT),
 * 20 each (OIT). Only the name of indicator 8 changes over the years.
 */
import type { IndicatorDef, ToolDef, ToolId } from './types';

/** IIT, EIT, OIT with their weights in percent of the overall score (30/30/40). */
export const ITA_TOOLS: readonly ToolDef[] = [
  {
    id: 'IIT',
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน',
    nameEn: 'Internal stakeholder survey (IIT)',
    weight: 30,
  },
  {
    id: 'EIT',
    nameTh: 'แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก',
    nameEn: 'External stakeholder survey (EIT)',
    weight: 30,
  },
  {
    id: 'OIT',
    nameTh: 'แบบตรวจการเปิดเผยข้อมูลสาธารณะ',
    nameEn: 'Open data check (OIT)',
    weight: 40,
  },
];

/** The tool each indicator id 1–10 belongs to; fixed by the code space (analysis/codes.ts). */
export function canonicalToolOf(indicator: number): ToolId | null {
  if (!Number.isInteger(indicator) || indicator < 1 || indicator > 10) return null;
  if (indicator <= 5) return 'IIT';
  if (indicator <= 8) return 'EIT';
  return 'OIT';
}

/** First fiscal year (BE) in which indicator 8 is called การปรับปรุงระบบการทำงาน. */
export const INDICATOR8_RENAMED_FROM = 2566;

const BASE: readonly Omit<IndicatorDef, 'weight'>[] = [
  { id: 1, tool: 'IIT', nameTh: 'การปฏิบัติหน้าที่', nameEn: 'Performance of duties' },
  { id: 2, tool: 'IIT', nameTh: 'การใช้งบประมาณ', nameEn: 'Use of budget' },
  { id: 3, tool: 'IIT', nameTh: 'การใช้อำนาจ', nameEn: 'Use of authority' },
  { id: 4, tool: 'IIT', nameTh: 'การใช้ทรัพย์สินของราชการ', nameEn: 'Use of government property' },
  { id: 5, tool: 'IIT', nameTh: 'การแก้ไขปัญหาการทุจริต', nameEn: 'Tackling corruption' },
  { id: 6, tool: 'EIT', nameTh: 'คุณภาพการดำเนินงาน', nameEn: 'Quality of operations' },
  { id: 7, tool: 'EIT', nameTh: 'ประสิทธิภาพการสื่อสาร', nameEn: 'Communication efficiency' },
  { id: 8, tool: 'EIT', nameTh: 'การปรับปรุงการทำงาน', nameEn: 'Work improvement' },
  { id: 9, tool: 'OIT', nameTh: 'การเปิดเผยข้อมูล', nameEn: 'Information disclosure' },
  { id: 10, tool: 'OIT', nameTh: 'การป้องกันการทุจริต', nameEn: 'Corruption prevention' },
];

/** Weight of one indicator in percent of the overall score (6 IIT, 10 EIT, 20 OIT). */
export function indicatorWeight(id: number): number {
  const tool = canonicalToolOf(id);
  if (tool === 'IIT') return 6;
  if (tool === 'EIT') return 10;
  if (tool === 'OIT') return 20;
  return 0;
}

/**
 * The ten indicators of one fiscal year (BE), weights in percent of the overall score.
 * Indicator 8 is การปรับปรุงการทำงาน up to 2565 and การปรับปรุงระบบการทำงาน from 2566.
 */
export function indicatorsFor(year: number): IndicatorDef[] {
  return BASE.map((d) => {
    const def: IndicatorDef = { ...d, weight: indicatorWeight(d.id) };
    if (d.id === 8 && year >= INDICATOR8_RENAMED_FROM) {
      def.nameTh = 'การปรับปรุงระบบการทำงาน';
      def.nameEn = 'Work-system improvement';
    }
    return def;
  });
}

/** Fresh copies of the three tools (callers may mutate them). */
export function toolsFor(): ToolDef[] {
  return ITA_TOOLS.map((t) => ({ ...t }));
}
