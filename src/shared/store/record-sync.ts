/**
 * Tabs of the app in one browser tell each other when they have written a document (BroadcastChannel),
 * so an open plan shows another tab's edits at once. A message can be missed (a tab asleep, a browser
 * without BroadcastChannel): when the tab comes back into view it checks the store itself, and every
 * write merges with what is stored anyway (versioned-store.ts), so a missed message never loses an edit.
 */

export interface ChangeMessage {
  store: 'plans' | 'reports';
  id: string;
  /** The record's rev after the write; -1 when it was deleted. */
  rev: number;
}

const CHANNEL = 'ita-lens-records';

let channel: BroadcastChannel | null | undefined;

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  try {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  } catch {
    channel = null;
  }
  return channel;
}

export function announce(msg: ChangeMessage): void {
  try {
    getChannel()?.postMessage(msg);
  } catch {
    // another tab will see it when it next looks at the store
  }
}

const isMessage = (x: unknown): x is ChangeMessage =>
  typeof x === 'object' &&
  x !== null &&
  ((x as ChangeMessage).store === 'plans' || (x as ChangeMessage).store === 'reports') &&
  typeof (x as ChangeMessage).id === 'string' &&
  typeof (x as ChangeMessage).rev === 'number';

/**
 * Call `onChange` for each document another tab wrote, and `onReturn` when this tab comes back into view
 * (to catch up on anything missed). Returns the unsubscribe function.
 */
export function listen(onChange: (m: ChangeMessage) => void, onReturn: () => void): () => void {
  const ch = getChannel();
  const onMessage = (e: MessageEvent) => {
    if (isMessage(e.data)) onChange(e.data);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') onReturn();
  };
  ch?.addEventListener('message', onMessage);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  if (typeof window !== 'undefined') window.addEventListener('focus', onReturn);
  return () => {
    ch?.removeEventListener('message', onMessage);
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
    if (typeof window !== 'undefined') window.removeEventListener('focus', onReturn);
  };
}
