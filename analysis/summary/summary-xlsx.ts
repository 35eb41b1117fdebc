import type { Lang } from '../text/lang';
import writeXlsxFile, { type Cell, type Row, type Sheet } from 'write-excel-file/universal';
import { summaryGrid, type SummaryGrid } from './grid';
import { displayWidth } from './text-width';
import type { SummaryTable } from './types';

const HEADER = {
  fontWeight: 'bold',
  backgroundColor: '#DCE6F1',
  wrap: true,
  alignVertical: 'center',
} as const;
const TOTAL = { fontWeight: 'bold', backgroundColor: '#F2F2F2' } as const;

/** The rows of one sheet: title, filters, note, a blank line, then the grid with a formatted header. */
function sheetRows(g: SummaryGrid): { rows: Row[]; headerRow: number } {
  const width = g.header.length;
  const line = (text: string, bold = false): Row => [
    { value: text, type: String, columnSpan: width, ...(bold ? { fontWeight: 'bold', fontSize: 13 } : {}) },
    ...Array.from({ length: width - 1 }, () => null),
  ];
  const top: Row[] = [line(g.title, true)];
  if (g.filters) top.push(line(g.filters));
  if (g.note) top.push(line(g.note));
  top.push([]);
  const format = g.decimals === 0 ? '0' : '0.00';
  const body = g.body.map((r, i): Row => {
    const total = i === g.totalsRow;
    return r.map((c, k): Cell => {
      const style = total || (g.totalsColumn && k === r.length - 1) ? TOTAL : {};
      if (k < g.labelColumns)
        return c === null
          ? total
            ? { value: '', type: String, ...style }
            : null
          : { value: String(c), type: String, ...style };
      return typeof c === 'number'
        ? { value: c, type: Number, format, align: 'right', ...style }
        : { value: '', type: String, ...style };
    });
  });
  const header: Row = g.header.map((h, k) => ({
    value: h,
    type: String,
    ...HEADER,
    align: k < g.labelColumns ? 'left' : 'right',
  }));
  return { rows: [...top, header, ...body], headerRow: top.length };
}

/** Column widths in characters: the longest label or header of each column, within 8–48. */
function widths(g: SummaryGrid): { width: number }[] {
  return g.header.map((h, k) => {
    let w = displayWidth(h);
    for (const r of g.body) {
      const c = r[k];
      if (c !== null && c !== undefined)
        w = Math.max(w, displayWidth(typeof c === 'number' ? c.toFixed(g.decimals) : c));
    }
    return { width: Math.min(48, Math.max(8, w + 2)) };
  });
}

function sheet(g: SummaryGrid, name: string): Sheet<Blob> {
  const { rows, headerRow } = sheetRows(g);
  return {
    data: rows,
    sheet: name,
    columns: widths(g),
    stickyRowsCount: headerRow + 1,
    stickyColumnsCount: g.labelColumns,
  };
}

/**
 * A summary table as an Excel workbook (.xlsx): the table on the first sheet (header bold on a fill, numbers
 * as numbers with 2 decimals or whole counts, totals bold, label columns and header frozen, widths fitted
 * to Thai text), and on the second how many values each cell is computed from.
 */
export async function summaryXlsx(t: SummaryTable, lang: Lang): Promise<Uint8Array> {
  const th = lang === 'th';
  const blob = await writeXlsxFile(
    [
      sheet(summaryGrid(t, lang), th ? 'ตารางสรุป' : 'Summary'),
      sheet(summaryGrid(t, lang, 'n'), th ? 'จำนวนค่า' : 'Counts'),
    ],
    { fontFamily: 'Tahoma', fontSize: 11 },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
