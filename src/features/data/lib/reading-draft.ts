import { soleProposal } from '@analysis/ingest/text/heading';
import { needsAttention } from '@analysis/ingest/text/document-input';
import { documentCsv, documentRecords, type ConfirmedValue } from '@analysis/ingest/text/reading-records';
import type { Reading, ReadValue } from '@analysis/ingest/text/types';

/**
 * The confirm step's state: what was read from a document, and what the user has made of it (agency, year,
 * each value's code, score and share, whether to use it, findings they placed). Plain data, kept in the
 * browser while the step is open, so that a reload loses nothing typed.
 */

export interface RowEdit {
  code: string;
  score: string;
  negative: string;
  use: boolean;
}

export interface Draft {
  reading: Reading;
  org: string;
  year: string;
  /** Edits by value id. */
  rows: Record<string, RowEdit>;
  /** Findings the user placed: index in reading.unplaced → value id. */
  placed: Record<number, string>;
}

/** A draft as read: proposals filled in, every value used unless the reader asks for a look first. */
export function newDraft(reading: Reading): Draft {
  const rows: Record<string, RowEdit> = {};
  for (const v of reading.values)
    rows[v.id] = { code: v.code, score: v.score, negative: v.negative?.value ?? '', use: !needsAttention(v) };
  const year = soleProposal(reading.years);
  return {
    reading,
    org: soleProposal(reading.orgs) ?? '',
    year: year === null ? '' : String(year),
    rows,
    placed: {},
  };
}

/** The edit of a value (the value as read when there is none). */
export function editOf(d: Draft, v: ReadValue): RowEdit {
  return d.rows[v.id] ?? { code: v.code, score: v.score, negative: v.negative?.value ?? '', use: true };
}

/** The draft with one value's edit changed. */
export function withEdit(d: Draft, id: string, change: Partial<RowEdit>): Draft {
  const v = d.reading.values.find((x) => x.id === id);
  if (!v) return d;
  return { ...d, rows: { ...d.rows, [id]: { ...editOf(d, v), ...change } } };
}

/** Place an unplaced finding: its share becomes the negative share of the chosen question. */
export function placeFinding(d: Draft, index: number, valueId: string): Draft {
  const share = d.reading.unplaced[index]?.share;
  if (share === undefined) return d;
  return { ...withEdit(d, valueId, { negative: share }), placed: { ...d.placed, [index]: valueId } };
}

/** Question values a finding may be placed on: its candidates first, then every other question. */
export function placeTargets(d: Draft, index: number): ReadValue[] {
  const u = d.reading.unplaced[index];
  const questions = d.reading.values.filter((v) => v.kind === 'question');
  if (!u) return questions;
  const rank = (v: ReadValue) => {
    const k = u.candidates.indexOf(editOf(d, v).code);
    return k < 0 ? u.candidates.length : k;
  };
  return [...questions].sort((a, b) => rank(a) - rank(b));
}

/** The values the user keeps, as confirmed. */
export function confirmedValues(d: Draft): ConfirmedValue[] {
  return d.reading.values
    .filter((v) => editOf(d, v).use)
    .map((v) => {
      const e = editOf(d, v);
      return { value: v, code: e.code, score: e.score, negative: e.negative };
    });
}

/** The draft as the file the dataset keeps: CSV text, and the value id of each row after the header. */
export function draftFile(d: Draft): { name: string; csv: string; ids: string[] } {
  const values = confirmedValues(d);
  const org = d.org.trim();
  const year = d.year.trim();
  return {
    name: `${d.reading.name.replace(/\.(pdf|txt)$/i, '')}.csv`,
    csv: documentCsv(org, year, values),
    ids: documentRecords(org, year, values).ids,
  };
}

/** What keeps the user from using the values yet: nothing kept, or no agency or year. */
export function missingForUse(d: Draft): ('values' | 'org' | 'year')[] {
  const out: ('values' | 'org' | 'year')[] = [];
  if (confirmedValues(d).length === 0) out.push('values');
  if (d.org.trim() === '') out.push('org');
  if (!/^\s*(25\d\d|[๒][๕][๐-๙][๐-๙])\s*$/.test(d.year)) out.push('year');
  return out;
}

const KEY = 'ita-lens:document-draft';

/** Keep the draft in the browser (a reload keeps it); a full or blocked storage only loses the copy. */
export function saveDraft(d: Draft | null): void {
  try {
    if (d) localStorage.setItem(KEY, JSON.stringify(d));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage full or blocked: the draft stays in memory for this visit.
  }
}

/** The draft kept in the browser, or null (none, or not one this version wrote). */
export function loadDraft(): Draft | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const d = JSON.parse(raw) as Partial<Draft>;
    const r = d.reading;
    if (!r || !Array.isArray(r.values) || !Array.isArray(r.unplaced) || typeof d.org !== 'string')
      return null;
    return {
      reading: r,
      org: d.org,
      year: typeof d.year === 'string' ? d.year : '',
      rows: d.rows ?? {},
      placed: d.placed ?? {},
    };
  } catch {
    return null;
  }
}
