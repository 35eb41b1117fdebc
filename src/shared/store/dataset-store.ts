import type { DatasetEntry, Mappings } from '@/shared/dataset/types';
import { loadAside } from './aside';
import { answered, getDb } from './db';
import { noteAside, noteDamaged, type DamagedRecord } from './damaged';
import { fromRecord, readMapping, toRecord } from './dataset-records';
import { reportStorageError } from './storage-status';
import { asideRecord, damagedOf } from './versioned-store';

export interface Restored {
  entries: DatasetEntry[];
  mappings: Mappings;
}

const unreadable = (store: 'datasets' | 'mappings', id: unknown): DamagedRecord => ({
  key: `${store}/${String(id)}`,
  store,
  id: String(id),
  why: 'unreadable',
  where: 'in-place',
  dropped: [],
});

/**
 * Everything saved: datasets (oldest first) and column mappings. A record that cannot be read is left
 * in the store as it is (listed for the banner, carried raw by the rescue export); the good ones are
 * returned. A store that does not answer in time gives nothing (reported); never throws.
 */
export async function loadSaved(): Promise<Restored> {
  const db = await getDb();
  if (!db) return { entries: [], mappings: {} };
  const entries: DatasetEntry[] = [];
  const mappings: Mappings = {};
  try {
    const records = await answered(db.getAll('datasets'), [] as unknown[]);
    const bad: DamagedRecord[] = [];
    for (const r of records) {
      const e = fromRecord(r);
      if (e) entries.push(e);
      else bad.push(unreadable('datasets', (r as { id?: unknown } | null)?.id));
    }
    for (const m of await answered(db.getAll('mappings'), [])) {
      const mapping = readMapping(m?.mapping);
      if (typeof m?.signature === 'string' && mapping) mappings[m.signature] = mapping;
      else bad.push(unreadable('mappings', m?.signature));
    }
    noteDamaged(bad);
    void loadAside();
  } catch (err) {
    reportStorageError(err);
  }
  entries.sort((a, b) => a.addedAt - b.addedAt);
  return { entries, mappings };
}

/** Run a write; false when it did not reach the store (no store, or an error: reported). */
async function write(
  fn: (db: NonNullable<Awaited<ReturnType<typeof getDb>>>) => Promise<unknown>,
): Promise<boolean> {
  const db = await getDb();
  if (!db) return false;
  try {
    // Not timed: a dataset's files can be large and a slow disk may take long to write them; nothing
    // waits for this write, and a store that never answers has been reported by the reads already.
    await fn(db);
    return true;
  } catch (err) {
    reportStorageError(err);
    return false;
  }
}

/** Save a dataset; a stored record of the same id that cannot be read is first kept aside, as it was. */
export function saveEntry(e: DatasetEntry): Promise<boolean> {
  return write(async (db) => {
    const tx = db.transaction(['datasets', 'aside'], 'readwrite');
    const raw: unknown = await tx.objectStore('datasets').get(e.id);
    const aside =
      raw !== undefined && !fromRecord(raw) ? asideRecord('datasets', e.id, raw, 'unreadable', []) : null;
    if (aside) await tx.objectStore('aside').put(aside);
    await Promise.all([tx.objectStore('datasets').put(toRecord(e)), tx.done]);
    if (aside) noteAside(damagedOf(aside));
  });
}

export function deleteEntry(id: string): Promise<boolean> {
  return write((db) => db.delete('datasets', id));
}

export function saveMapping(signature: string, mapping: Record<number, string>): Promise<boolean> {
  return write((db) => db.put('mappings', { signature, mapping, savedAt: Date.now() }));
}
