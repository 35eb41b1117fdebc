import type { Lang } from '../text/lang';
import { round } from '../scoring/round';
import { DIM_LABELS, tableTitle, TOTAL_LABEL, TOTALS_NOTE } from './labels';
import { DIMS, type SummaryCell, type SummaryTable } from './types';

/** One cell of an exported grid: text (labels), a number (rounded as shown) or empty. */
export type GridCell = string | number | null;

/** A summary table laid out as the rows and columns of a sheet, as CSV, XLSX and text write it. */
export interface SummaryGrid {
  /** What the table shows and how it was filtered, one line each. */
  title: string;
  filters: string;
  /** Why totals are missing (empty when they are all there). */
  note: string;
  header: string[];
  body: GridCell[][];
  /** Leading label columns (the rest are numbers). */
  labelColumns: number;
  /** Index in `body` of the totals row, −1 when there is none. */
  totalsRow: number;
  /** Whether the last column holds the row totals. */
  totalsColumn: boolean;
  /** Decimals of the numbers (0 for counts). */
  decimals: number;
}

/** A cell's number as shown: 2 decimals (half away from zero), counts whole; null when unknown. */
export function cellNumber(cell: SummaryCell | null, decimals: number): number | null {
  if (!cell || cell.value === null || Number.isNaN(cell.value)) return null;
  return round(cell.value, decimals);
}

/** The filters of a table in words: `จังหวัด: ชลบุรี, ระยอง · ปีงบประมาณ: 2567` (empty when none). */
export function filterText(t: SummaryTable, lang: Lang): string {
  const parts: string[] = [];
  for (const d of DIMS) {
    const keys = t.query.filters[d];
    if (keys?.length) parts.push(`${DIM_LABELS[d][lang]}: ${keys.join(', ')}`);
  }
  return parts.join(' · ');
}

/**
 * The grid of a summary table: label columns, one column per column member (or one for the statistic),
 * the row totals last, the column totals as the last row. `which` picks the statistic or the counts
 * behind it (`n`).
 */
export function summaryGrid(t: SummaryTable, lang: Lang, which: 'value' | 'n' = 'value'): SummaryGrid {
  const decimals = which === 'n' || t.unit === 'count' ? 0 : 2;
  const num = (c: SummaryCell | null): number | null =>
    which === 'n' ? (c ? c.n : null) : cellNumber(c, decimals);
  const statName = tableTitle(t.query.value, t.query.stat, lang);
  const totalsColumn = t.rows.some((r) => r.total !== null);
  const header = [
    ...t.rowDims.map((d) => DIM_LABELS[d][lang]),
    ...(t.colDim
      ? t.cols.map((c) => c[lang])
      : [which === 'n' ? (lang === 'th' ? 'จำนวน' : 'Count') : statName]),
    ...(totalsColumn ? [TOTAL_LABEL[lang]] : []),
  ];
  const body: GridCell[][] = t.rows.map((r) => [
    ...r.members.map((m) => m[lang]),
    ...r.cells.map(num),
    ...(totalsColumn ? [num(r.total)] : []),
  ]);
  let totalsRow = -1;
  if (t.colTotals) {
    totalsRow = body.length;
    const labels: GridCell[] = t.rowDims.map((_, k) => (k === 0 ? TOTAL_LABEL[lang] : null));
    body.push([...labels, ...t.colTotals.map(num), ...(totalsColumn ? [num(t.grand)] : [])]);
  }
  const title =
    which === 'n'
      ? lang === 'th'
        ? `จำนวนค่าที่ใช้คำนวณ: ${statName}`
        : `Values behind each cell: ${statName}`
      : statName;
  return {
    title,
    filters: filterText(t, lang),
    note: t.totalsNote ? TOTALS_NOTE[lang] : '',
    header,
    body,
    labelColumns: t.rowDims.length,
    totalsRow,
    totalsColumn,
    decimals,
  };
}
