import type { IngestOptions } from '@analysis/ingest/ingest';
import type { LoadedDataset } from './types';

/** A job for the ingest worker. */
export type WorkerRequest =
  | {
      kind: 'files';
      files: { name: string; blob: Blob }[];
      options: Omit<IngestOptions, 'onProgress' | 'frameworks'>;
    }
  /** An encoded dataset (the bundled demo) at an absolute URL of our own origin. */
  | { kind: 'encoded'; url: string }
  /** The worksheets of a workbook (read here, under the decompression limits, never in the page). */
  | { kind: 'sheets'; name: string; blob: Blob };

export type Phase = 'read' | 'parse' | 'score';

export type WorkerResponse =
  | { kind: 'progress'; phase: Phase; done: number; total: number }
  | { kind: 'done'; result: LoadedDataset }
  | { kind: 'sheets'; sheets: string[] }
  /** A workbook that cannot be opened, in both languages. */
  | { kind: 'workbook-error'; th: string; en: string }
  | { kind: 'error'; message: string; missing?: boolean };
