import Papa from 'papaparse';

/**
 * Neutralise a cell that a spreadsheet would run as a formula: text beginning with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading apostrophe. Plain numbers (e.g. `-3`) are left alone.
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (/^[-+]?\d+(\.\d+)?$/.test(value)) return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A CSV document (comma, CRLF as Excel expects) with every cell neutralised; UTF-8 BOM when `bom`. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  bom = true,
): string {
  const text = Papa.unparse(
    { fields: header.map((h) => safeCell(h)), data: rows.map((r) => r.map((c) => safeCell(c))) },
    { newline: '\r\n', quotes: false },
  );
  return (bom ? '\uFEFF' : '') + text + '\r\n';
}
