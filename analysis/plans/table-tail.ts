import { TableRow } from 'docx';
import { cell, type CellLine, type CellOptions, type DocOptions } from './docx-common';

/** One cell of a body row: its lines and how it is drawn. */
export interface RowCell {
  lines: readonly (string | CellLine)[];
  options?: CellOptions;
}

/** A body row of plan or report table: free to break across pages unless `keep` says otherwise. */
export function bodyRow(cells: readonly RowCell[], opts: DocOptions, keep = false): TableRow {
  return new TableRow({
    cantSplit: keep || undefined,
    children: cells.map((c) => cell(c.lines, opts, { ...c.options, keepNext: keep })),
  });
}

/**
 * The table's last row, written so that "ประกาศ ณ วันที่ …" and the signatures after the table never stand
 * alone on a page. A long last row kept whole with the block would have to move with it to a new page, and
 * when the two together are taller than a page, LibreOffice leaves the block alone there (it does not split
 * a row kept with the next paragraph). So the row is written as two that read as one: the head row holds
 * everything but the final line of `tailColumn` (the last step of the last measure), may break across
 * pages and is drawn without a bottom line; the tail row holds that final line, is never split, is drawn
 * without a top line, and every paragraph in it is kept with the next, so it goes wherever the block goes
 * (Word and LibreOffice both keep a row whose paragraphs are all keep-with-next on the page of what
 * follows). Merged cells end in the head row, so text merged down from rows above can never make the tail
 * row tall. A row whose `tailColumn` has fewer than two lines is kept whole with the block.
 */
export function tailRows(cells: readonly RowCell[], tailColumn: number, opts: DocOptions): TableRow[] {
  const lines = cells[tailColumn]?.lines ?? [];
  const last = lines[lines.length - 1];
  if (lines.length < 2 || last === undefined) return [bodyRow(cells, opts, true)];
  const head = cells.map((c, i) => ({
    lines: i === tailColumn ? lines.slice(0, -1) : c.lines,
    options: { ...c.options, open: 'bottom' as const },
  }));
  const tail = cells.map((c, i) => ({
    lines: i === tailColumn ? [last] : [],
    options: {
      ...c.options,
      vMerge: undefined,
      rowSpan: undefined,
      open: 'top' as const,
    },
  }));
  return [bodyRow(head, opts), bodyRow(tail, opts, true)];
}
