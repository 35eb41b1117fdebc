import { toArabicDigits } from '../../text/thai-digits';
import type { IndicatorName } from '../columns';
import { nameTable } from '../labels';
import {
  adjacent,
  cellText,
  isContinuation,
  isHeader,
  joinText,
  mergeLines,
  parseRow,
  rowKind,
  textOnly,
  toolMark,
  TOOL_CELL,
  type Kind,
  type Row,
} from './indicator-rows';
import type { DocLine, DocText, ReadValue, ValueNote } from './types';

/**
 * The indicator table of results reports (แบบ / ลำดับ / รายละเอียดตัวชี้วัด / คะแนน, seed 001), with or
 * without subtotal rows (`รวม IIT`, `คะแนนรวม`), read row by row. Each row keeps its cells as printed:
 * ingest reads them like the same table in a CSV (names over numbers, published totals cross-checked).
 */

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
  const accepts = (row: Row | null, headed: boolean): boolean => {
    const kind = row ? rowKind(row, names) : null;
    return kind !== null && (headed || (kind.kind === 'indicator' && kind.id !== null));
  };
  let i = 0;
  while (i < lines.length) {
    const headed = isHeader(lines[i] as DocLine);
    const rows: { row: Row; lines: number[]; mark?: boolean }[] = [];
    let j = headed ? i + 1 : i;
    let misses = 0;
    while (j < lines.length) {
      const line = lines[j] as DocLine;
      if ((headed || rows.length > 0) && toolMark(line)) {
        // A merged tool cell centred in its block prints the tool on a line of its own.
        rows.push({
          row: { tool: toolMark(line) as string, number: '', name: '', score: '' },
          lines: [j],
          mark: true,
        });
        j++;
        continue;
      }
      const row = parseRow(line);
      if (accepts(row, headed)) {
        rows.push({ row: row as Row, lines: [j] });
        misses = 0;
        j++;
        continue;
      }
      const above = lines[j - 1];
      if ((headed || rows.length > 0) && textOnly(line) && above && adjacent(above, line)) {
        // A row whose name wraps: vertically centred, its number and score sit on a line of their own
        // between the name's lines (merge with the next line); top-aligned, the name's last words follow.
        const next = lines[j + 1];
        if (next && adjacent(line, next) && !accepts(parseRow(next), headed)) {
          const merged = parseRow(mergeLines(line, next));
          if (accepts(merged, headed)) {
            rows.push({ row: merged as Row, lines: [j, j + 1] });
            j += 2;
            continue;
          }
        }
        const prev = [...rows].reverse().find((r) => !r.mark);
        if (prev && isContinuation(line)) {
          // A centred tool cell may share the line with the name's last words.
          const tool = line.cells.find((c) => TOOL_CELL.test(c.text.trim()));
          const words = line.cells.filter((c) => c !== tool);
          if (tool)
            rows.push({
              row: { tool: tool.text.trim(), number: '', name: '', score: '' },
              lines: [],
              mark: true,
            });
          prev.row.name = joinText(prev.row.name, cellText({ ...line, cells: words }));
          prev.lines.push(j);
          j++;
          continue;
        }
      }
      if (headed && rows.length === 0 && misses < 2) {
        misses++;
        j++;
        continue;
      }
      break;
    }
    if (rows.length === 0 || (!headed && rows.length < HEADERLESS_MIN)) {
      i++;
      continue;
    }
    if (headed) taken.add(i);
    for (const r of rows) for (const u of r.lines) taken.add(u);
    values.push(...blockValues(rows, names, lines, nextId));
    i = j;
  }
  return { values, lines: taken };
}

/**
 * The values of one table. A row's tool is the one printed on it, else the one printed above it (a merged
 * cell); a subtotal row ends its tool's block; a tool printed on a line of its own (a merged cell centred in
 * its block) is also the tool of the rows of its block above it that had none.
 */
function blockValues(
  rows: readonly { row: Row; lines: number[]; mark?: boolean }[],
  names: ReturnType<typeof nameTable>,
  lines: readonly DocLine[],
  nextId: () => string,
): ReadValue[] {
  const out: ReadValue[] = [];
  let tool = '';
  let open: ReadValue[] = [];
  const found = (printed: string) => {
    tool = printed.toUpperCase();
    for (const v of open) v.tool = tool;
    open = [];
  };
  for (const { row, lines: used, mark } of rows) {
    if (mark) {
      found(row.tool);
      continue;
    }
    const kind = rowKind(row, names);
    if (!kind) continue;
    if (row.tool) found(row.tool);
    const v = tableValue(row, kind, lines[scoreLine(lines, used, row.score)] as DocLine, tool, nextId());
    out.push(v);
    if (kind.kind === 'total') {
      tool = '';
      open = [];
    } else if (v.tool === '') open.push(v);
  }
  return out;
}

/** The line (of a row's lines) that holds its score. */
function scoreLine(lines: readonly DocLine[], used: readonly number[], score: string): number {
  return used.find((u) => lines[u]?.cells.some((c) => c.text.trim() === score)) ?? (used[0] as number);
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
