import { codeSlot, SLOT_I0 } from '../codes';
import type { ToolId } from '../frameworks/types';
import { DIMS, STATS, type Dim, type Stat, type SummaryQuery, type ValueSpec } from './types';

/** A summary table as text: `ita table` options and the view's URL parameters say it the same way. */
export interface QueryText {
  /** One or two dimensions separated by a comma: `province` or `province,district`. */
  rows?: string | null;
  /** One dimension, or empty / `none` for a single column. */
  cols?: string | null;
  /** `overall`, `IIT`/`EIT`/`OIT`, `tool`, an indicator `1`–`10`, `indicator`, or a code (`E10`). */
  value?: string | null;
  stat?: string | null;
  /** `DIM=VALUE` each (the same dimension twice = either value). */
  filters?: readonly string[];
}

/** A mistake in how a table was asked for, with the fix, in Thai and English. */
export interface QueryProblem {
  field: 'rows' | 'cols' | 'value' | 'stat' | 'filter';
  value: string;
  message_th: string;
  message_en: string;
}

const DIM_ALIASES: Record<string, Dim> = {
  จังหวัด: 'province',
  อำเภอ: 'district',
  ประเภท: 'type',
  ประเภทหน่วยงาน: 'type',
  ปี: 'year',
  ปีงบประมาณ: 'year',
  เครื่องมือ: 'tool',
  ตัวชี้วัด: 'indicator',
  ระดับ: 'rating',
  ผลการประเมิน: 'rating',
};

/** A dimension by its name (English id or Thai word), or null. */
export function parseDim(text: string): Dim | null {
  const t = text.trim();
  const lower = t.toLowerCase();
  if ((DIMS as readonly string[]).includes(lower)) return lower as Dim;
  return DIM_ALIASES[t] ?? null;
}

/** A statistic by its id (`pass_rate` or `pass-rate`), or null. */
export function parseStat(text: string): Stat | null {
  const t = text.trim().toLowerCase().replace(/-/g, '_');
  return (STATS as readonly string[]).includes(t) ? (t as Stat) : null;
}

/** The score to summarise by its text, or null. */
export function parseValue(text: string): ValueSpec | null {
  const t = text.trim();
  const upper = t.toUpperCase();
  if (t === '' || t.toLowerCase() === 'overall' || t === 'คะแนนรวม') return { kind: 'overall' };
  if (t.toLowerCase() === 'tool' || t === 'เครื่องมือ') return { kind: 'tool', tool: null };
  if (t.toLowerCase() === 'indicator' || t === 'ตัวชี้วัด') return { kind: 'indicator', indicator: null };
  if (upper === 'IIT' || upper === 'EIT' || upper === 'OIT') return { kind: 'tool', tool: upper as ToolId };
  if (/^\d{1,2}$/.test(t)) {
    const i = Number(t);
    return i >= 1 && i <= 10 ? { kind: 'indicator', indicator: i } : null;
  }
  // A question or OIT item code; indicator numbers were handled above.
  const slot = codeSlot(upper);
  return slot > SLOT_I0 ? { kind: 'code', code: upper } : null;
}

/** The text of a score choice (what parseValue reads back). */
export function formatValue(v: ValueSpec): string {
  switch (v.kind) {
    case 'overall':
      return 'overall';
    case 'tool':
      return v.tool ?? 'tool';
    case 'indicator':
      return v.indicator === null ? 'indicator' : String(v.indicator);
    case 'code':
      return v.code;
  }
}

const problem = (
  field: QueryProblem['field'],
  value: string,
  message_th: string,
  message_en: string,
): QueryProblem => ({ field, value, message_th, message_en });

const DIM_LIST = DIMS.join(', ');
const STAT_LIST = STATS.join(', ');

/** The member dimension (tool or indicator) a query splits or filters by, if any. */
export function memberDimOf(q: Pick<SummaryQuery, 'rows' | 'cols' | 'filters'>): 'tool' | 'indicator' | null {
  const used = [...q.rows, q.cols, ...Object.keys(q.filters)];
  if (used.includes('indicator')) return 'indicator';
  if (used.includes('tool')) return 'tool';
  return null;
}

/**
 * Read a summary table from text and check that it makes sense (each dimension once; the score fits the
 * tool/indicator split). Missing parts take defaults: rows `province`, a single column, the overall
 * (or the split's score), the mean. `query` is null when any problem was found.
 */
