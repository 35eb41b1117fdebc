/**
 * Start the ingest worker from a source inlined in the page (the one-file build: a page opened from disk
 * may not load a worker from another file, but may start one from a Blob URL of its own). Vite bundles
 * the worker into a string (a classic script: vite.single.config.ts says why); its wrapper makes the Blob
 * URL and revokes it once the worker has loaded.
 */
import IngestWorker from './ingest.worker.ts?worker&inline';

export function startIngestWorker(): Worker {
  return new IngestWorker({ name: 'ingest' });
}
