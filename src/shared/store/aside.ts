import { fromRecord, readMapping } from './dataset-records';
import { answered, getDb, type AsideRecord, type RecordStore } from './db';
import { clearDamaged, getDamaged, noteDamaged } from './damaged';
import { PLAN_DOCS, REPORT_DOCS } from './record-docs';
import { clearStorageProblem, reportStorageError } from './storage-status';
import { damagedOf } from './versioned-store';

/**
 * Records that could not be read, kept for the user: listed for the banner, carried raw in the rescue
 * export, and deleted only when the user chooses to discard them.
 */

/** Whether a stored record reads in full, in part (plans, reports) or not at all. */
export function readState(store: RecordStore, raw: unknown): 'whole' | 'partial' | 'unreadable' {
  switch (store) {
    case 'datasets':
      return fromRecord(raw) ? 'whole' : 'unreadable';
    case 'mappings': {
      const m = raw as { signature?: unknown; mapping?: unknown } | null;
      return typeof m?.signature === 'string' && readMapping(m.mapping) ? 'whole' : 'unreadable';
    }
    case 'plans':
    case 'reports': {
      const kind = store === 'plans' ? PLAN_DOCS : REPORT_DOCS;
      if (kind.read(raw)) return 'whole';
      return kind.salvage(raw) ? 'partial' : 'unreadable';
    }
  }
}

let loading: Promise<void> | null = null;

/** List the records kept aside in earlier visits (once per visit). */
export function loadAside(): Promise<void> {
  loading ??= (async () => {
    const db = await getDb();
    if (!db) return;
    try {
      const all = await answered(db.getAll('aside'), []);
      noteDamaged(all.map(damagedOf));
    } catch (err) {
      reportStorageError(err);
    }
  })();
  return loading;
}

/** An unreadable record as the rescue export carries it (`raw` made JSON-safe by the file writer). */
export interface UnreadableEntry {
  store: RecordStore;
  id: string;
  savedAt: number;
  why: 'unreadable' | 'partial';
  raw: unknown;
}

const RECORD_STORES: RecordStore[] = ['datasets', 'mappings', 'plans', 'reports'];

function idOf(store: RecordStore, raw: unknown): string {
  const key = { datasets: 'id', mappings: 'signature', plans: 'id', reports: 'planId' }[store];
  const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v : String(v);
}

/** Every record of the store that does not read in full, and every record kept aside, as stored. */
export async function unreadableRecords(): Promise<UnreadableEntry[]> {
  const db = await getDb();
  if (!db) return [];
  const out: UnreadableEntry[] = [];
  try {
    for (const store of RECORD_STORES) {
      for (const raw of (await answered(db.getAll(store), [] as unknown[])) as unknown[]) {
        const state = readState(store, raw);
        if (state !== 'whole') out.push({ store, id: idOf(store, raw), savedAt: 0, why: state, raw });
      }
    }
    for (const a of await answered(db.getAll('aside'), []))
      out.push({ store: a.store, id: a.id, savedAt: a.savedAt, why: a.why, raw: a.raw });
  } catch (err) {
    reportStorageError(err);
  }
  return out.sort((a, b) =>
    `${a.store}/${a.id}/${a.savedAt}`.localeCompare(`${b.store}/${b.id}/${b.savedAt}`),
  );
}

/** Put records of a workspace file's rescue list aside in this browser (nothing is lost on a move). */
export async function putAside(entries: readonly UnreadableEntry[]): Promise<void> {
  const db = await getDb();
  if (!db || entries.length === 0) return;
  const tx = db.transaction('aside', 'readwrite');
  for (const e of entries) {
    const record: AsideRecord = {
      key: `${e.store}/${e.id}/${e.savedAt}`,
      store: e.store,
      id: e.id,
      savedAt: e.savedAt,
      why: e.why,
      dropped: [],
      raw: e.raw,
    };
    await tx.objectStore('aside').put(record);
  }
  await tx.done;
}

/**
 * The user's decision: delete every damaged record (the copies kept aside, and records left in their
 * place that still cannot be read — never one that reads now). False when the store did not answer.
 */
export async function discardDamaged(): Promise<boolean> {
  const db = await getDb();
  if (!db) return false;
  const damaged = getDamaged();
  try {
    const ok = await answered(
      (async () => {
        const tx = db.transaction(['aside', ...RECORD_STORES], 'readwrite');
        for (const d of damaged) {
          if (d.where === 'aside') await tx.objectStore('aside').delete(d.key);
          else {
            const raw: unknown = await tx.objectStore(d.store).get(d.id);
            if (raw !== undefined && readState(d.store, raw) === 'unreadable')
              await tx.objectStore(d.store).delete(d.id);
          }
        }
        await tx.done;
        return true;
      })(),
      false,
    );
    if (!ok) return false;
  } catch (err) {
    reportStorageError(err);
    return false;
  }
  clearDamaged();
  clearStorageProblem();
  return true;
}
