import type { Plan, ResultsReport } from '@analysis/plans/types';
import { loadAside } from './aside';
import { noteDamaged } from './damaged';
import { ABSENT, addConflicts, merge3, same, setAt, type Conflict } from './json-merge';
import type { StoredPlan } from './plan-records';
import {
  PLAN_DOCS,
  REPORT_DOCS,
  type DocKind,
  type PlanDoc,
  type ReportDoc,
  type Versioned,
} from './record-docs';
import { announce, listen, type ChangeMessage } from './record-sync';
import { deleteDocs, loadDocs, readDoc, writeDoc } from './versioned-store';
import { createPersistentStore, type PersistentStore } from './persistent-store';
import type { SaveStatus } from './write-queue';

/**
 * Every measures plan and results report of this browser, in memory and mirrored to IndexedDB: each
 * change is applied here at once (the views re-render from it) and written to the store right after
 * (latest value per document wins the queue). Other tabs' writes are merged in as they are announced
 * (record-sync.ts); a write that finds the stored record changed merges too (versioned-store.ts). When
 * the same place was changed in two tabs both texts are kept: `conflicts` lists them until the user
 * chooses. When the store fails the edits stay in memory and the banner says so.
 */
export interface PlanState {
  /** False until the saved plans have been read back. */
  restored: boolean;
  plans: ReadonlyMap<string, StoredPlan>;
  reports: ReadonlyMap<string, ResultsReport>;
  /** Open conflicts per document, keyed `plans/ID` or `reports/ID`. */
  conflicts: ReadonlyMap<string, readonly Conflict[]>;
  save: SaveStatus;
}

type Store = 'plans' | 'reports';
const NONE: readonly Conflict[] = [];

const planStore: PersistentStore<PlanState> = createPersistentStore<PlanState>({
  initial: { restored: false, plans: new Map(), reports: new Map(), conflicts: new Map(), save: 'idle' },
  load: loadSavedDocs,
  onRestored() {
    void loadAside();
    listen(
      (m) => void onChange(m),
      () => void catchUp(),
    );
  },
  onSaveStatus: (save) => set({ save }),
});

function set(patch: Partial<PlanState>): void {
  planStore.set((s) => ({ ...s, ...patch }));
}

/** The last version of each document known to be in the store (what two versions are merged against). */
const bases = new Map<string, Versioned<PlanDoc | ReportDoc>>();
const keyOf = (store: Store, id: string) => `${store}/${id}`;

// ---- documents <-> state ----

function planVersion(id: string): Versioned<PlanDoc> | null {
  const s = planStore.get().plans.get(id);
  if (!s) return null;
  const conflicts = [...(planStore.get().conflicts.get(keyOf('plans', id)) ?? NONE)];
  const rev = bases.get(keyOf('plans', id))?.rev ?? 0;
  return {
    id,
    doc: { plan: s.plan, ds: s.ds, conflicts },
    rev,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt,
  };
}

const reportTimes = new Map<string, number>();

function reportVersion(id: string): Versioned<ReportDoc> | null {
  const r = planStore.get().reports.get(id);
  if (!r) return null;
  const conflicts = [...(planStore.get().conflicts.get(keyOf('reports', id)) ?? NONE)];
  const rev = bases.get(keyOf('reports', id))?.rev ?? 0;
  return {
    id,
    doc: { results: r.results, conflicts },
    rev,
    createdAt: 0,
    updatedAt: reportTimes.get(id) ?? 0,
  };
}

function withConflicts(key: string, list: readonly Conflict[]): ReadonlyMap<string, readonly Conflict[]> {
  const conflicts = new Map(planStore.get().conflicts);
  if (list.length) conflicts.set(key, list);
  else conflicts.delete(key);
  return conflicts;
}

function applyPlan(v: Versioned<PlanDoc>): void {
  const plans = new Map(planStore.get().plans);
  plans.set(v.id, { plan: v.doc.plan, ds: v.doc.ds, createdAt: v.createdAt, updatedAt: v.updatedAt });
  set({ plans, conflicts: withConflicts(keyOf('plans', v.id), v.doc.conflicts) });
}

function applyReport(v: Versioned<ReportDoc>): void {
  const reports = new Map(planStore.get().reports);
  reports.set(v.id, { planId: v.id, results: v.doc.results });
  reportTimes.set(v.id, v.updatedAt);
  set({ reports, conflicts: withConflicts(keyOf('reports', v.id), v.doc.conflicts) });
}

