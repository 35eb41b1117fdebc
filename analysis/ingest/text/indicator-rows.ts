import { toArabicDigits } from '../../text/thai-digits';
import { nameTable, readLabel } from '../labels';
import { looseKey } from './clean-text';
import { DIGIT, NUMBER_CELL } from './patterns';
import type { DocCell, DocLine } from './types';

/**
 * One line of an indicator table read as a row (tool, number, name, score as printed), what the row is
 * (an indicator, a published total), and the line shapes of tables printed in PDFs: a name wrapped onto
 * the next line, a row centred between the lines of its name, a tool printed on a line of its own.
 */

/** Words of the table's header (loose keys, see clean-text.ts). */
const HEADER_WORDS = ['แบบ', 'ลำดบ', 'ตวชวด', 'คะแนน', 'เครองมอ'];

/** A row of an indicator table, cells as printed. */
export interface Row {
  tool: string;
  number: string;
  name: string;
  score: string;
}

export const TOOL_CELL = /^(IIT|EIT|OIT)$/i;
export const NUMBER_ONLY = new RegExp(`^${DIGIT}{1,2}[.)]?$`);
const ONE_CELL_ROW = new RegExp(
  `^(?:(IIT|EIT|OIT)\\s+)?(?:(${DIGIT}{1,2})[.)]?\\s+)?(.+?)\\s+(${DIGIT}{1,3}(?:[.,]${DIGIT}{1,2})?)(?:\\s*คะแนน)?$`,
  'i',
);
const LEADING_NUMBER = new RegExp(`^(?:ตัวชี้วัดที่|ตัวชี้วัด)?\\s*(${DIGIT}{1,2})[.)]?\\s+(.+)$`);

/** Loose-key length beyond which a line is prose that happens to hold the header's words. */
const HEADER_MAX = 60;

export function isHeader(line: DocLine): boolean {
  const key = looseKey(line.cells.map((c) => c.text).join(' '));
  if (key.length > HEADER_MAX) return false;
  return HEADER_WORDS.filter((w) => key.includes(w)).length >= 2 && key.includes('คะแนน');
}

/** A line read as a row, or null. */
export function parseRow(line: DocLine): Row | null {
  const cells = line.cells.map((c) => c.text.replace(/\n/g, ' ').trim()).filter((c) => c !== '');
  if (cells.length === 1) {
    const m = ONE_CELL_ROW.exec(cells[0] as string);
    if (!m) return null;
    return { tool: m[1] ?? '', number: m[2] ?? '', name: (m[3] ?? '').trim(), score: m[4] ?? '' };
  }
  const score = cells[cells.length - 1] as string;
  if (!NUMBER_CELL.test(score) || score.includes('%')) return null;
  let tool = '';
  let number = '';
  const names: string[] = [];
  for (const c of cells.slice(0, -1)) {
    if (!tool && !number && names.length === 0 && TOOL_CELL.test(c)) tool = c;
    else if (!number && names.length === 0 && NUMBER_ONLY.test(c)) number = c.replace(/[.)]$/, '');
    else names.push(c);
  }
  let name = names.join(' ');
  const lead = number ? null : LEADING_NUMBER.exec(name);
  if (lead) {
    number = lead[1] ?? '';
    name = lead[2] ?? '';
  }
  return { tool, number, name, score };
}

export type Kind =
  { kind: 'indicator'; id: number | null; exact: boolean } | { kind: 'total'; code: string } | null;

/** What a row is: an indicator (by name, else by number), a published total, or nothing known. */
export function rowKind(row: Row, names: ReturnType<typeof nameTable>): Kind {
  const label = row.name ? readLabel(row.name, names) : null;
  if (label?.kind === 'name') return { kind: 'indicator', id: label.id, exact: label.exact };
  if (label?.kind === 'tool-total')
    return { kind: 'total', code: ['IIT', 'EIT', 'OIT'][label.tool] as string };
  if (label?.kind === 'code' && label.slot === 0) return { kind: 'total', code: 'overall' };
  if (!row.name && !row.number && row.tool) return { kind: 'total', code: row.tool.toUpperCase() };
  const n = row.number ? Number(toArabicDigits(row.number)) : NaN;
  if (n >= 1 && n <= 10 && row.name) return { kind: 'indicator', id: null, exact: false };
  return null;
}

/** The tool a line holds alone (`IIT`), or null. */
export function toolMark(line: DocLine): string | null {
  const only = line.cells.length === 1 ? (line.cells[0] as DocCell).text.trim() : '';
  return TOOL_CELL.test(only) ? only.toUpperCase() : null;
}

/** Whether b is the line right below a (plain text: the next line; PDF: within two text heights). */
export function adjacent(a: DocLine, b: DocLine): boolean {
  if (a.page !== b.page) return false;
  return b.size === 1 && a.size === 1 ? b.y === a.y + 1 : b.y - a.y <= 2 * Math.max(a.size, b.size);
}

export function cellText(line: DocLine): string {
  return line.cells.map((c) => c.text.replace(/\n/g, ' ')).join(' ');
}

/** A line of words only (no number cell): a wrapped name's other line, or a title. */
export function textOnly(line: DocLine): boolean {
  return line.cells.every((c) => !NUMBER_CELL.test(c.text) && !NUMBER_ONLY.test(c.text));
}

/** Longest text (in characters) taken as the rest of a wrapped name. */
const CONTINUATION_MAX = 40;

export function isContinuation(line: DocLine): boolean {
  return line.cells.length <= 2 && cellText(line).length <= CONTINUATION_MAX && !isHeader(line);
}

const THAI = /[\u0e01-\u0e5b]/;

/** Join a wrapped text: Thai wraps between words without a space. */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  return THAI.test(a.slice(-1)) && THAI.test(b[0] ?? '') ? `${a}${b}` : `${a} ${b}`;
}

/** Two lines read as one row: their cells in order across the page, a column's pieces joined. */
export function mergeLines(a: DocLine, b: DocLine): DocLine {
  const cells: DocCell[] = [];
  for (const c of [...a.cells, ...b.cells].sort((x, y) => x.x0 - y.x0)) {
    const same = cells.find((d) => d.col === c.col);
    if (same) same.text = joinText(same.text, c.text);
    else cells.push({ ...c });
  }
  return { ...b, cells };
}
