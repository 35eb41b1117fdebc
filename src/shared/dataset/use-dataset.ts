import { skipToken, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { builtinEntry } from './builtin-entries';
import { datasetQuery } from './dataset-query';
import { addDataset, useDatasetEntry, useRegistry } from './dataset-registry';
import type { DatasetEntry, LoadedDataset } from './types';

/** Where the dataset a view names (`ds=` in its URL) stands. */
export type DatasetState =
  /** The saved datasets are still being read back (or a bundled one is being opened). */
  | { kind: 'restoring' }
  /** No dataset of this id in this browser, and none ships with the app. */
  | { kind: 'not-found' }
  | { kind: 'loading'; entry: DatasetEntry }
  /** The read was cancelled (`error` null) or failed. */
  | { kind: 'stopped'; entry: DatasetEntry; error: Error | null }
  /** The bundled demo is not in this build (the one file, or a build without `npm run demo-data`). */
  | { kind: 'demo-missing'; entry: DatasetEntry }
  /** Read and scored; `refreshing` while it is read again. */
  | { kind: 'ready'; entry: DatasetEntry; loaded: LoadedDataset; refreshing: boolean };

/**
 * The dataset with this id, read (in the worker) and scored: what every view shows. A shared link to the
 * demo or an example opens it here too, even in a browser that never did (unless `openBuiltin` is false:
 * for figures a view shows only when the dataset is open anyway). Null id: nothing is read.
 */
export function useDataset(id: string | null, { openBuiltin = true } = {}): DatasetState {
  const { restored } = useRegistry();
  const entry = useDatasetEntry(id);
  const options = entry ? datasetQuery(entry) : null;
  const query = useQuery({
    queryKey: options?.queryKey ?? ['dataset', null],
    queryFn: options?.queryFn ?? skipToken,
  });
  // Not open here, but one that ships with the app: open it.
  const opening = id !== null && restored && !entry && openBuiltin && builtinEntry(id) !== null;
  useEffect(() => {
    const builtin = opening && id !== null ? builtinEntry(id) : null;
    if (builtin) addDataset(builtin);
  }, [opening, id]);
  if (!entry) return restored && !opening ? { kind: 'not-found' } : { kind: 'restoring' };
  if (query.data) return { kind: 'ready', entry, loaded: query.data, refreshing: query.isFetching };
  if (query.isFetching) return { kind: 'loading', entry };
  if (query.isError && query.error.name === 'MissingDataError') return { kind: 'demo-missing', entry };
  return { kind: 'stopped', entry, error: query.isError ? query.error : null };
}
