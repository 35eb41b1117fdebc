import { useCallback } from 'react';
import { builtinEntry } from '@/shared/dataset/builtin-entries';
import { addDataset, getRegistry, newDatasetId } from '@/shared/dataset/dataset-registry';
import type { DatasetEntry, SourceFile } from '@/shared/dataset/types';
import { useDataParams } from './use-data-params';

/** Open the demo, an example or the user's files as a dataset, and show it. */
export function useOpenDataset() {
  const [, setParams] = useDataParams();
  const show = useCallback(
    (id: string) => setParams({ ds: id, tab: 'summary', q: '', year: null, sev: null, file: null, pq: '' }),
    [setParams],
  );
  /** Open a dataset that ships with the app (the demo, an example) by its stable id. */
  const openBuiltin = useCallback(
    (id: string) => {
      const entry = builtinEntry(id);
      if (entry && !getRegistry().entries.some((e) => e.id === id)) addDataset(entry);
      show(id);
    },
    [show],
  );
  const openFiles = useCallback(
    (files: SourceFile[]) => {
      const first = files[0];
      if (!first) return;
      const entry: DatasetEntry = {
        id: newDatasetId(),
        label: files.length > 1 ? `${first.name} +${files.length - 1}` : first.name,
        source: { kind: 'files', files },
        options: {},
        mappings: { ...getRegistry().mappings },
        addedAt: Date.now(),
      };
      addDataset(entry);
      show(entry.id);
    },
    [show],
  );
  return { openBuiltin, openFiles, show };
}
