import type { Dataset } from '@analysis/dataset';
import type { Scoreboard } from '@analysis/scoring/score-all';

/** Column mappings a user chose: headerSignature → column index → role name (field, code or `ignore`). */
export type Mappings = Record<string, Record<number, string>>;

/** The bundled real examples (data/examples/). */
export type ExampleId = 'satengnok-2567' | 'huai-chorakhe-2566';

/** One file the user gave: its original bytes (a Blob, also what IndexedDB keeps) and its identity. */
export interface SourceFile {
  name: string;
  size: number;
  lastModified: number;
  blob: Blob;
}

/** Where a dataset's bytes come from. The demo and the examples ship with the app (kept by reference). */
export type DatasetSource =
  { kind: 'demo' } | { kind: 'example'; example: ExampleId } | { kind: 'files'; files: SourceFile[] };

/** What the user said about files that lack an agency or year column. */
export interface ReadOptions {
  orgId?: string;
  orgName?: string;
  /** Fiscal year, Buddhist Era. */
  year?: number;
}

/** A dataset the user opened: enough to read it again (in a worker) at any time. */
export interface DatasetEntry {
  /** Stable id used in URLs (`ds=`). */
  id: string;
  /** Shown name: the first file's name, or the demo's/example's title. */
  label: string;
  source: DatasetSource;
  options: ReadOptions;
  mappings: Mappings;
  /** When it was opened (ms since epoch). */
  addedAt: number;
}

/** First rows of a file whose headers were not recognised, for the column-mapping step. */
export interface FilePreview {
  /** Index into Dataset.files. */
  file: number;
  rows: string[][];
}

/** A dataset read and scored (in the worker), ready for views. */
export interface LoadedDataset {
  dataset: Dataset;
  scoreboard: Scoreboard;
  previews: FilePreview[];
  /** Rows per code slot (analysis/codes.ts), counted in the worker: which codes and levels are present. */
  slotCounts: Float64Array;
  /** Facts carried by a bundled file, e.g. `{ synthetic: true }`. */
  meta: Record<string, unknown>;
}
