import { toArabicDigits } from '../../text/thai-digits';
import type { IndicatorName } from '../columns';
import { nameTable, readLabel } from '../labels';
import { looseKey } from './clean-text';
import { DIGIT, NUMBER_CELL } from './patterns';
import type { DocLine, DocText, ReadValue, ValueNote } from './types';

/**
 * The indicator table of results reports (แบบ / ลำดับ / รายละเอียดตัวชี้วัด / คะแนน, seed 001), with or
 * without subtotal rows (`รวม IIT`, `คะแนนรวม`), read row by row. Each row keeps its cells as printed:
 * ingest reads them like the same table in a CSV (names over numbers, published totals cross-checked).
 */

/** Words of the table's header (loose keys, see clean-text.ts). */
const HEADER_WORDS = ['แบบ', 'ลำดบ', 'ตวชวด', 'คะแนน', 'เครองมอ'];

/** A row of an indicator table, cells as printed. */
interface Row {
  tool: string;
  number: string;
  name: string;
  score: string;
}

const TOOL_CELL = /^(IIT|EIT|OIT)$/i;
const NUMBER_ONLY = new RegExp(`^${DIGIT}{1,2}[.)]?$`);
const ONE_CELL_ROW = new RegExp(
  `^(?:(IIT|EIT|OIT)\\s+)?(?:(${DIGIT}{1,2})[.)]?\\s+)?(.+?)\\s+(${DIGIT}{1,3}(?:[.,]${DIGIT}{1,2})?)(?:\\s*คะแนน)?$`,
  'i',
);
const LEADING_NUMBER = new RegExp(`^(?:ตัวชี้วัดที่|ตัวชี้วัด)?\\s*(${DIGIT}{1,2})[.)]?\\s+(.+)$`);

/** Loose-key length beyond which a line is prose that happens to hold the header's words. */
const HEADER_MAX = 60;

function isHeader(line: DocLine): boolean {
  const key = looseKey(line.cells.map((c) => c.text).join(' '));
  if (key.length > HEADER_MAX) return false;
  return HEADER_WORDS.filter((w) => key.includes(w)).length >= 2 && key.includes('คะแนน');
}

/** A line read as a row, or null. */
function parseRow(line: DocLine): Row | null {
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

type Kind = { kind: 'indicator'; id: number | null; exact: boolean } | { kind: 'total'; code: string } | null;

/** What a row is: an indicator (by name, else by number), a published total, or nothing known. */
function rowKind(row: Row, names: ReturnType<typeof nameTable>): Kind {
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

export interface TableRead {
  values: ReadValue[];
  /** Indices (in doc.lines) of the lines the tables took. */
  lines: Set<number>;
}

/** Rows without a header line are read as a table only from this many in a row, all named indicators. */
const HEADERLESS_MIN = 3;

/** Every indicator table of the document. `nextId` numbers the values. */
export function readIndicatorTables(
  doc: DocText,
  indicatorNames: readonly IndicatorName[],
  nextId: () => string,
): TableRead {
  const names = nameTable(indicatorNames);
  const values: ReadValue[] = [];
  const taken = new Set<number>();
  const lines = doc.lines;
  let i = 0;
  while (i < lines.length) {
    const headed = isHeader(lines[i] as DocLine);
    const start = headed ? i + 1 : i;
    const rows: { row: Row; kind: NonNullable<Kind>; line: number }[] = [];
    let j = start;
    let misses = 0;
    while (j < lines.length) {
      const row = parseRow(lines[j] as DocLine);
      const kind = row ? rowKind(row, names) : null;
      if (row && kind && (headed || (kind.kind === 'indicator' && kind.id !== null))) {
        rows.push({ row, kind, line: j });
        misses = 0;
      } else if (headed && rows.length === 0 && misses < 2) misses++;
      else break;
      j++;
    }
    if (rows.length === 0 || (!headed && rows.length < HEADERLESS_MIN)) {
      i++;
      continue;
    }
    if (headed) taken.add(i);
    let tool = '';
    for (const { row, kind, line } of rows) {
      taken.add(line);
      if (row.tool) tool = row.tool.toUpperCase();
      values.push(tableValue(row, kind, lines[line] as DocLine, tool, nextId()));
    }
    i = j;
  }
  return { values, lines: taken };
}

function tableValue(row: Row, kind: NonNullable<Kind>, line: DocLine, tool: string, id: string): ReadValue {
  const at = { page: line.page, line: line.line };
  if (kind.kind === 'total')
    return {
      id,
      kind: kind.code === 'overall' ? 'overall' : 'tool-total',
      code: kind.code,
      printed: row.name || row.tool,
      text: row.name || row.tool,
      score: row.score,
      at,
      notes: [],
    };
  const number = row.number ? Number(toArabicDigits(row.number)) : null;
  const notes: ValueNote[] = [];
  if (kind.id !== null && number !== null && number !== kind.id)
    notes.push({
      kind: 'name-number',
      attention: true,
      th: `พิมพ์ลำดับที่ ${number} แต่ชื่อเป็นของตัวชี้วัดที่ ${kind.id} — ตรวจสอบว่าเป็นตัวชี้วัดใด`,
      en: `Numbered ${number} but named as indicator ${kind.id} — check which indicator it is`,
    });
  else if (kind.id !== null && !kind.exact)
    notes.push({
      kind: 'close-name',
      th: `ชื่อใกล้เคียงกับชื่อตัวชี้วัดที่ ${kind.id}`,
      en: `The name is close to indicator ${kind.id}'s`,
    });
  return {
    id,
    kind: 'indicator',
    code: String(kind.id ?? number ?? ''),
    printed: [row.number, row.name].filter((x) => x !== '').join(' '),
    text: row.name,
    score: row.score,
    tool: row.tool ? row.tool.toUpperCase() : tool,
    number: row.number,
    at,
    notes,
  };
}