export function parseQuery(t: QueryText): { query: SummaryQuery | null; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  const rowsText = (t.rows ?? '').trim() || 'province';
  const rows: Dim[] = [];
  for (const part of rowsText.split(',')) {
    const d = parseDim(part);
    if (!d)
      problems.push(
        problem(
          'rows',
          part,
          `ไม่รู้จักมิติ "${part}" — ใช้ ${DIM_LIST}`,
          `Unknown dimension "${part}" — use ${DIM_LIST}`,
        ),
      );
    else if (rows.includes(d))
      problems.push(problem('rows', part, `มิติ "${part}" ซ้ำในแถว`, `"${part}" is given twice in the rows`));
    else rows.push(d);
  }
  if (rows.length > 2)
    problems.push(
      problem(
        'rows',
        rowsText,
        'แถวแบ่งได้ไม่เกินสองมิติ',
        'Rows take at most two dimensions (e.g. province,district)',
      ),
    );
  const colsText = (t.cols ?? '').trim();
  let cols: Dim | null = null;
  if (colsText !== '' && colsText.toLowerCase() !== 'none') {
    cols = parseDim(colsText);
    if (!cols)
      problems.push(
        problem(
          'cols',
          colsText,
          `ไม่รู้จักมิติ "${colsText}" — ใช้ ${DIM_LIST}`,
          `Unknown dimension "${colsText}" — use ${DIM_LIST}`,
        ),
      );
    else if (rows.includes(cols))
      problems.push(
        problem(
          'cols',
          colsText,
          `"${colsText}" อยู่ในแถวแล้ว — เลือกมิติอื่นเป็นคอลัมน์`,
          `"${colsText}" is already in the rows — choose another dimension for the columns`,
        ),
      );
  }
  const filters: Partial<Record<Dim, string[]>> = {};
  for (const f of t.filters ?? []) {
    const at = f.indexOf('=');
    const d = at > 0 ? parseDim(f.slice(0, at)) : null;
    const v = at > 0 ? f.slice(at + 1).trim() : '';
    if (!d || v === '') {
      problems.push(
        problem(
          'filter',
          f,
          `ตัวกรอง "${f}" ต้องเป็นแบบ มิติ=ค่า เช่น province=ชลบุรี (มิติ: ${DIM_LIST})`,
          `The filter "${f}" must read DIM=VALUE, e.g. province=ชลบุรี (DIM: ${DIM_LIST})`,
        ),
      );
      continue;
    }
    const list = (filters[d] ??= []);
    if (!list.includes(v)) list.push(v);
  }
  const statText = (t.stat ?? '').trim() || 'mean';
  const stat = parseStat(statText);
  if (!stat)
    problems.push(
      problem(
        'stat',
        statText,
        `ไม่รู้จักสถิติ "${statText}" — ใช้ ${STAT_LIST}`,
        `Unknown statistic "${statText}" — use ${STAT_LIST}`,
      ),
    );
  const split = { rows, cols, filters };
  const bothSplits = [...rows, cols, ...Object.keys(filters)];
  if (bothSplits.includes('tool') && bothSplits.includes('indicator'))
    problems.push(
      problem(
        'rows',
        'tool,indicator',
        'ใช้ได้อย่างใดอย่างหนึ่ง: แบ่งตามเครื่องมือ หรือตามตัวชี้วัด',
        'Split by tool or by indicator, not both',
      ),
    );
  const member = memberDimOf(split);
  const valueText = (t.value ?? '').trim();
  let value: ValueSpec | null =
    valueText === '' && member
      ? member === 'tool'
        ? { kind: 'tool', tool: null }
        : { kind: 'indicator', indicator: null }
      : parseValue(valueText);
  if (!value)
    problems.push(
      problem(
        'value',
        valueText,
        `ไม่รู้จักคะแนน "${valueText}" — ใช้ overall, IIT, EIT, OIT, tool, ตัวชี้วัด 1–10, indicator หรือรหัสข้อ เช่น E10`,
        `Unknown score "${valueText}" — use overall, IIT, EIT, OIT, tool, an indicator 1–10, indicator, or a code such as E10`,
      ),
    );
  else {
    const generic =
      (value.kind === 'tool' && value.tool === null) ||
      (value.kind === 'indicator' && value.indicator === null);
    if (member && !(generic && value.kind === member)) {
      const th = member === 'tool' ? 'เครื่องมือ' : 'ตัวชี้วัด';
      problems.push(
        problem(
          'value',
          valueText || 'overall',
          `ตารางแบ่งตาม${th}: คะแนนต้องเป็นคะแนน${th}นั้น (--value ${member})`,
          `The table is split by ${member}: the score must be that ${member}'s (--value ${member})`,
        ),
      );
      value = null;
    } else if (!member && generic) {
      const th = value.kind === 'tool' ? 'เครื่องมือ' : 'ตัวชี้วัด';
      problems.push(
        problem(
          'value',
          valueText,
          `คะแนน "${valueText}" ต้องมี${th}เป็นแถว คอลัมน์ หรือตัวกรอง`,
          `The score "${valueText}" needs ${value.kind} in the rows, the columns or a filter`,
        ),
      );
      value = null;
    }
  }
  if (problems.length > 0 || !value || !stat) return { query: null, problems };
  return { query: { rows: normaliseRows(rows), cols, value, stat, filters }, problems };
}

/** District is nested in province: `district,province` reads as `province,district`. */
function normaliseRows(rows: Dim[]): Dim[] {
  return rows.length === 2 && rows[0] === 'district' && rows[1] === 'province'
    ? ['province', 'district']
    : rows;
}

/** The text of a query (what parseQuery reads back): for URLs and the CLI's echo. */
export function formatQuery(q: SummaryQuery): Required<QueryText> {
  const filters: string[] = [];
  for (const d of DIMS) for (const v of q.filters[d] ?? []) filters.push(`${d}=${v}`);
  return { rows: q.rows.join(','), cols: q.cols ?? '', value: formatValue(q.value), stat: q.stat, filters };
}
