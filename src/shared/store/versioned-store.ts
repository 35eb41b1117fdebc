import { answered, getDb, type AsideRecord, type RecordStore } from './db';
import { noteAside, type DamagedRecord } from './damaged';
import { addConflicts, merge3, type Conflict } from './json-merge';
import { revOf, type DocKind, type Versioned } from './record-docs';
import type { DroppedPart } from './salvage';
import { reportStorageError } from './storage-status';

/**
 * Reading and writing versioned documents (plans, reports) so that nothing typed is lost:
 * - a record read with parts left out is repaired in one transaction: the stored record is copied
 *   aside as it was, and the readable part put in its place; a record nothing of which can be read is
 *   left where it is;
 * - a write reads the stored record in the same transaction first: one that cannot be read is copied
 *   aside before it is written over; one written meanwhile by another tab (its `rev` moved on) is
 *   merged three-way against the last version this tab knew, so both tabs' edits are kept.
 */

export function asideRecord(
  store: RecordStore,
  id: string,
  raw: unknown,
  why: AsideRecord['why'],
  dropped: readonly DroppedPart[],
  now = Date.now(),
): AsideRecord {
  return {
    key: `${store}/${id}/${now}`,
    store,
    id,
    savedAt: now,
    why,
    dropped: dropped.map((d) => ({ list: d.list, label: d.label })),
    raw,
  };
}

export function damagedOf(a: AsideRecord): DamagedRecord {
  return { key: a.key, store: a.store, id: a.id, why: a.why, where: 'aside', dropped: a.dropped };
}

export interface Loaded<D> {
  docs: Versioned<D>[];
  damaged: DamagedRecord[];
}

/** Every readable document of a store (repairing partly damaged ones); never throws. */
export async function loadDocs<D>(kind: DocKind<D>): Promise<Loaded<D>> {
  const out: Loaded<D> = { docs: [], damaged: [] };
  const db = await getDb();
  if (!db) return out;
  try {
    const raws = await answered(db.getAll(kind.store), null);
    if (!raws) return out;
    for (const raw of raws) {
      const whole = kind.read(raw);
      if (whole) {
        out.docs.push(whole);
        continue;
      }
      const s = kind.salvage(raw);
      const id = keyOf(kind, raw);
      if (!s) {
        out.damaged.push({
          key: `${kind.store}/${id}`,
          store: kind.store,
          id,
          why: 'unreadable',
          where: 'in-place',
          dropped: [],
        });
        continue;
      }
      // Keep the record as it was, and put what could be read in its place, in one transaction.
      const aside = asideRecord(kind.store, s.read.id, raw, 'partial', s.dropped);
      const repaired = { ...s.read, rev: revOf(raw) + 1 };
      const ok = await answered(
        (async () => {
          const tx = db.transaction([kind.store, 'aside'], 'readwrite');
          await Promise.all([
            tx.objectStore('aside').put(aside),
            tx.objectStore(kind.store).put(kind.toRecord(repaired)),
            tx.done,
          ]);
          return true;
        })().catch((err: unknown) => {
          reportStorageError(err);
          return false;
        }),
        false,
      );
      out.docs.push(ok ? repaired : s.read);
      out.damaged.push(
        ok
          ? damagedOf(aside)
          : {
              key: `${kind.store}/${id}`,
              store: kind.store,
              id,
              why: 'partial',
              where: 'in-place',
              dropped: aside.dropped,
            },
      );
    }
  } catch (err) {
    reportStorageError(err);
  }
  return out;
}

function keyOf<D>(kind: DocKind<D>, raw: unknown): string {
  const k = kind.store === 'plans' ? 'id' : 'planId';
  const v = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v : String(v);
}

/** One document as stored now: the document, null when there is none, 'damaged' when it cannot be read. */
export async function readDoc<D>(
  kind: DocKind<D>,
  id: string,
): Promise<Versioned<D> | null | 'damaged' | 'no-store'> {
  const db = await getDb();
  if (!db) return 'no-store';
  try {
    const raw = await answered(db.get(kind.store, id), undefined);
    if (raw === undefined) return null;
    return kind.salvage(raw)?.read ?? 'damaged';
  } catch (err) {
    reportStorageError(err);
    return 'no-store';
  }
}

/** What a write stored: the document as merged with the stored one, its rev, and conflicts found. */
export interface Written<D> {
  stored: Versioned<D>;
  conflicts: Conflict[];
}

type WithConflicts = { conflicts: Conflict[] };

/**
 * Write `mine` (grown from `base`, the last version this tab knew stored; null for none) as one
 * transaction; null when it did not reach the store (reported).
 */
export async function writeDoc<D extends WithConflicts>(
  kind: DocKind<D>,
  mine: Versioned<D>,
  base: Versioned<D> | null,
): Promise<Written<D> | null> {
  const db = await getDb();
  if (!db) return null;
  const work = (async (): Promise<Written<D>> => {
    const tx = db.transaction([kind.store, 'aside'], 'readwrite');
    const store = tx.objectStore(kind.store);
    const raw = await store.get(mine.id);
    let doc = mine.doc;
    let conflicts: Conflict[] = [];
    let rev = base?.rev ?? 0;
    let createdAt = mine.createdAt;
    let updatedAt = mine.updatedAt;
    let aside: AsideRecord | null = null;
    if (raw !== undefined) {
      const cur = kind.read(raw);
      if (!cur) {
        // Never write over a record that could not be read: keep it aside, as it was.
        const s = kind.salvage(raw);
        aside = asideRecord(kind.store, mine.id, raw, s ? 'partial' : 'unreadable', s?.dropped ?? []);
        await tx.objectStore('aside').put(aside);
        rev = Math.max(rev, revOf(raw));
        if (s && s.read.rev !== base?.rev) ({ doc, conflicts } = mergeInto(base, mine, s.read));
      } else if (cur.rev !== (base?.rev ?? 0)) {
        // Written meanwhile by another tab: merge against the last version both knew.
        ({ doc, conflicts } = mergeInto(base, mine, cur));
        rev = cur.rev;
        createdAt = Math.min(createdAt || cur.createdAt, cur.createdAt || createdAt);
        updatedAt = Math.max(updatedAt, cur.updatedAt);
      } else rev = cur.rev;
    }
    const stored: Versioned<D> = { id: mine.id, doc, rev: rev + 1, createdAt, updatedAt };
    await Promise.all([store.put(kind.toRecord(stored)), tx.done]);
    if (aside) noteAside(damagedOf(aside));
    return { stored, conflicts };
  })();
  try {
    return await answered(work, null);
  } catch (err) {
    reportStorageError(err);
    return null;
  }
}

function mergeInto<D extends WithConflicts>(
  base: Versioned<D> | null,
  mine: Versioned<D>,
  theirs: Versioned<D>,
): { doc: D; conflicts: Conflict[] } {
  const m = merge3<D>(base?.doc ?? null, mine.doc, theirs.doc);
  return {
    doc: { ...m.value, conflicts: addConflicts(m.value.conflicts, m.conflicts) },
    conflicts: m.conflicts,
  };
}

/** Delete documents (a plan and its report) in one transaction; false when it did not reach the store. */
export async function deleteDocs(items: { store: RecordStore; id: string }[]): Promise<boolean> {
  const db = await getDb();
  if (!db) return false;
  const work = (async () => {
    const tx = db.transaction([...new Set(items.map((i) => i.store))], 'readwrite');
    await Promise.all([...items.map((i) => tx.objectStore(i.store).delete(i.id)), tx.done]);
    return true;
  })();
  try {
    return await answered(work, false);
  } catch (err) {
    reportStorageError(err);
    return false;
  }
}
