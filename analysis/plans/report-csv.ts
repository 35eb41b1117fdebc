/**
 * The results report as CSV: the file the app exports for Excel, and the file `ita report --results`
 * reads back. One row per measure: issue number and title, measure number, title, steps, responsible
 * unit, planned timeframe (as the plan printed it), then what was recorded: status, start and end dates
 * (ISO `YYYY-MM-DD`, which Excel reads as dates), what was done, the outcome, remarks. Numbers in Arabic
 * digits whatever the display setting; every cell formula-safe.
 */
import { toCsv } from '../exports/csv';
import { parseCsv } from '../ingest/csv';
import type { Problem } from '../problems';
import { toArabicDigits } from '../text/thai-digits';
import { emptyResult, STATUS_LABELS } from './report';
import type { ReportIssue, ReportSource } from './report-source';
import type { ResultStatus } from './types';

type Field =
  | 'issueNo'
  | 'issue'
  | 'measureNo'
  | 'measure'
  | 'steps'
  | 'unit'
  | 'planned'
  | 'status'
  | 'start'
  | 'end'
  | 'done'
  | 'outcome'
  | 'note';

const FIELDS: readonly Field[] = [
  'issueNo',
  'issue',
  'measureNo',
  'measure',
  'steps',
  'unit',
  'planned',
  'status',
  'start',
  'end',
  'done',
  'outcome',
  'note',
];

const HEAD_TH: Record<Field, string> = {
  issueNo: 'ประเด็นที่',
  issue: 'ประเด็น',
  measureNo: 'มาตรการที่',
  measure: 'มาตรการ/กิจกรรม',
  steps: 'ขั้นตอน/วิธีการปฏิบัติ',
  unit: 'หน่วยงานผู้รับผิดชอบ',
  planned: 'ระยะเวลาตามแผน',
  status: 'สถานะ',
  start: 'วันที่เริ่ม (ปปปป-ดด-วว ค.ศ.)',
  end: 'วันที่เสร็จ (ปปปป-ดด-วว ค.ศ.)',
  done: 'สรุปผลการดำเนินการ',
  outcome: 'ผลลัพธ์หรือความสำเร็จ',
  note: 'หมายเหตุ',
};

const HEAD_EN: Record<Field, string> = {
  issueNo: 'Issue no.',
  issue: 'Issue',
  measureNo: 'Measure no.',
  measure: 'Measure',
  steps: 'Steps',
  unit: 'Responsible unit',
  planned: 'Planned timeframe',
  status: 'Status',
  start: 'Started (YYYY-MM-DD)',
  end: 'Finished (YYYY-MM-DD)',
  done: 'What was done',
  outcome: 'Outcome',
  note: 'Remarks',
};

/** Steps one per line, numbered. */
const numbered = (steps: readonly string[]): string => steps.map((s, i) => `${i + 1}. ${s}`).join('\n');

/** The report as CSV (see above). */
export function reportCsvText(src: ReportSource, lang: 'th' | 'en'): string {
  const th = lang === 'th';
  const head = th ? HEAD_TH : HEAD_EN;
  const rows: (string | number)[][] = [];
  src.issues.forEach((issue, i) =>
    issue.entries.forEach((e, k) => {
      const r = e.result;
      rows.push([
        i + 1,
        issue.title,
        k + 1,
        e.title,
        numbered(e.steps),
        e.unit,
        e.planned,
        th ? STATUS_LABELS[r.status].th : STATUS_LABELS[r.status].en,
        r.startDate ?? '',
        r.endDate ?? '',
        r.doneTh,
        r.outcomeTh,
        r.noteTh,
      ]);
    }),
  );
  return toCsv(
    FIELDS.map((f) => head[f]),
    rows,
  );
}

/** The header of a column back to its field (either language, any spacing or case). */
function fieldOf(header: string): Field | null {
  const h = header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase();
  for (const f of FIELDS) if (HEAD_TH[f].toLowerCase() === h || HEAD_EN[f].toLowerCase() === h) return f;
  // Headers without the date-format hint still count.
  if (h === 'วันที่เริ่ม' || h === 'started') return 'start';
  if (h === 'วันที่เสร็จ' || h === 'finished') return 'end';
  return null;
}

function statusOf(text: string): ResultStatus | null {
  const t = text.trim().toLowerCase();
  for (const [k, v] of Object.entries(STATUS_LABELS) as [ResultStatus, { th: string; en: string }][])
    if (v.th === text.trim() || v.en.toLowerCase() === t || k === t) return k;
  return null;
}

