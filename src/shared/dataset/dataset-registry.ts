import { useSyncExternalStore } from 'react';
import { deleteEntry, loadSaved, saveEntry, saveMapping } from '@/shared/store/dataset-store';
import type { DatasetEntry, Mappings } from './types';

/** Every dataset the user has open, and the column mappings they chose; mirrored to IndexedDB. */
export interface RegistryState {
  /** False until the saved datasets have been read back. */
  restored: boolean;
  entries: DatasetEntry[];
  mappings: Mappings;
}

let state: RegistryState = { restored: false, entries: [], mappings: {} };
const listeners = new Set<() => void>();

function set(next: RegistryState): void {
  state = next;
  for (const l of listeners) l();
}

let restoring: Promise<void> | null = null;

/** Read saved datasets and mappings back (once); entries opened meanwhile are kept. */
export function restoreDatasets(): Promise<void> {
  restoring ??= loadSaved().then(({ entries, mappings }) => {
    const opened = new Set(state.entries.map((e) => e.id));
    set({
      restored: true,
      entries: [...entries.filter((e) => !opened.has(e.id)), ...state.entries],
      mappings: { ...mappings, ...state.mappings },
    });
  });
  return restoring;
}

/** Open a dataset (or bring an already open one with the same id up to date) and save it. */
export function addDataset(entry: DatasetEntry): void {
  const others = state.entries.filter((e) => e.id !== entry.id);
  set({ ...state, entries: [...others, entry] });
  void saveEntry(entry);
}

/** Change how a dataset is read (options, mappings); the change is saved and the dataset re-read. */
export function updateDataset(
  id: string,
  patch: Partial<Pick<DatasetEntry, 'options' | 'mappings' | 'label'>>,
): void {
  let changed: DatasetEntry | null = null;
  const entries = state.entries.map((e) => (e.id === id ? (changed = { ...e, ...patch }) : e));
  if (!changed) return;
  set({ ...state, entries });
  void saveEntry(changed);
}

export function removeDataset(id: string): void {
  set({ ...state, entries: state.entries.filter((e) => e.id !== id) });
  void deleteEntry(id);
}

/** Remember a column mapping for a header set (used for every later file with the same headers). */
export function rememberMapping(signature: string, mapping: Record<number, string>): void {
  set({ ...state, mappings: { ...state.mappings, [signature]: mapping } });
  void saveMapping(signature, mapping);
}

/** Forget everything in memory (after the store was reset). */
export function clearRegistry(): void {
  set({ restored: true, entries: [], mappings: {} });
}

export function getRegistry(): RegistryState {
  return state;
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useRegistry(): RegistryState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

/** The entry with this id, if open. */
export function useDatasetEntry(id: string | null): DatasetEntry | undefined {
  const { entries } = useRegistry();
  return id ? entries.find((e) => e.id === id) : undefined;
}

/** A fresh dataset id (short, URL-safe). */
export function newDatasetId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `f${Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('')}`;
}
