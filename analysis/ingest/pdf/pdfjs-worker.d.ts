/**
 * PDF.js's worker module has no type declarations of its own. ITA Lens imports it into its own worker (and
 * the CLI into Node) and hands it to PDF.js as `globalThis.pdfjsWorker`, so that PDF.js parses on the
 * thread that asked instead of starting a worker of its own (analysis/ingest/pdf/load-pdfjs.ts).
 */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