/** A date cell back to ISO, or null; a spreadsheet may have rewritten 2024-10-01 as 1/10/2024 (day first). */
function isoDate(text: string): string | null | undefined {
  const t = toArabicDigits(text.trim());
  if (!t) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]?.padStart(2, '0')}-${m[3]?.padStart(2, '0')}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) {
    const year = Number(m[3]) > 2400 ? Number(m[3]) - 543 : Number(m[3]);
    return `${year}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}`;
  }
  return undefined;
}

const stripNumber = (s: string): string => s.replace(/^\s*[0-9๐-๙]+[.)]\s*/, '');

export interface ReadResults {
  issues: ReportIssue[];
  problems: Problem[];
}

function problem(
  file: string,
  row: number | null,
  column: string | null,
  value: string | null,
  th: string,
  en: string,
): Problem {
  return { severity: 'error', kind: 'results-csv', file, row, column, value, message_th: th, message_en: en };
}

/**
 * Reads a results CSV back into report issues (rows grouped by issue number, in file order). Bad rows
 * are reported with file, row (header = row 1), column and value, and skipped; good rows are kept.
 */
export function readResultsCsv(text: string, file: string): ReadResults {
  const { records } = parseCsv(text.replace(/^\uFEFF/, ''));
  const problems: Problem[] = [];
  const header = records[0] ?? [];
  const index = new Map<Field, number>();
  header.forEach((h, i) => {
    const f = fieldOf(h);
    if (f && !index.has(f)) index.set(f, i);
  });
  const required: Field[] = ['issue', 'measure', 'status'];
  const missing = required.filter((f) => !index.has(f));
  if (missing.length) {
    problems.push(
      problem(
        file,
        1,
        null,
        header.join(', '),
        `ไม่พบคอลัมน์ ${missing.map((f) => HEAD_TH[f]).join(', ')} ใช้ไฟล์ CSV ที่ส่งออกจากหน้ารายงานผลของ ITA Lens`,
        `Columns ${missing.map((f) => HEAD_EN[f]).join(', ')} are missing; use the CSV the ITA Lens report view exports.`,
      ),
    );
    return { issues: [], problems };
  }
  const issues: ReportIssue[] = [];
  const byKey = new Map<string, ReportIssue>();
  records.slice(1).forEach((rec, k) => {
    const row = k + 2;
    if (rec.every((c) => !c.trim())) return;
    const get = (f: Field): string => {
      const i = index.get(f);
      return i === undefined ? '' : (rec[i] ?? '').replace(/^'/, '');
    };
    const statusText = get('status');
    const status = statusOf(statusText);
    if (!status) {
      problems.push(
        problem(
          file,
          row,
          HEAD_TH.status,
          statusText,
          `สถานะต้องเป็น ${Object.values(STATUS_LABELS)
            .map((v) => v.th)
            .join(' / ')} แก้ค่าในแถวนี้ (แถวอื่นยังใช้ได้)`,
          `The status must be ${Object.values(STATUS_LABELS)
            .map((v) => v.en)
            .join(' / ')}; fix this row (the others are kept).`,
        ),
      );
      return;
    }
    const dates: (string | null)[] = [];
    for (const f of ['start', 'end'] as const) {
      const v = isoDate(get(f));
      if (v === undefined) {
        problems.push(
          problem(
            file,
            row,
            HEAD_TH[f],
            get(f),
            'วันที่ต้องเป็นรูปแบบ ปปปป-ดด-วว (ค.ศ.) เช่น 2024-10-01 หรือเว้นว่าง',
            'A date must be YYYY-MM-DD (Common Era), e.g. 2024-10-01, or empty.',
          ),
        );
        return;
      }
      dates.push(v);
    }
    const title = get('issue').trim();
    const key = `${get('issueNo').trim()}|${title}`;
    let issue = byKey.get(key);
    if (!issue) {
      issue = { title, entries: [] };
      byKey.set(key, issue);
      issues.push(issue);
    }
    issue.entries.push({
      id: `row-${row}`,
      title: get('measure').trim(),
      steps: get('steps')
        .split('\n')
        .map(stripNumber)
        .map((s) => s.trim())
        .filter(Boolean),
      unit: get('unit').trim(),
      planned: get('planned').trim(),
      result: {
        ...emptyResult(`row-${row}`),
        status,
        startDate: dates[0] ?? null,
        endDate: dates[1] ?? null,
        doneTh: get('done'),
        outcomeTh: get('outcome'),
        noteTh: get('note'),
      },
    });
  });
  return { issues, problems };
}