interface Side<D> {
  kind: DocKind<D>;
  version(id: string): Versioned<D> | null;
  apply(v: Versioned<D>): void;
}
const SIDES = {
  plans: { kind: PLAN_DOCS, version: planVersion, apply: applyPlan } satisfies Side<PlanDoc>,
  reports: { kind: REPORT_DOCS, version: reportVersion, apply: applyReport } satisfies Side<ReportDoc>,
};
type AnySide = Side<PlanDoc | ReportDoc>;
const side = (store: Store) => SIDES[store] as unknown as AnySide;

// ---- writing and merging ----

function queueWrite(store: Store, id: string): void {
  planStore.write(`${store}:${id}`, async () => {
    const s = side(store);
    const mine = s.version(id);
    if (!mine) return true;
    const base = bases.get(keyOf(store, id)) ?? null;
    const written = await writeDoc(s.kind, mine, base);
    if (!written) return false;
    adopt(store, written.stored, mine);
    announce({ store, id, rev: written.stored.rev });
    return true;
  });
}

/**
 * Take a version just read from or written to the store: it becomes the base, and what is on screen
 * becomes the merge of it with the edits made here since `from` (what was written; the old base when
 * another tab wrote it). Anything still to write is queued.
 */
function adopt(
  store: Store,
  stored: Versioned<PlanDoc | ReportDoc>,
  from: Versioned<PlanDoc | ReportDoc> | null,
): void {
  const key = keyOf(store, stored.id);
  const prev = bases.get(key) ?? null;
  if (prev && prev.rev >= stored.rev) return;
  bases.set(key, stored);
  const s = side(store);
  const now = s.version(stored.id);
  if (!now) {
    // Not here: new from another tab (unless this tab deleted it and is about to say so).
    if (!prev) s.apply(stored);
    return;
  }
  if (same(now.doc, stored.doc)) return;
  const m = merge3((from ?? prev)?.doc ?? null, now.doc, stored.doc);
  const doc = { ...m.value, conflicts: addConflicts(m.value.conflicts, m.conflicts) };
  s.apply({ ...stored, doc, updatedAt: Math.max(stored.updatedAt, now.updatedAt) });
  if (!same(doc, stored.doc)) queueWrite(store, stored.id);
}

/** Another tab wrote (or deleted) a document: bring it in. */
async function onChange(m: ChangeMessage): Promise<void> {
  const key = keyOf(m.store, m.id);
  const base = bases.get(key);
  if (m.rev >= 0 && base && base.rev >= m.rev) return;
  const s = side(m.store);
  const cur = await readDoc(s.kind, m.id);
  if (cur === 'no-store' || cur === 'damaged') return;
  if (cur === null) {
    const now = s.version(m.id);
    // Deleted there: gone here too, unless this tab has edits not yet stored (then they are kept).
    if (now && base && same(now.doc, base.doc)) dropLocal(m.store, m.id);
    return;
  }
  adopt(m.store, cur, null);
}

/** Back in view: catch up with every document written while this tab was not listening. */
async function catchUp(): Promise<void> {
  for (const store of ['plans', 'reports'] as const) {
    const { docs } = await loadDocs(side(store).kind);
    for (const d of docs) adopt(store, d, null);
  }
}

function dropLocal(store: Store, id: string): void {
  bases.delete(keyOf(store, id));
  if (store === 'plans') {
    const plans = new Map(planStore.get().plans);
    plans.delete(id);
    set({ plans, conflicts: withConflicts(keyOf(store, id), NONE) });
  } else {
    const reports = new Map(planStore.get().reports);
    reports.delete(id);
    set({ reports, conflicts: withConflicts(keyOf(store, id), NONE) });
  }
}

// ---- restoring ----

