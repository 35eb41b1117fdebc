import { getRegistry } from '@/shared/dataset/dataset-registry';
import { putAside, unreadableRecords } from './aside';
import { answered, getDb } from './db';
import { fromRecord, toRecord } from './dataset-records';
import { storedDocuments } from './plan-state';
import { PLAN_DOCS, REPORT_DOCS, type PlanDoc, type ReportDoc, type Versioned } from './record-docs';
import { reportStorageError } from './storage-status';
import { asideRecord } from './versioned-store';
import {
  workspaceFromJson,
  workspaceToJson,
  type ReadWorkspace,
  type WorkspaceContent,
} from './workspace-file';

function localEntries(): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      const v = k ? localStorage.getItem(k) : null;
      if (k && k.startsWith('ita-lens:') && v !== null) out[k] = v;
    }
  } catch {
    // no localStorage: settings are simply not part of the file
  }
  return out;
}

/** Documents by id: the stored ones, with what is in memory (on screen, perhaps not saved) over them. */
function overlay<D>(stored: Versioned<D>[], memory: Versioned<D>[]): Versioned<D>[] {
  const byId = new Map(stored.map((v) => [v.id, v] as const));
  for (const v of memory) byId.set(v.id, v);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Everything this browser holds as a workspace file: every readable record, what is on screen but not
 * saved (a full or failing store), and every record that could not be read, raw (the rescue list).
 */
export async function exportWorkspace(): Promise<string> {
  const db = await getDb();
  const content: WorkspaceContent = {
    datasets: [],
    mappings: [],
    plans: [],
    reports: [],
    local: localEntries(),
    unreadable: [],
  };
  const plans: Versioned<PlanDoc>[] = [];
  const reports: Versioned<ReportDoc>[] = [];
  if (db) {
    try {
      for (const r of await answered(db.getAll('datasets'), [] as unknown[])) {
        const e = fromRecord(r);
        if (e) content.datasets.push(e);
      }
      content.mappings = await answered(db.getAll('mappings'), []);
      for (const r of await answered(db.getAll('plans'), [] as unknown[])) {
        const s = PLAN_DOCS.salvage(r);
        if (s) plans.push(s.read);
      }
      for (const r of await answered(db.getAll('reports'), [] as unknown[])) {
        const s = REPORT_DOCS.salvage(r);
        if (s) reports.push(s.read);
      }
      content.unreadable = await unreadableRecords();
    } catch (err) {
      reportStorageError(err);
    }
  }
  const memory = storedDocuments();
  content.plans = overlay(plans, memory.plans).map(PLAN_DOCS.toRecord);
  content.reports = overlay(reports, memory.reports).map(REPORT_DOCS.toRecord);
  const ids = new Set(content.datasets.map((e) => e.id));
  for (const e of getRegistry().entries) {
    if (ids.has(e.id)) content.datasets = content.datasets.map((x) => (x.id === e.id ? e : x));
    else content.datasets.push(e);
  }
  content.datasets.sort((a, b) => a.addedAt - b.addedAt);
  return workspaceToJson(content);
}

/**
 * Put a workspace file's content into this browser (records with the same key are replaced, a stored
 * record that cannot be read being kept aside first; nothing else is deleted; the file's rescue list is
 * kept aside). Null when the text is not a workspace file. The caller reloads the page after.
 */
export async function importWorkspace(text: string): Promise<ReadWorkspace | null> {
  const read = workspaceFromJson(text);
  if (!read) return null;
  const { content } = read;
  const db = await getDb();
  if (db) {
    const tx = db.transaction(['datasets', 'mappings', 'plans', 'reports', 'aside'], 'readwrite');
    const guarded = async (store: 'datasets' | 'plans' | 'reports', key: string, record: unknown) => {
      const raw: unknown = await tx.objectStore(store).get(key);
      const readable =
        store === 'datasets' ? fromRecord(raw) : (store === 'plans' ? PLAN_DOCS : REPORT_DOCS).read(raw);
      if (raw !== undefined && !readable)
        await tx.objectStore('aside').put(asideRecord(store, key, raw, 'unreadable', []));
      await tx.objectStore(store).put(record);
    };
    for (const e of content.datasets) await guarded('datasets', e.id, toRecord(e));
    for (const m of content.mappings) await tx.objectStore('mappings').put(m);
    for (const p of content.plans) await guarded('plans', (p as { id: string }).id, p);
    for (const r of content.reports) await guarded('reports', (r as { planId: string }).planId, r);
    await tx.done;
    await putAside(content.unreadable ?? []);
  }
  try {
    for (const [k, v] of Object.entries(content.local)) localStorage.setItem(k, v);
  } catch {
    // settings could not be stored; the data are in
  }
  return read;
}
