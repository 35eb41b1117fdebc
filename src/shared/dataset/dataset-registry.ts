import { deleteEntry, loadSaved, saveEntry, saveMapping } from '@/shared/store/dataset-store';
import { createPersistentStore } from '@/shared/store/persistent-store';
import type { DatasetEntry, Mappings } from './types';

/** Every dataset the user has open, and the column mappings they chose; mirrored to IndexedDB. */
export interface RegistryState {
  /** False until the saved datasets have been read back. */
  restored: boolean;
  entries: DatasetEntry[];
  mappings: Mappings;
}

const registry = createPersistentStore<RegistryState>({
  initial: { restored: false, entries: [], mappings: {} },
  // Entries opened (and mappings chosen) before the saved ones were read are kept.
  async load() {
    const { entries, mappings } = await loadSaved();
    return (latest) => {
      const opened = new Set(latest.entries.map((e) => e.id));
      return {
        restored: true,
        entries: [...entries.filter((e) => !opened.has(e.id)), ...latest.entries],
        mappings: { ...mappings, ...latest.mappings },
      };
    };
  },
});

/** Read saved datasets and mappings back (once); entries opened meanwhile are kept. */
export function restoreDatasets(): Promise<void> {
  return registry.restore();
}

/** Save an entry (or, with null, delete it) through the queue: the latest change of an id wins. */
function persist(id: string, entry: DatasetEntry | null): void {
  registry.write(`datasets:${id}`, () => (entry ? saveEntry(entry) : deleteEntry(id)));
}

/** Open a dataset (or bring an already open one with the same id up to date) and save it. */
export function addDataset(entry: DatasetEntry): void {
  registry.set((s) => ({ ...s, entries: [...s.entries.filter((e) => e.id !== entry.id), entry] }));
  persist(entry.id, entry);
}

/** Change how a dataset is read (options, mappings); the change is saved and the dataset re-read. */
export function updateDataset(
  id: string,
  patch: Partial<Pick<DatasetEntry, 'options' | 'mappings' | 'label'>>,
): void {
  const old = registry.get().entries.find((e) => e.id === id);
  if (!old) return;
  const changed = { ...old, ...patch };
  registry.set((s) => ({ ...s, entries: s.entries.map((e) => (e.id === id ? changed : e)) }));
  persist(id, changed);
}

export function removeDataset(id: string): void {
  registry.set((s) => ({ ...s, entries: s.entries.filter((e) => e.id !== id) }));
  persist(id, null);
}

/** Remember a column mapping for a header set (used for every later file with the same headers). */
export function rememberMapping(signature: string, mapping: Record<number, string>): void {
  registry.set((s) => ({ ...s, mappings: { ...s.mappings, [signature]: mapping } }));
  registry.write(`mappings:${signature}`, () => saveMapping(signature, mapping));
}

/** Forget everything in memory (after the store was reset). */
export function clearRegistry(): void {
  registry.set({ restored: true, entries: [], mappings: {} });
}

export function getRegistry(): RegistryState {
  return registry.get();
}

export function useRegistry(): RegistryState {
  return registry.useValue();
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
