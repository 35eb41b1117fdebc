import type { RecordStore } from './db';
import { createStore } from './external-store';
import { reportStorageProblem } from './storage-status';

/**
 * Saved records that could not be read in full, in this browser: kept aside (a copy as it was stored,
 * with what could be read put back in its place) or, when nothing of it could be read, left where it
 * is. Nothing here is ever deleted except by the user (the banner's "discard").
 */
export interface DamagedRecord {
  /** Unique: the aside key, or `${store}/${id}` for a record left in its place. */
  key: string;
  store: RecordStore;
  id: string;
  why: 'unreadable' | 'partial';
  where: 'aside' | 'in-place';
  /** The parts left out (for `partial`): list name and title. */
  dropped: { list: string; label: string | null }[];
}

const damaged = createStore<readonly DamagedRecord[]>([]);

/** Add damaged records found (each once); the banner counts them. */
export function noteDamaged(found: readonly DamagedRecord[]): void {
  const list = damaged.get();
  const known = new Set(list.map((d) => d.key));
  const fresh = found.filter((d) => !known.has(d.key) && (known.add(d.key), true));
  if (fresh.length === 0) return;
  damaged.set([...list, ...fresh]);
  reportStorageProblem(
    'corrupt',
    new DOMException(`${fresh.length} record(s) could not be read in full`, 'DataError'),
    fresh.length,
  );
}

/**
 * A record was just copied aside before being written over: it is listed by its aside copy from now on
 * (replacing the entry of the record in its place, if it was listed).
 */
export function noteAside(d: DamagedRecord): void {
  const inPlace = `${d.store}/${d.id}`;
  const list = damaged.get();
  if (list.some((x) => x.key === inPlace)) damaged.set([...list.filter((x) => x.key !== inPlace), d]);
  else noteDamaged([d]);
}

export function getDamaged(): readonly DamagedRecord[] {
  return damaged.get();
}

export function clearDamaged(): void {
  damaged.set([]);
}

export function useDamaged(): readonly DamagedRecord[] {
  return damaged.useValue();
}
