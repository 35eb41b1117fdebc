import type { CellRef } from '@analysis/summary/cell-records';

/**
 * Everything the summary view shows is in its URL (`#/summary?ds=…&rows=province&cols=year&…`): the
 * table in the words `ita table` takes (rows, cols, value, stat, `filter=DIM=VALUE` repeated) and the
 * cell whose agencies are listed (`cell=1`, with `row=` per row label unless it is a column total and
 * `col=` unless it is a row total).
 */
export interface SummaryParams {
  ds: string | null;
  /** The table in QueryText's words (every part written, `cols` '' for a single column). */
  table: { rows: string; cols: string; value: string; stat: string; filters: string[] };
  /** The chosen cell: its row's member keys (null = every row) and column key ('' = the only column, null = every column). */
  cell: CellRef | null;
}

/** The table a first visit shows: mean overall score by province and year. */
export const DEFAULT_TABLE: SummaryParams['table'] = {
  rows: 'province',
  cols: 'year',
  value: 'overall',
  stat: 'mean',
  filters: [],
};

export function readSummaryParams(p: URLSearchParams): SummaryParams {
  const has = (k: string) => p.has(k);
  const table = {
    rows: p.get('rows') ?? DEFAULT_TABLE.rows,
    cols: has('cols') ? (p.get('cols') ?? '') : DEFAULT_TABLE.cols,
    value: p.get('value') ?? DEFAULT_TABLE.value,
    stat: p.get('stat') ?? DEFAULT_TABLE.stat,
    filters: p.getAll('filter'),
  };
  const row = p.getAll('row');
  return {
    ds: p.get('ds'),
    table,
    cell: has('cell') ? { row: row.length > 0 ? row : null, col: p.get('col') } : null,
  };
}

/** Apply a change; the table's parts are always written (a link says the whole table), the cell when chosen. */
export function writeSummaryParams(
  prev: URLSearchParams,
  patch: { table?: SummaryParams['table']; cell?: SummaryParams['cell'] },
): URLSearchParams {
  const next = new URLSearchParams(prev);
  if (patch.table) {
    const t = patch.table;
    next.set('rows', t.rows);
    next.set('cols', t.cols);
    next.set('value', t.value);
    next.set('stat', t.stat);
    next.delete('filter');
    for (const f of t.filters) next.append('filter', f);
    // A new table clears the chosen cell unless one is given with it.
    if (patch.cell === undefined) patch = { ...patch, cell: null };
  }
  if (patch.cell !== undefined) {
    next.delete('cell');
    next.delete('row');
    next.delete('col');
    if (patch.cell) {
      next.set('cell', '1');
      for (const k of patch.cell.row ?? []) next.append('row', k);
      if (patch.cell.col !== null) next.set('col', patch.cell.col);
    }
  }
  return next;
}

/** The summary view of dataset `ds` with the default table. */
export function summaryPath(ds: string): string {
  return `/summary?${new URLSearchParams({ ds })}`;
}
