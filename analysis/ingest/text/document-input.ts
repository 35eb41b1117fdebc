import type { Problem } from '../../problems';
import type { InputFile } from '../ingest';
import { soleProposal } from './heading';
import { documentRecords, type ConfirmedValue } from './reading-records';
import type { Reading, ReadValue, SourceLine } from './types';

/**
 * A document read without a person to confirm it (the CLI): the values are used as read, except those the
 * reader flagged for attention (a code the wording contradicts), which are held back with an error; the
 * agency and year are the reader's proposals unless the caller gives them, and say so in a note.
 */

/** Whether a value needs a person's word before it is used. */
export function needsAttention(v: ReadValue): boolean {
  return v.notes.some((n) => n.attention);
}

/** The values as read (held-back ones left out), ready for documentRecords. */
export function valuesAsRead(reading: Reading): ConfirmedValue[] {
  return reading.values
    .filter((v) => !needsAttention(v))
    .map((v) => ({ value: v, code: v.code, score: v.score, negative: v.negative?.value ?? '' }));
}

export interface DocumentInput {
  file: InputFile;
  /** Value id of each record after the header. */
  ids: string[];
  org: string | null;
  year: number | null;
}

/** The reading as an input for ingest: agency and year given (or proposed), values as read. */
export function documentInput(reading: Reading, given: { org?: string; year?: number }): DocumentInput {
  const org = given.org ?? soleProposal(reading.orgs);
  const year = given.year ?? soleProposal(reading.years);
  // Problems are moved to the document's lines (placeProblems), so the table needs no column saying where.
  const { records, ids } = documentRecords(
    org ?? '',
    year === null ? '' : String(year),
    valuesAsRead(reading),
    false,
  );
  return {
    file: { name: reading.name, records, source: reading.kind === 'pdf' ? 'PDF' : 'text' },
    ids,
    org,
    year,
  };
}

function where(reading: Reading, at: SourceLine): { row: number; th: string; en: string } {
  return at.page === null || reading.kind !== 'pdf'
    ? { row: at.line, th: '', en: '' }
    : { row: at.line, th: `หน้า ${at.page}: `, en: `page ${at.page}: ` };
}

function problem(
  severity: Problem['severity'],
  kind: string,
  reading: Reading,
  at: SourceLine | null,
  value: string | null,
  th: string,
  en: string,
): Problem {
  const w = at ? where(reading, at) : { row: null, th: '', en: '' };
  return {
    severity,
    kind,
    file: reading.name,
    row: w.row,
    column: null,
    value,
    message_th: w.th + th,
    message_en: w.en + en,
  };
}

/**
 * What the CLI says about a document beside ingest's problems: where the agency and year came from (or
 * that they are missing), values held back, findings not tied to a question.
 */
export function documentProblems(
  reading: Reading,
  input: DocumentInput,
  given: { org?: string; year?: number },
): Problem[] {
  const out: Problem[] = [];
  if (reading.failure) {
    out.push(
      problem('error', 'document-unreadable', reading, null, null, reading.failure.th, reading.failure.en),
    );
    return out;
  }
  if (reading.values.length === 0)
    out.push(
      problem(
        'warning',
        'document-no-values',
        reading,
        null,
        null,
        'ไม่พบคะแนนในเอกสารนี้ (ตารางตัวชี้วัด ข้อคำถามพร้อมคะแนน หรือผลการตรวจ OIT) — ตรวจว่าเป็นเอกสารผลการประเมินหรือแผนที่ยกคะแนนมา',
        'No scores were found in this document (an indicator table, questions with scores, OIT verdicts) — check that it is a results report or a plan that quotes scores',
      ),
    );
  const org = reading.orgs.find((o) => o.value === input.org);
  if (given.org === undefined && org)
    out.push(
      problem(
        'info',
        'document-org',
        reading,
        org.at,
        org.value,
        `ใช้ชื่อหน่วยงาน "${org.value}" ที่อ่านจากเอกสาร — ระบุเองด้วย --org`,
        `The agency "${org.value}" was read from the document — give --org to name it yourself`,
      ),
    );
  else if (given.org === undefined && reading.values.length > 0)
    out.push(
      problem(
        'warning',
        'document-no-org',
        reading,
        null,
        reading.orgs.map((o) => o.value).join(', ') || null,
        'ไม่พบชื่อหน่วยงานที่แน่นอนในเอกสาร — ระบุด้วย --org',
        'No one agency name was found in the document — give it with --org',
      ),
    );
  const year = reading.years.find((y) => y.value === input.year);
  if (given.year === undefined && year)
    out.push(
      problem(
        'info',
        'document-year',
        reading,
        year.at,
        String(year.value),
        `ใช้ปีงบประมาณ ${year.value} (${year.why.th}) — ระบุเองด้วย --year`,
        `Fiscal year ${year.value} used (${year.why.en}) — give --year to set it yourself`,
      ),
    );
  else if (given.year === undefined && reading.values.length > 0) {
    const named = [...new Set(reading.years.map((y) => y.value))].join(', ');
    out.push(
      problem(
        'error',
        'document-no-year',
        reading,
        null,
        named || null,
        named
          ? `เอกสารระบุปีงบประมาณไว้หลายปี (${named}) จึงไม่รู้ว่าคะแนนเป็นของปีใด — ระบุด้วย --year`
          : 'ไม่พบปีงบประมาณของคะแนนในเอกสาร — ระบุด้วย --year',
        named
          ? `The document names several fiscal years (${named}), so the scores' year is not known — give --year`
          : "The scores' fiscal year was not found in the document — give --year",
      ),
    );
  }
  for (const v of reading.values.filter(needsAttention)) {
    const note = v.notes.find((n) => n.attention);
    out.push(
      problem(
        'error',
        'document-value-held',
        reading,
        v.at,
        `${v.printed} ${v.score}`,
        `ไม่ได้ใช้ค่านี้: ${note?.th ?? ''}`,
        `Value not used: ${note?.en ?? ''}`,
      ),
    );
  }
  for (const u of reading.unplaced.filter((x) => x.kind !== 'line'))
    out.push(
      problem(
        'warning',
        `document-${u.kind}-not-used`,
        reading,
        u.at,
        u.share ?? u.text.slice(0, 60),
        u.reason.th,
        u.reason.en,
      ),
    );
  return out;
}

/**
 * Ingest's problems about a document's records, moved to the lines the values came from: record i + 1
 * (after the header) is value `ids[i]`; a problem on the header or the whole table keeps no row.
 */
export function placeProblems(
  problems: readonly Problem[],
  reading: Reading,
  input: DocumentInput,
): Problem[] {
  const byId = new Map(reading.values.map((v) => [v.id, v]));
  const lineOf = (row: number): SourceLine | null => {
    const id = input.ids[row - 2];
    return id === undefined ? null : (byId.get(id)?.at ?? null);
  };
  return problems.map((p) => {
    if (p.file !== reading.name || p.row === null) return p;
    const at = lineOf(p.row);
    if (!at) return { ...p, row: null };
    const w = where(reading, at);
    const rows = p.rows?.map((r) => lineOf(r)?.line ?? r);
    return {
      ...p,
      row: w.row,
      message_th: w.th + p.message_th,
      message_en: w.en + p.message_en,
      ...(rows ? { rows } : {}),
    };
  });
}
