import type { QueryText } from './parse-query';

/** A ready-made table for a question provincial offices and ministries often ask. */
export interface SummaryPreset {
  id: 'pass-by-province' | 'district-by-year' | 'dragging-indicators';
  th: string;
  en: string;
  /** What it answers, one sentence. */
  aboutTh: string;
  aboutEn: string;
  /** The table; `latestYear` filters to the latest fiscal year of the data. */
  query: Omit<QueryText, 'filters'>;
  latestYear: boolean;
}

export const SUMMARY_PRESETS: readonly SummaryPreset[] = [
  {
    id: 'pass-by-province',
    th: 'ผ่านเกณฑ์รายจังหวัด',
    en: 'Pass rate by province',
    aboutTh: 'ร้อยละของหน่วยงานในแต่ละจังหวัดที่ได้คะแนนรวม 85 ขึ้นไป ในแต่ละปี',
    aboutEn: 'The share of each province’s agencies with an overall score of 85 or more, year by year',
    query: { rows: 'province', cols: 'year', value: 'overall', stat: 'pass_rate' },
    latestYear: false,
  },
  {
    id: 'district-by-year',
    th: 'ค่าเฉลี่ยรายอำเภอตามปี',
    en: 'District means by year',
    aboutTh: 'คะแนนรวมเฉลี่ยของหน่วยงานในแต่ละอำเภอ ในแต่ละปี',
    aboutEn: 'The mean overall score of the agencies of each district, year by year',
    query: { rows: 'district', cols: 'year', value: 'overall', stat: 'mean' },
    latestYear: false,
  },
  {
    id: 'dragging-indicators',
    th: 'ตัวชี้วัดที่ฉุดกลุ่ม',
    en: 'Indicators that hold a group back',
    aboutTh: 'ค่าเฉลี่ยของแต่ละตัวชี้วัดตามประเภทหน่วยงาน ในปีล่าสุด: ตัวที่ต่ำที่สุดคือตัวที่ฉุดกลุ่ม',
    aboutEn: 'The mean of each indicator by agency type in the latest year: the lowest hold the group back',
    query: { rows: 'indicator', cols: 'type', value: 'indicator', stat: 'mean' },
    latestYear: true,
  },
];
