/**
 * Start the ingest worker: a module worker loaded from its own file next to the app (dist/). The one-file
 * build (vite.single.config.ts) swaps this module for ingest-worker.inline.ts, whose worker source is
 * inlined in the page.
 */
export function startIngestWorker(): Worker {
  return new Worker(new URL('./ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' });
}
