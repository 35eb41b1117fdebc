import type { MeasureResult, Plan } from '@analysis/plans/types';
import { isPlain, type Conflict } from './json-merge';
import { fromPlanRecord, fromReportRecord, toPlanRecord, toReportRecord } from './plan-records';
import { salvage, type DroppedPart } from './salvage';

/**
 * Plans and reports as versioned documents: what two tabs merge (the document: the plan or the results,
 * where it came from, and the conflicts still open), and how it is stored (the record of plan-records.ts
 * plus `rev`, bumped by every write, and `conflicts`). Reading is strict (`read`) or lenient (`salvage`:
 * the readable part and what was left out).
 */

export interface PlanDoc {
  plan: Plan;
  ds: string | null;
  conflicts: Conflict[];
}

export interface ReportDoc {
  results: Record<string, MeasureResult>;
  conflicts: Conflict[];
}

export interface Versioned<D> {
  id: string;
  doc: D;
  /** How many writes the record has had (0: never stored). */
  rev: number;
  createdAt: number;
  updatedAt: number;
}

export interface Salvaged<D> {
  read: Versioned<D>;
  /** The record as read, to store in the place of the damaged one. */
  repaired: unknown;
  dropped: DroppedPart[];
}

export interface DocKind<D> {
  store: 'plans' | 'reports';
  read(raw: unknown): Versioned<D> | null;
  salvage(raw: unknown): Salvaged<D> | null;
  toRecord(v: Versioned<D>): unknown;
}

const num = (x: unknown): number => (typeof x === 'number' && Number.isFinite(x) ? x : 0);

/** The record's write count; 0 for records written before there was one. */
export function revOf(raw: unknown): number {
  return isPlain(raw) ? num(raw.rev) : 0;
}

function readConflict(x: unknown): Conflict | null {
  if (!isPlain(x) || typeof x.id !== 'string' || !Array.isArray(x.path) || typeof x.at !== 'number')
    return null;
  const pathOk = x.path.every(
    (s) =>
      typeof s === 'string' ||
      typeof s === 'number' ||
      (isPlain(s) && typeof s.by === 'string' && typeof s.id === 'string'),
  );
  if (!pathOk) return null;
  const c: Conflict = { id: x.id, path: x.path as Conflict['path'], at: x.at };
  if (Object.hasOwn(x, 'kept')) c.kept = x.kept;
  if (Object.hasOwn(x, 'other')) c.other = x.other;
  return c;
}

/** The open conflicts of a record (none when it has no list); null when the list is damaged. */
function readConflicts(raw: unknown): Conflict[] | null {
  if (!isPlain(raw) || raw.conflicts === undefined) return [];
  if (!Array.isArray(raw.conflicts)) return null;
  const out: Conflict[] = [];
  for (const x of raw.conflicts) {
    const c = readConflict(x);
    if (!c) return null;
    out.push(c);
  }
  return out;
}

function readPlanVersioned(raw: unknown): Versioned<PlanDoc> | null {
  const s = fromPlanRecord(raw);
  const conflicts = readConflicts(raw);
  if (!s || !conflicts) return null;
  return {
    id: s.plan.id,
    doc: { plan: s.plan, ds: s.ds, conflicts },
    rev: revOf(raw),
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

export const PLAN_DOCS: DocKind<PlanDoc> = {
  store: 'plans',
  read: readPlanVersioned,
  salvage(raw) {
    const s = salvage(raw, readPlanVersioned);
    return s ? { read: s.value, repaired: s.repaired, dropped: s.dropped } : null;
  },
  toRecord: ({ doc, rev, createdAt, updatedAt }) => ({
    ...toPlanRecord({ plan: doc.plan, ds: doc.ds, createdAt, updatedAt }),
    rev,
    conflicts: doc.conflicts,
  }),
};

function readReportLenient(raw: unknown): Salvaged<ReportDoc> | null {
  const back = fromReportRecord(raw);
  if (!back || !isPlain(raw)) return null;
  let conflicts = readConflicts(raw);
  const dropped: DroppedPart[] = [];
  if (back.dropped > 0 && isPlain(raw.results))
    for (const [key, value] of Object.entries(raw.results))
      if (!Object.hasOwn(back.report.results, key))
        dropped.push({ path: ['results', key], list: 'results', label: key, raw: value });
  if (!conflicts) {
    dropped.push({ path: ['conflicts'], list: 'conflicts', label: null, raw: raw.conflicts });
    conflicts = [];
  }
  const read: Versioned<ReportDoc> = {
    id: back.report.planId,
    doc: { results: back.report.results, conflicts },
    rev: revOf(raw),
    createdAt: 0,
    updatedAt: num(raw.updatedAt),
  };
  return { read, repaired: REPORT_DOCS.toRecord(read), dropped };
}

export const REPORT_DOCS: DocKind<ReportDoc> = {
  store: 'reports',
  read(raw) {
    const s = readReportLenient(raw);
    return s && s.dropped.length === 0 ? s.read : null;
  },
  salvage: readReportLenient,
  toRecord: ({ id, doc, rev, updatedAt }) => ({
    ...toReportRecord({ planId: id, results: doc.results }, updatedAt),
    rev,
    conflicts: doc.conflicts,
  }),
};
