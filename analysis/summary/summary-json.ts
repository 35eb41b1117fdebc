import { round } from '../scoring/round';
import { tableTitle } from './labels';
import { formatQuery } from './parse-query';
import type { SummaryCell, SummaryMember, SummaryTable } from './types';

const member = (m: SummaryMember) => ({ key: m.key, label_th: m.th, label_en: m.en });

/** A cell for programs: the statistic at 2 decimals (counts whole), null when no value; `n` values behind it. */
function cell(c: SummaryCell | null, decimals: number): { value: number | null; n: number } | null {
  if (!c) return null;
  return { value: c.value === null || Number.isNaN(c.value) ? null : round(c.value, decimals), n: c.n };
}

/** A summary table as one JSON-ready object (`ita table --format json`), labels in Thai and English. */
export function summaryJson(t: SummaryTable) {
  const d = t.unit === 'count' ? 0 : 2;
  return {
    query: formatQuery(t.query),
    title_th: tableTitle(t.query.value, t.query.stat, 'th'),
    title_en: tableTitle(t.query.value, t.query.stat, 'en'),
    unit: t.unit,
    records: t.records,
    row_dims: t.rowDims,
    col_dim: t.colDim,
    columns: t.colDim ? t.cols.map(member) : [],
    rows: t.rows.map((r) => ({
      members: r.members.map(member),
      cells: r.cells.map((c) => cell(c, d)),
      total: cell(r.total, d),
    })),
    column_totals: t.colTotals ? t.colTotals.map((c) => cell(c, d)) : null,
    grand_total: cell(t.grand, d),
    totals_note: t.totalsNote,
  };
}
