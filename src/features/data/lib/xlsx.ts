import Papa from 'papaparse';

/** One sheet of a workbook, already as CSV text (every cell as the text Excel stores). */
export interface SheetCsv {
  sheet: string;
  csv: string;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}

/**
 * Read every sheet of an .xlsx file. The reader (read-excel-file) is loaded only now, when a workbook
 * is dropped. Numbers are kept as the text stored in the file (no float noise); the rows become CSV text
 * (PapaParse.unparse), which then goes through the same ingest as any CSV.
 */
export async function readWorkbook(file: Blob): Promise<SheetCsv[]> {
  const { default: readXlsxFile } = await import('read-excel-file/browser');
  const sheets = await readXlsxFile<string>(file, { parseNumber: (s) => s, trim: false });
  return sheets.map((s) => ({
    sheet: s.sheet,
    csv: Papa.unparse(
      s.data.map((row) => row.map(cellText)),
      { newline: '\r\n' },
    ),
  }));
}

export function isWorkbook(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

export function isTextTable(name: string): boolean {
  return /\.(csv|txt|tsv)$/i.test(name);
}
