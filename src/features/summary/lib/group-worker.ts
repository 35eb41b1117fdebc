/**
 * Start the summary view's worker: a module worker loaded from its own file next to the app (dist/). The
 * one-file build (vite.single.config.ts) swaps this module for group-worker.inline.ts, whose worker source
 * is inlined in the page.
 */
export function startGroupWorker(): Worker {
  return new Worker(new URL('./group.worker.ts', import.meta.url), { type: 'module', name: 'summary' });
}
