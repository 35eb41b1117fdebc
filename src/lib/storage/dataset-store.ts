import type { DatasetEntry, Mappings } from '../datasets/types';
import { getDb } from './db';
import { fromRecord, readMapping, toRecord } from './dataset-records';
import { reportStorageError, reportStorageProblem } from './storage-status';

export interface Restored {
  entries: DatasetEntry[];
  mappings: Mappings;
}

/** Everything saved: datasets (oldest first) and column mappings. Damaged records are skipped and reported. */
export async function loadSaved(): Promise<Restored> {
  const db = await getDb();
  if (!db) return { entries: [], mappings: {} };
  const entries: DatasetEntry[] = [];
  const mappings: Mappings = {};
  try {
    const records = await db.getAll('datasets');
    let bad = 0;
    for (const r of records) {
      const e = fromRecord(r);
      if (e) entries.push(e);
      else bad++;
    }
    for (const m of await db.getAll('mappings')) {
      const mapping = readMapping(m?.mapping);
      if (typeof m?.signature === 'string' && mapping) mappings[m.signature] = mapping;
      else bad++;
    }
    if (bad > 0)
      reportStorageProblem('corrupt', new DOMException(`${bad} record(s) unreadable`, 'DataError'), bad);
  } catch (err) {
    reportStorageError(err);
  }
  entries.sort((a, b) => a.addedAt - b.addedAt);
  return { entries, mappings };
}

async function write(
  fn: (db: NonNullable<Awaited<ReturnType<typeof getDb>>>) => Promise<unknown>,
): Promise<void> {
  const db = await getDb();
  if (!db) return;
  try {
    await fn(db);
  } catch (err) {
    reportStorageError(err);
  }
}

export function saveEntry(e: DatasetEntry): Promise<void> {
  return write((db) => db.put('datasets', toRecord(e)));
}

export function deleteEntry(id: string): Promise<void> {
  return write((db) => db.delete('datasets', id));
}

export function saveMapping(signature: string, mapping: Record<number, string>): Promise<void> {
  return write((db) => db.put('mappings', { signature, mapping, savedAt: Date.now() }));
}
