import { expect } from 'vitest';
import type { AgencyYears } from '@analysis/summary/agency-years';
import { parseQuery, type QueryText } from '@analysis/summary/parse-query';
import { summaryTable } from '@analysis/summary/summarise';
import type { SummaryCell, SummaryTable } from '@analysis/summary/types';

/** Build a table from its text form; fails the test on any problem. */
export function build(ay: AgencyYears, text: QueryText): SummaryTable {
  const { query, problems } = parseQuery(text);
  expect(problems).toEqual([]);
  const r = summaryTable(ay, query as NonNullable<typeof query>);
  expect(r.problems).toEqual([]);
  return r.table as SummaryTable;
}

/** The cell of the row whose members have these keys, in the column with this key ('' = the only one). */
export function cellAt(t: SummaryTable, row: readonly string[], col: string): SummaryCell {
  const r = t.rows.find((x) => x.members.map((m) => m.key).join('|') === row.join('|'));
  if (!r) throw new Error(`no row ${row.join('|')}`);
  const c = t.cols.findIndex((x) => x.key === col);
  if (c < 0) throw new Error(`no column ${col}`);
  return r.cells[c] as SummaryCell;
}

/** The row total of a row. */
export function rowTotal(t: SummaryTable, row: readonly string[]): SummaryCell | null {
  const r = t.rows.find((x) => x.members.map((m) => m.key).join('|') === row.join('|'));
  if (!r) throw new Error(`no row ${row.join('|')}`);
  return r.total;
}

/** The column total of a column. */
export function colTotal(t: SummaryTable, col: string): SummaryCell | null {
  const c = t.cols.findIndex((x) => x.key === col);
  return t.colTotals ? (t.colTotals[c] as SummaryCell) : null;
}

/** A cell equals an independently computed statistic over `xs` (to 1e-9) and counts them. */
export function expectCell(c: SummaryCell | null, expected: number, n: number): void {
  expect(c).not.toBeNull();
  expect(c?.n).toBe(n);
  expect(c?.value).toBeCloseTo(expected, 9);
}
