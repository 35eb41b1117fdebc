import { toCsv } from '../../exports/csv';
import { toArabicDigits } from '../../text/thai-digits';
import type { ReadValue, SourceLine, ValueKind } from './types';

/**
 * What the user confirmed, as the records of one table that ingest reads like any CSV: the same checks
 * (codes, ranges, duplicates, names over numbers, published totals) hold for a value read from a PDF as
 * for a value typed into a file. The app keeps this table as the dataset's file (a CSV with a UTF-8 BOM),
 * the CLI hands the records to ingest directly.
 */

/** A value as the user confirmed it: the reading's value with the code, score and share they settled. */
export interface ConfirmedValue {
  value: ReadValue;
  code: string;
  score: string;
  /** The negative share, '' for none. */
  negative: string;
}

/** The table's header (Thai names ingest recognises; the last column only says where each value came from). */
export const DOCUMENT_HEADER = [
  'ชื่อหน่วยงาน',
  'ปีงบประมาณ',
  'แบบ',
  'ข้อ',
  'รายละเอียด',
  'คะแนน',
  'ร้อยละเชิงลบ',
  'ที่มา',
] as const;

/** Where a value came from, as the last column says it: `หน้า 2 บรรทัด 14`, or `บรรทัด 14` in text. */
export function sourceLabel(at: SourceLine): string {
  return at.page === null ? `บรรทัด ${at.line}` : `หน้า ${at.page} บรรทัด ${at.line}`;
}

/** The tool of a question or item code (`E10` → EIT). */
function toolOfCode(code: string): string {
  const c = code.trim().toUpperCase();
  return c.startsWith('I') ? 'IIT' : c.startsWith('E') ? 'EIT' : c.startsWith('O') ? 'OIT' : '';
}

/** The kind a confirmed code gives (the user may have changed a code to another kind). */
function kindOf(value: ReadValue, code: string): ValueKind {
  const c = toArabicDigits(code.trim()).toUpperCase();
  if (value.kind === 'tool-total' && /^(IIT|EIT|OIT)$/.test(c)) return 'tool-total';
  if (c === 'OVERALL') return 'overall';
  if (/^\d{1,2}$/.test(c)) return 'indicator';
  if (c.startsWith('O')) return 'item';
  return 'question';
}

/** Indicator rows first (see documentRecords), then totals, then questions and items; else document order. */
const RANK: Record<ValueKind, number> = { indicator: 0, 'tool-total': 1, overall: 1, question: 2, item: 2 };

/**
 * One record per confirmed value (header first), and the value id of each record after the header: agency
 * and year on every row, the tool, the code (an indicator row keeps its printed number and name, so ingest
 * checks one against the other, unless the user changed its code), the wording, score, negative share, and
 * the line it came from. Indicator rows come first: a row without a tool of its own then never inherits
 * the tool of a question row above it (ingest reads an empty tool cell as the one above).
 */
export function documentRecords(
  org: string,
  year: string,
  rows: readonly ConfirmedValue[],
  /** Whether to add the `ที่มา` column (the app's kept file shows it; ingest leaves it unread, with a note). */
  withSource = true,
): { records: string[][]; ids: string[] } {
  const header: string[] = [...DOCUMENT_HEADER];
  const records: string[][] = [withSource ? header : header.slice(0, -1)];
  const ids: string[] = [];
  const ordered = rows
    .map((r, i) => ({ r, i, kind: kindOf(r.value, r.code) }))
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || a.i - b.i);
  for (const { r, kind } of ordered) {
    const v = r.value;
    const code = r.code.trim();
    let cells: [string, string, string, string];
    if (kind === 'indicator') {
      const asRead = v.kind === 'indicator' && code === v.code;
      cells = asRead ? [v.tool ?? '', v.number ?? '', v.text, ''] : ['', code, '', ''];
    } else if (kind === 'tool-total') cells = ['', '', `รวม ${code.toUpperCase()}`, ''];
    else if (kind === 'overall') cells = ['', 'overall', v.text, ''];
    else cells = [toolOfCode(code), code.toUpperCase(), v.text, r.negative.trim()];
    const [tool, c, text, negative] = cells;
    const record = [org, year, tool, c, text, r.score.trim(), negative];
    records.push(withSource ? [...record, sourceLabel(v.at)] : record);
    ids.push(v.id);
  }
  return { records, ids };
}

/** The same table as CSV text (UTF-8 BOM, CRLF, cells neutralised against formulas), for the app to keep. */
export function documentCsv(org: string, year: string, rows: readonly ConfirmedValue[]): string {
  const [header, ...body] = documentRecords(org, year, rows).records;
  return toCsv(header ?? [], body);
}
