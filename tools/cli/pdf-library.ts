import type { PdfLibrary } from '../../analysis/ingest/pdf/read-pdf';

let loading: Promise<PdfLibrary> | null = null;

/**
 * PDF.js for the CLI, loaded the first time a PDF is read: the legacy build, which PDF.js recommends for
 * Node (its modern build targets current browsers), the same build the app's worker runs. Its worker module
 * is handed over as `globalThis.pdfjsWorker`, so parsing runs in this process without a worker thread.
 */
export function loadPdfLibrary(): Promise<PdfLibrary> {
  loading ??= (async () => {
    const [lib, worker] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    ]);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdf: PdfLibrary = lib;
    return pdf;
  })();
  return loading;
}
