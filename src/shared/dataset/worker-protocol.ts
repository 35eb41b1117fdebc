import type { IngestOptions } from '@analysis/ingest/ingest';
import type { Reading } from '@analysis/ingest/text/types';
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
  | { kind: 'sheets'; name: string; blob: Blob }
  /** A document to read for its figures: a PDF or text file, or text pasted from a PDF viewer. */
  | { kind: 'document'; name: string; blob: Blob }
  | { kind: 'document'; name: string; text: string };

export type Phase = 'read' | 'parse' | 'score';

export type WorkerResponse =
  | { kind: 'progress'; phase: Phase; done: number; total: number }
  | { kind: 'done'; result: LoadedDataset }
  | { kind: 'sheets'; sheets: string[] }
  | { kind: 'reading'; reading: Reading }
  /** A workbook that cannot be opened, in both languages. */
  | { kind: 'workbook-error'; th: string; en: string }
  | { kind: 'error'; message: string; missing?: boolean };
