/**
 * Start the summary view's worker from a source inlined in the page (the one-file build; see
 * src/shared/dataset/ingest-worker.inline.ts for why a page opened from disk needs this).
 */
import GroupWorker from './group.worker.ts?worker&inline';

export function startGroupWorker(): Worker {
  return new GroupWorker({ name: 'summary' });
}
