import { getDb } from './db';
import { fromRecord } from './dataset-records';
import { fromPlanRecord, fromReportRecord, toPlanRecord, toReportRecord } from './plan-records';
import { reportStorageError } from './storage-status';
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

/** Everything readable in this browser's store (damaged records are left out), as a workspace file. */
export async function exportWorkspace(): Promise<string> {
  const db = await getDb();
  const content: WorkspaceContent = {
    datasets: [],
    mappings: [],
    plans: [],
    reports: [],
    local: localEntries(),
  };
  if (db) {
    try {
      for (const r of await db.getAll('datasets')) {
        const e = fromRecord(r);
        if (e) content.datasets.push(e);
      }
      content.mappings = await db.getAll('mappings');
      for (const r of await db.getAll('plans')) {
        const p = fromPlanRecord(r);
        if (p) content.plans.push(toPlanRecord(p));
      }
      for (const r of await db.getAll('reports')) {
        const read = fromReportRecord(r);
        const updatedAt =
          typeof r === 'object' && r !== null && 'updatedAt' in r && typeof r.updatedAt === 'number'
            ? r.updatedAt
            : 0;
        if (read) content.reports.push(toReportRecord(read.report, updatedAt));
      }
    } catch (err) {
      reportStorageError(err);
    }
  }
  content.datasets.sort((a, b) => a.addedAt - b.addedAt);
  return workspaceToJson(content);
}

/**
 * Put a workspace file's content into this browser (records with the same key are replaced; nothing
 * else is deleted). Null when the text is not a workspace file. The caller reloads the page after.
 */
export async function importWorkspace(text: string): Promise<ReadWorkspace | null> {
  const read = workspaceFromJson(text);
  if (!read) return null;
  const { content } = read;
  const db = await getDb();
  if (db) {
    const { toRecord } = await import('./dataset-records');
    const tx = db.transaction(['datasets', 'mappings', 'plans', 'reports'], 'readwrite');
    for (const e of content.datasets) await tx.objectStore('datasets').put(toRecord(e));
    for (const m of content.mappings) await tx.objectStore('mappings').put(m);
    for (const p of content.plans) await tx.objectStore('plans').put(p);
    for (const r of content.reports) await tx.objectStore('reports').put(r);
    await tx.done;
  }
  try {
    for (const [k, v] of Object.entries(content.local)) localStorage.setItem(k, v);
  } catch {
    // settings could not be stored; the data are in
  }
  return read;
}
