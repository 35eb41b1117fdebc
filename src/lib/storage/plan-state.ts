import { useEffect, useSyncExternalStore } from 'react';
import type { Plan, ResultsReport } from '../../../analysis/plans/types';
import type { StoredPlan } from './plan-records';
import { deletePlan, loadPlans, savePlan, saveReport } from './plan-store';
import { createWriteQueue, type SaveStatus } from './write-queue';

/**
 * Every measures plan and results report of this browser, in memory and mirrored to IndexedDB: each
 * change is applied here at once (the views re-render from it) and written to the store right after
 * (latest value per plan wins). When the store fails the edits stay in memory and the banner says so.
 */
export interface PlanState {
  /** False until the saved plans have been read back. */
  restored: boolean;
  plans: ReadonlyMap<string, StoredPlan>;
  reports: ReadonlyMap<string, ResultsReport>;
  save: SaveStatus;
}

let state: PlanState = { restored: false, plans: new Map(), reports: new Map(), save: 'idle' };
const listeners = new Set<() => void>();

function set(patch: Partial<PlanState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

const queue = createWriteQueue((save) => set({ save }));

let restoring: Promise<void> | null = null;

/** Read saved plans and reports back (once); anything created meanwhile is kept. */
export function restorePlans(): Promise<void> {
  restoring ??= loadPlans().then(({ plans, reports }) => {
    const p = new Map(plans.map((s) => [s.plan.id, s] as const));
    const r = new Map(reports.map((x) => [x.planId, x] as const));
    for (const [k, v] of state.plans) p.set(k, v);
    for (const [k, v] of state.reports) r.set(k, v);
    set({ restored: true, plans: p, reports: r });
  });
  return restoring;
}

export function getPlanState(): PlanState {
  return state;
}

/** Add or replace a plan (as a whole) and save it. */
export function putPlan(stored: StoredPlan): void {
  const plans = new Map(state.plans);
  plans.set(stored.plan.id, stored);
  set({ plans });
  queue.put(`plan:${stored.plan.id}`, () => savePlan(stored));
}

/** Change a plan: `fn` gets the current plan and returns the next one. Unknown ids are ignored. */
export function updatePlan(id: string, fn: (p: Plan) => Plan): void {
  const cur = state.plans.get(id);
  if (!cur) return;
  const next = fn(cur.plan);
  if (next === cur.plan) return;
  putPlan({ ...cur, plan: next, updatedAt: Date.now() });
}

/** Delete a plan and its report. */
export function removePlan(id: string): void {
  const plans = new Map(state.plans);
  const reports = new Map(state.reports);
  plans.delete(id);
  reports.delete(id);
  set({ plans, reports });
  queue.put(`plan:${id}`, () => deletePlan(id));
  queue.put(`report:${id}`, () => Promise.resolve(true));
}

/** Add or replace the results report of a plan and save it. */
export function putReport(report: ResultsReport): void {
  const reports = new Map(state.reports);
  reports.set(report.planId, report);
  set({ reports });
  const at = Date.now();
  queue.put(`report:${report.planId}`, () => saveReport(report, at));
}

/** Resolves when every change so far has been written (or has failed). */
export function flushPlanWrites(): Promise<void> {
  return queue.flush();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The plans and reports (restored from the store on first use). */
export function usePlanState(): PlanState {
  useEffect(() => {
    void restorePlans();
  }, []);
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}
