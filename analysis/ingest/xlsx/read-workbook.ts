import type { IndicatorName } from '../columns';
import type { IngestContext } from '../context';
import { detectLayout } from '../detect';
import { xlsxMsg } from './messages';
import { openWorkbook, readSheet, type SheetInfo } from './workbook';
import { WorkbookError } from './zip';

/**
 * The records of a workbook's sheet for ingest: the sheet asked for, else the first visible sheet whose
 * header is recognised (else the first visible sheet), with a note naming the sheets left unread.
 * Problems (a damaged file, a decompression bomb, a missing sheet) are logged; null then.
 */
export function readWorkbookRecords(
  ctx: IngestContext,
  input: { name: string; bytes: Uint8Array; sheet?: string },
  names: readonly IndicatorName[],
): { sheet: string; records: string[][] } | null {
  const file = input.name;
  const at = { file, row: null, column: null, value: null };
  try {
    const book = openWorkbook(input.bytes, file);
    const visible = book.sheets.filter((s) => !s.hidden);
    if (book.sheets.length === 0) {
      ctx.log.add('error', 'xlsx-no-sheet', at, xlsxMsg.noSheet(file));
      return null;
    }
    let chosen: SheetInfo | undefined;
    let read = null;
    if (input.sheet !== undefined) {
      chosen = book.sheets.find((s) => s.name === input.sheet);
      if (!chosen) {
        const list = book.sheets.map((s) => s.name).join(', ');
        ctx.log.add('error', 'xlsx-no-sheet', at, xlsxMsg.sheetNotFound(file, input.sheet, list));
        return null;
      }
      read = readSheet(book, chosen);
    } else {
      for (const s of visible.length > 0 ? visible : book.sheets) {
        const r = readSheet(book, s);
        if (!read) {
          chosen = s;
          read = r;
        }
        if (detectLayout(r.records, names, ctx.options.mappings).format !== 'unrecognised') {
          chosen = s;
          read = r;
          break;
        }
      }
      if (book.sheets.length > 1 && chosen) {
        const others = book.sheets.filter((s) => s !== chosen).map((s) => s.name);
        ctx.log.add('info', 'xlsx-sheet', at, xlsxMsg.sheetRead(chosen.name, others.join(', ')));
      }
    }
    if (!read || !chosen) return null;
    for (const n of read.notes) ctx.log.add('info', n.kind, at, n.text);
    return { sheet: chosen.name, records: read.records };
  } catch (err) {
    if (err instanceof WorkbookError) {
      ctx.log.add('error', err.kind, at, err.text);
      return null;
    }
    throw err;
  }
}

/** The worksheets of a workbook (for the app's sheet picker), or the problem that stops reading it. */
export function listSheets(
  bytes: Uint8Array,
  file: string,
): { sheets: string[] } | { error: { kind: string; th: string; en: string } } {
  try {
    const book = openWorkbook(bytes, file);
    const visible = book.sheets.filter((s) => !s.hidden);
    return { sheets: (visible.length > 0 ? visible : book.sheets).map((s) => s.name) };
  } catch (err) {
    if (err instanceof WorkbookError) return { error: { kind: err.kind, ...err.text } };
    throw err;
  }
}
