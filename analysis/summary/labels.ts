import type { Lang } from '../text/lang';
import { indicatorsFor, ITA_TOOLS } from '../frameworks/indicators';
import type { Dim, Stat, ValueSpec } from './types';

/** Any year from 2566 on: indicators under their current names. */
const CURRENT = Number.MAX_SAFE_INTEGER;

/** Names of the dimensions, as column headers and choices. */
export const DIM_LABELS: Record<Dim, { th: string; en: string }> = {
  province: { th: 'จังหวัด', en: 'Province' },
  district: { th: 'อำเภอ', en: 'District' },
  type: { th: 'ประเภทหน่วยงาน', en: 'Agency type' },
  year: { th: 'ปีงบประมาณ', en: 'Fiscal year' },
  tool: { th: 'เครื่องมือ', en: 'Tool' },
  indicator: { th: 'ตัวชี้วัด', en: 'Indicator' },
  rating: { th: 'ระดับผลการประเมิน', en: 'Rating' },
};

/** Names of the statistics; `%` where the value is a percent. */
export const STAT_LABELS: Record<Stat, { th: string; en: string }> = {
  mean: { th: 'ค่าเฉลี่ย', en: 'Mean' },
  median: { th: 'มัธยฐาน', en: 'Median' },
  min: { th: 'ต่ำสุด', en: 'Lowest' },
  max: { th: 'สูงสุด', en: 'Highest' },
  count: { th: 'จำนวนหน่วยงาน', en: 'Agencies' },
  pass_rate: { th: 'ร้อยละที่ผ่านเกณฑ์ (85 ขึ้นไป)', en: 'Pass rate, % (85 or more)' },
  share_below: { th: 'ร้อยละที่ต่ำกว่า 85', en: 'Share below 85, %' },
  count_below: { th: 'จำนวนที่ต่ำกว่า 85', en: 'Number below 85' },
  change: { th: 'เปลี่ยนแปลงจากปีก่อน (คะแนน)', en: 'Change from the year before (points)' },
};

/** The name of the score a table summarises, e.g. `คะแนนรวม`, `ตัวชี้วัดที่ 7 …`, `ข้อ E10`. */
export function valueLabel(v: ValueSpec, lang: Lang): string {
  const th = lang === 'th';
  switch (v.kind) {
    case 'overall':
      return th ? 'คะแนนรวม' : 'Overall score';
    case 'tool': {
      if (v.tool === null) return th ? 'คะแนนเครื่องมือ' : 'Tool score';
      const t = ITA_TOOLS.find((x) => x.id === v.tool);
      return th ? `คะแนน ${v.tool}` : `${t?.nameEn ?? v.tool} score`;
    }
    case 'indicator': {
      if (v.indicator === null) return th ? 'คะแนนตัวชี้วัด' : 'Indicator score';
      const d = indicatorsFor(CURRENT).find((x) => x.id === v.indicator);
      return th
        ? `ตัวชี้วัดที่ ${v.indicator} ${d?.nameTh ?? ''}`.trim()
        : `Indicator ${v.indicator} ${d?.nameEn ?? ''}`.trim();
    }
    case 'code':
      return th ? `คะแนนข้อ ${v.code}` : `Score of ${v.code}`;
  }
}

/** What a table shows, in one line: `ค่าเฉลี่ย คะแนนรวม` / `Mean of the overall score`. */
export function tableTitle(v: ValueSpec, stat: Stat, lang: Lang): string {
  return `${STAT_LABELS[stat][lang]} · ${valueLabel(v, lang)}`;
}

/** The label of the total row and column. */
export const TOTAL_LABEL = { th: 'รวมทั้งหมด', en: 'All' };

/** Why a table split by tool or indicator has no total across them. */
export const TOTALS_NOTE = {
  th: 'ไม่รวมข้ามเครื่องมือหรือตัวชี้วัด เพราะแต่ละตัวมีน้ำหนักต่างกัน (ภาพรวมดูจากคะแนนรวม)',
  en: 'No total across tools or indicators: each has its own weight (see the overall score for the whole)',
};
