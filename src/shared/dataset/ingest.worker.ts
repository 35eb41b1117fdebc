/**
 * The ingest worker (a module worker of our own: PapaParse's `worker: true` breaks in Vite builds).
 * Reads the files' bytes, runs ingest and scoring, and sends the typed columns back by transfer.
 */
import { SLOT_COUNT } from '@analysis/codes';
import type { Dataset } from '@analysis/dataset';
import { decodeDataset, isEncodedDataset } from '@analysis/exports/columnar';
import { listSheets } from '@analysis/ingest/xlsx/read-workbook';
import { sheetOfSourceName } from './sheet-name';
import { ingest } from '@analysis/ingest/ingest';
import { readDocumentBytes, readDocumentText } from '@analysis/ingest/text/read-bytes';
import { scoreAll } from '@analysis/scoring/score-all';
import { transferablesOf } from './transferables';
import { SINGLE_FILE } from '@/shared/env/single-file';
import { NO_PDF_IN_SINGLE_FILE } from './single-file-pdf';
import type { FilePreview, LoadedDataset } from './types';
import type { Phase, WorkerRequest, WorkerResponse } from './worker-protocol';

function post(msg: WorkerResponse, transfer: Transferable[] = []): void {
  self.postMessage(msg, { transfer });
}

let lastPost = 0;
function progress(phase: Phase, done: number, total: number): void {
  const now = performance.now();
  if (now - lastPost < 50 && done < total) return;
  lastPost = now;
  post({ kind: 'progress', phase, done, total });
}

async function readAll(
  files: { name: string; blob: Blob }[],
): Promise<{ name: string; bytes: Uint8Array; sheet?: string }[]> {
  const total = files.reduce((n, f) => n + f.blob.size, 0);
  let done = 0;
  const out: { name: string; bytes: Uint8Array; sheet?: string }[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(await f.blob.arrayBuffer());
    const sheet = sheetOfSourceName(f.name);
    out.push(sheet === undefined ? { name: f.name, bytes } : { name: f.name, bytes, sheet });
    done += f.blob.size;
    progress('read', done, total);
  }
  return out;
}

/** Sample rows of the files the mapping step is offered for (ingest keeps them in the file report). */
function previews(result: LoadedDataset['dataset']): FilePreview[] {
  const out: FilePreview[] = [];
  result.files.forEach((report, i) => {
    if (report.sample) out.push({ file: i, rows: report.sample });
  });
  return out;
}

function slotCounts(ds: Dataset): Float64Array {
  const counts = new Float64Array(SLOT_COUNT);
  const slots = ds.table.slot;
  for (let i = 0; i < slots.length; i++) counts[slots[i] as number]++;
  return counts;
}

async function fetchBytes(url: string): Promise<Uint8Array | null> {
  const res = await fetch(url);
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const total = Number(res.headers.get('content-length')) || 0;
  if (!res.body || !total) return new Uint8Array(await res.arrayBuffer());
  const bytes = new Uint8Array(total);
  const reader = res.body.getReader();
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.length > bytes.length)
      return new Uint8Array(await new Blob([bytes.subarray(0, at), value]).arrayBuffer());
    bytes.set(value, at);
    at += value.length;
    progress('read', at, total);
  }
  return bytes.subarray(0, at);
}

function decoded(bytes: Uint8Array): LoadedDataset {
  progress('parse', 0, 1);
  const { dataset, meta } = decodeDataset(bytes);
  progress('score', 0, 1);
  return { dataset, scoreboard: scoreAll(dataset), previews: [], slotCounts: slotCounts(dataset), meta };
}

function ingested(
  files: Parameters<typeof ingest>[0],
  options: Extract<WorkerRequest, { kind: 'files' }>['options'],
): LoadedDataset {
  const dataset = ingest(files, { ...options, onProgress: (done, total) => progress('parse', done, total) });
  progress('score', 0, 1);
  return {
    dataset,
    scoreboard: scoreAll(dataset),
    previews: previews(dataset),
    slotCounts: slotCounts(dataset),
    meta: {},
  };
}

async function run(req: WorkerRequest): Promise<void> {
  let result: LoadedDataset;
  if (req.kind === 'sheets') {
    const r = listSheets(new Uint8Array(await req.blob.arrayBuffer()), req.name);
    post(
      'error' in r
        ? { kind: 'workbook-error', th: r.error.th, en: r.error.en }
        : { kind: 'sheets', sheets: r.sheets },
    );
    return;
  }
  if (req.kind === 'document') {
    // PDF.js is loaded only when the document is a PDF (a chunk of its own, fetched then). The one-file
    // build leaves it out (1.7 MB more, parsed by every worker it starts): there a PDF gets a note to paste.
    const loadPdf = SINGLE_FILE
      ? NO_PDF_IN_SINGLE_FILE
      : () => import('@analysis/ingest/pdf/load-pdfjs').then((m) => m.loadPdfjs());
    const reading =
      'text' in req
        ? readDocumentText(req.name, req.text)
        : await readDocumentBytes(req.name, new Uint8Array(await req.blob.arrayBuffer()), loadPdf);
    post({ kind: 'reading', reading });
    return;
  }
  if (req.kind === 'encoded') {
    const bytes = await fetchBytes(req.url);
    if (!bytes) {
      post({ kind: 'error', message: 'not found', missing: true });
      return;
    }
    result = decoded(bytes);
  } else {
    const files = await readAll(req.files);
    // A copy of the demo file the user picked (the one-file build does not carry the demo) is decoded as such.
    const only = files.length === 1 ? files[0] : undefined;
    result = only && isEncodedDataset(only.bytes) ? decoded(only.bytes) : ingested(files, req.options);
  }
  post({ kind: 'done', result }, transferablesOf(result));
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  run(e.data).catch((err: unknown) => {
    post({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  });
};
