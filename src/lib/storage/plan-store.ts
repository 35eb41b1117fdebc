import type { ResultsReport } from '../../../analysis/plans/types';
import { getDb } from './db';
import {
  fromPlanRecord,
  fromReportRecord,
  toPlanRecord,
  toReportRecord,
  type StoredPlan,
} from './plan-records';
import { reportStorageError, reportStorageProblem } from './storage-status';

export interface SavedPlans {
  plans: StoredPlan[];
  reports: ResultsReport[];
}

/**
 * Every saved plan and report. Damaged records (and damaged results inside a report) are skipped and
 * reported through the storage banner; the good ones are returned. Never throws.
 */
export async function loadPlans(): Promise<SavedPlans> {
  const db = await getDb();
  const out: SavedPlans = { plans: [], reports: [] };
  if (!db) return out;
  try {
    let bad = 0;
    for (const r of await db.getAll('plans')) {
      const p = fromPlanRecord(r);
      if (p) out.plans.push(p);
      else bad++;
    }
    for (const r of await db.getAll('reports')) {
      const back = fromReportRecord(r);
      if (back) {
        out.reports.push(back.report);
        bad += back.dropped;
      } else bad++;
    }
    if (bad > 0)
      reportStorageProblem('corrupt', new DOMException(`${bad} plan record(s) unreadable`, 'DataError'), bad);
  } catch (err) {
    reportStorageError(err);
  }
  return out;
}

/** Run one write; false when it did not reach the store (no store, full, blocked …: reported). */
async function write(
  fn: (db: NonNullable<Awaited<ReturnType<typeof getDb>>>) => Promise<unknown>,
): Promise<boolean> {
  const db = await getDb();
  if (!db) return false;
  try {
    await fn(db);
    return true;
  } catch (err) {
    reportStorageError(err);
    return false;
  }
}

export function savePlan(p: StoredPlan): Promise<boolean> {
  return write((db) => db.put('plans', toPlanRecord(p)));
}

export function saveReport(r: ResultsReport, updatedAt: number): Promise<boolean> {
  return write((db) => db.put('reports', toReportRecord(r, updatedAt)));
}

/** Delete a plan and its report together. */
export function deletePlan(id: string): Promise<boolean> {
  return write(async (db) => {
    const tx = db.transaction(['plans', 'reports'], 'readwrite');
    await Promise.all([tx.objectStore('plans').delete(id), tx.objectStore('reports').delete(id), tx.done]);
  });
}
