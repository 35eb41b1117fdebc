import Papa from 'papaparse';

/** A plain number, which a spreadsheet reads as the number it is (`-3`, `93.94`). */
const NUMBER = /^[-+]?\d+(\.\d+)?$/;
/** An international phone number (`+66 2 123 4567`, `+66-81-234-5678`): text, not a formula. */
const PHONE = /^\+\d[\d ().-]*\d$/;
/** What makes a spreadsheet read a cell as a formula (or run it): `=`, `+`, `-`, `@`, tab, carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralise a cell that a spreadsheet would run as a formula: text beginning with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading apostrophe. Plain numbers (`-3`) and phone numbers
 * (`+66 2 123 4567`) are left as they are. ITA Lens's own texts never start with one of those characters
 * (bullets are "•", lists are numbered), so the apostrophe only ever lands on text a user typed that a
 * spreadsheet would otherwise take for a formula.
 */
export function safeCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (NUMBER.test(value) || PHONE.test(value)) return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
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
