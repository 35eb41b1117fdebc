import type { PdfLibrary } from './read-pdf';

let loading: Promise<PdfLibrary> | null = null;

/**
 * PDF.js (pdfjs-dist), imported the first time a PDF is read — in the app a chunk of its own that the ingest
 * worker fetches then, in the CLI a module loaded then. Both run the legacy build: PDF.js recommends it for
 * Node (its modern build targets current browsers only), and one build everywhere means the app reads a PDF
 * exactly as the CLI and the tests do. Its worker module is handed over as `globalThis.pdfjsWorker`, so
 * PDF.js parses on the thread that asked (the app's worker, the CLI's process) instead of starting a worker
 * of its own, which a page opened from disk could not load.
 */
export function loadPdfjs(): Promise<PdfLibrary> {
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