/** Read saved plans and reports; anything created meanwhile is kept. */
async function loadSavedDocs(): Promise<(latest: PlanState) => PlanState> {
  const [plans, reports] = await Promise.all([loadDocs(PLAN_DOCS), loadDocs(REPORT_DOCS)]);
  noteDamaged([...plans.damaged, ...reports.damaged]);
  for (const v of plans.docs) bases.set(keyOf('plans', v.id), v);
  for (const v of reports.docs) bases.set(keyOf('reports', v.id), v);
  return (latest) => {
    const p = new Map(latest.plans);
    const r = new Map(latest.reports);
    const conflicts = new Map(latest.conflicts);
    for (const v of plans.docs) {
      if (p.has(v.id)) continue;
      p.set(v.id, { plan: v.doc.plan, ds: v.doc.ds, createdAt: v.createdAt, updatedAt: v.updatedAt });
      if (v.doc.conflicts.length) conflicts.set(keyOf('plans', v.id), v.doc.conflicts);
    }
    for (const v of reports.docs) {
      if (r.has(v.id)) continue;
      r.set(v.id, { planId: v.id, results: v.doc.results });
      reportTimes.set(v.id, v.updatedAt);
      if (v.doc.conflicts.length) conflicts.set(keyOf('reports', v.id), v.doc.conflicts);
    }
    return { ...latest, restored: true, plans: p, reports: r, conflicts };
  };
}

/** Read saved plans and reports back (once); anything created meanwhile is kept. */
export function restorePlans(): Promise<void> {
  return planStore.restore();
}

export function getPlanState(): PlanState {
  return planStore.get();
}

// ---- changes ----

/** Add or replace a plan (as a whole) and save it. */
export function putPlan(stored: StoredPlan): void {
  const plans = new Map(planStore.get().plans);
  plans.set(stored.plan.id, stored);
  set({ plans });
  queueWrite('plans', stored.plan.id);
}

/** Change a plan: `fn` gets the current plan and returns the next one. Unknown ids are ignored. */
export function updatePlan(id: string, fn: (p: Plan) => Plan): void {
  const cur = planStore.get().plans.get(id);
  if (!cur) return;
  const next = fn(cur.plan);
  if (next === cur.plan) return;
  putPlan({ ...cur, plan: next, updatedAt: Date.now() });
}

/** Delete a plan and its report. */
export function removePlan(id: string): void {
  const plans = new Map(planStore.get().plans);
  const reports = new Map(planStore.get().reports);
  plans.delete(id);
  reports.delete(id);
  const conflicts = new Map(planStore.get().conflicts);
  conflicts.delete(keyOf('plans', id));
  conflicts.delete(keyOf('reports', id));
  set({ plans, reports, conflicts });
  planStore.write(`reports:${id}`, () => Promise.resolve(true));
  planStore.write(`plans:${id}`, async () => {
    const ok = await deleteDocs([
      { store: 'plans', id },
      { store: 'reports', id },
    ]);
    if (ok) {
      bases.delete(keyOf('plans', id));
      bases.delete(keyOf('reports', id));
      announce({ store: 'plans', id, rev: -1 });
      announce({ store: 'reports', id, rev: -1 });
    }
    return ok;
  });
}

/** Add or replace the results report of a plan and save it. */
export function putReport(report: ResultsReport): void {
  const reports = new Map(planStore.get().reports);
  reports.set(report.planId, report);
  reportTimes.set(report.planId, Date.now());
  set({ reports });
  queueWrite('reports', report.planId);
}

/**
 * Settle a conflict: keep what is in the field (`keep`), or put the other version there (`other`).
 * Either way the conflict is closed in every tab.
 */
export function resolveConflict(
  store: Store,
  id: string,
  conflictId: string,
  choice: 'keep' | 'other',
): void {
  const s = side(store);
  const v = s.version(id);
  const c = v?.doc.conflicts.find((x) => x.id === conflictId);
  if (!v || !c) return;
  let doc = { ...v.doc, conflicts: v.doc.conflicts.filter((x) => x.id !== conflictId) };
  if (choice === 'other') doc = setAt(doc, c.path, Object.hasOwn(c, 'other') ? c.other : ABSENT);
  s.apply({ ...v, doc, updatedAt: Date.now() });
  queueWrite(store, id);
}

/** Every plan and report in memory (what is on screen, saved or not), for the workspace export. */
export function storedDocuments(): { plans: Versioned<PlanDoc>[]; reports: Versioned<ReportDoc>[] } {
  return {
    plans: [...planStore.get().plans.keys()].map(planVersion).filter((v) => v !== null),
    reports: [...planStore.get().reports.keys()].map(reportVersion).filter((v) => v !== null),
  };
}

/** Resolves when every change so far has been written (or has failed). */
export function flushPlanWrites(): Promise<void> {
  return planStore.flush();
}

/** The plans and reports (restored from the store on first use). */
export function usePlanState(): PlanState {
  return planStore.useRestored();
}
