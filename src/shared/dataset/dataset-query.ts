import { queryOptions, type QueryKey } from '@tanstack/react-query';
import { setLoadProgress } from './load-progress';
import { exampleById } from './examples';
import type { DatasetEntry, LoadedDataset } from './types';
import { SINGLE_FILE } from '@/shared/env/single-file';
import { MissingDataError, runInWorker } from './worker-client';
import type { WorkerRequest } from './worker-protocol';

/** URL of the bundled demo, relative to the app (works from any sub-path: `base: './'`). */
export function demoUrl(file: 'national.bin' | 'manifest.json'): string {
  return new URL(`${import.meta.env.BASE_URL}demo/${file}`, window.location.href).href;
}

/**
 * The query key of a dataset: its id, where its bytes come from (file name, size and last-modified;
 * never a File object, which hashes to `{}`), and how it is read (options, mappings).
 */
export function datasetKey(e: DatasetEntry): QueryKey {
  const source =
    e.source.kind === 'files'
      ? e.source.files.map((f) => [f.name, f.size, f.lastModified] as const)
      : e.source.kind === 'example'
        ? e.source.example
        : 'demo';
  return ['dataset', e.id, source, e.options, e.mappings];
}

function request(e: DatasetEntry): WorkerRequest {
  const options = { ...e.options, mappings: e.mappings };
  switch (e.source.kind) {
    case 'demo':
      // The one file does not carry the demo (the user opens a copy of it as a file instead).
      if (SINGLE_FILE) throw new MissingDataError();
      return { kind: 'encoded', url: demoUrl('national.bin') };
    case 'example': {
      const ex = exampleById(e.source.example);
      if (!ex) throw new Error(`unknown example ${e.source.example}`);
      return { kind: 'files', files: [{ name: ex.fileName, blob: new Blob([ex.text]) }], options };
    }
    default:
      return { kind: 'files', files: e.source.files.map((f) => ({ name: f.name, blob: f.blob })), options };
  }
}

/** Read and score a dataset in a worker; cancelling the query terminates the worker. */
export function datasetQuery(e: DatasetEntry) {
  return queryOptions({
    queryKey: datasetKey(e),
    // A national dataset holds hundreds of MB: drop it soon after no view shows it (it is re-read on demand).
    gcTime: 5 * 60 * 1000,
    queryFn: async ({ signal }): Promise<LoadedDataset> => {
      setLoadProgress(e.id, { phase: 'read', done: 0, total: 1 });
      try {
        return await runInWorker(request(e), { signal, onProgress: (p) => setLoadProgress(e.id, p) });
      } finally {
        setLoadProgress(e.id, null);
      }
    },
  });
}
