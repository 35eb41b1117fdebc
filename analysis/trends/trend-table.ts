import type { Lang } from '../text/lang';
import { toCsv } from '../exports/csv';
import { TOOL_IDS } from '../frameworks/types';
import { round } from '../scoring/round';
import type { AgencyTrend } from './types';

const r2 = (v: number | null): number | null => (v === null ? null : round(v, 2));

/**
 * The year-over-year table of a trend as plain cells (numbers at 2 decimals as published, null where
 * unknown): year, overall, change, rating and its scheme, pass, the three tools, the ten indicators and
 * the rank among peers. Headers in the given language.
 */
export function trendTable(
  t: AgencyTrend,
  lang: Lang,
): {
  header: string[];
  rows: (string | number | null)[][];
} {
  const th = lang === 'th';
  const header = [
    th ? 'ปีงบประมาณ (พ.ศ.)' : 'Fiscal year (BE)',
    th ? 'คะแนนรวม' : 'Overall',
    th ? 'เปลี่ยนแปลง' : 'Change',
    th ? 'เทียบกับปี' : 'Change from year',
    th ? 'ระดับผล' : 'Rating',
    th ? 'เกณฑ์ระดับผล' : 'Rating rules',
    th ? 'ผ่านเกณฑ์ 85' : 'Passed 85',
    ...TOOL_IDS,
    ...t.indicatorDefs.map((d) => `${th ? 'ตัวชี้วัด' : 'Indicator'} ${d.id} ${th ? d.nameTh : d.nameEn}`),
    th ? 'อันดับในกลุ่ม' : 'Rank among peers',
    th ? 'จำนวนในกลุ่ม' : 'Peers',
  ];
  const rows = t.years.map((y) => [
    y.year,
    r2(y.overall),
    y.change,
    y.changeFrom,
    y.rating ? (th ? y.rating.labelTh : y.rating.labelEn) : null,
    y.scheme === null
      ? null
      : y.scheme === 'grade'
        ? 'AA–F'
        : th
          ? 'ผ่าน/ไม่ผ่าน (2566 เป็นต้นไป)'
          : 'pass-based (2566 on)',
    y.pass === null ? null : y.pass ? (th ? 'ผ่าน' : 'yes') : th ? 'ไม่ผ่าน' : 'no',
    ...y.tools.map(r2),
    ...y.indicators.map(r2),
    y.peer?.rank ?? null,
    y.peer?.size ?? null,
  ]);
  return { header, rows };
}

/** The year-over-year table as CSV (UTF-8 BOM so Excel shows Thai; formula-like cells neutralised). */
export function trendCsv(t: AgencyTrend, lang: Lang): string {
  const { header, rows } = trendTable(t, lang);
  return toCsv(header, rows);
}
