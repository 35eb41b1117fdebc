import type { Lang } from '../text/lang';
import { toCsv } from '../exports/csv';
import { summaryGrid } from './grid';
import type { SummaryTable } from './types';

/**
 * A summary table as CSV (UTF-8 with BOM for Excel, comma, CRLF): the header, one line per row, the totals
 * line last; numbers as shown (2 decimals, counts whole), empty where there is no value. Cells that look
 * like formulas are neutralised.
 */
export function summaryCsv(t: SummaryTable, lang: Lang): string {
  const g = summaryGrid(t, lang);
  return toCsv(
    g.header,
    g.body.map((r) => r.map((c) => (typeof c === 'number' ? c.toFixed(g.decimals) : c))),
  );
}
