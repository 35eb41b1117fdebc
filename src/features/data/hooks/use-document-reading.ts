import { useCallback, useEffect, useRef, useState } from 'react';
import type { Message } from '@analysis/ingest/problem-log';
import { readDocumentInWorker } from '@/shared/dataset/worker-client';
import { loadDraft, newDraft, saveDraft, type Draft } from '../lib/reading-draft';
import { onDocumentOffered } from '../lib/pending-document';

export type ReadingState =
  | { status: 'idle' }
  | { status: 'reading'; name: string }
  | { status: 'failed'; name: string; detail: string | Message }
  | { status: 'ready'; draft: Draft };

/**
 * The document reader's state on the data page: read pasted text or a file in a worker, then keep the
 * draft of the confirm step (saved in the browser on every change, restored on reload).
 */
export function useDocumentReading() {
  const [state, setState] = useState<ReadingState>(() => {
    const d = loadDraft();
    return d ? { status: 'ready', draft: d } : { status: 'idle' };
  });
  const abort = useRef<AbortController | null>(null);

  const read = useCallback((source: { name: string; blob: Blob } | { name: string; text: string }) => {
    abort.current?.abort();
    const ac = new AbortController();
    abort.current = ac;
    setState({ status: 'reading', name: source.name });
    readDocumentInWorker(source, ac.signal).then(
      (reading) => {
        // Nothing could be read (a scan, a damaged PDF, a PDF in the one-file build): say why beside the
        // paste box, where the user can paste the text at once.
        if (reading.failure && reading.values.length === 0) {
          setState({ status: 'failed', name: source.name, detail: reading.failure });
          return;
        }
        const draft = newDraft(reading);
        saveDraft(draft);
        setState({ status: 'ready', draft });
      },
      (err: unknown) => {
        if (ac.signal.aborted) return;
        setState({
          status: 'failed',
          name: source.name,
          detail: err instanceof Error ? err.message : String(err),
        });
      },
    );
  }, []);

  const cancel = useCallback(() => {
    abort.current?.abort();
    setState({ status: 'idle' });
  }, []);

  const update = useCallback((draft: Draft) => {
    saveDraft(draft);
    setState({ status: 'ready', draft });
  }, []);

  const discard = useCallback(() => {
    saveDraft(null);
    setState({ status: 'idle' });
  }, []);

  // A PDF dropped on the file box comes here.
  useEffect(() => onDocumentOffered((f) => read({ name: f.name, blob: f })), [read]);

  useEffect(() => () => abort.current?.abort(), []);

  return { state, read, cancel, update, discard };
}
