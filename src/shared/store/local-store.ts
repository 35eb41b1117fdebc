import { createStore, type ExternalStore } from './external-store';

/**
 * A small value kept in localStorage (read synchronously, so the first paint is right: the language, a
 * loaded catalogue). A browser that refuses storage (private mode, full) keeps the value for this visit.
 */
export interface LocalStore<T> extends ExternalStore<T> {
  /** Change the value and save it; false when the browser refused to keep it (it still applies now). */
  save(next: T): boolean;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function readSaved(key: string): unknown {
  try {
    const raw = storage()?.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

/**
 * The value saved under `key`, read by `parse` (which returns `fallback`'s like for anything missing,
 * damaged or unknown); `null` removes the key.
 */
export function createLocalStore<T>(key: string, parse: (saved: unknown) => T): LocalStore<T> {
  const store = createStore(parse(readSaved(key)));
  return {
    ...store,
    save(next) {
      store.set(next);
      try {
        if (next === null) storage()?.removeItem(key);
        else storage()?.setItem(key, JSON.stringify(next));
        return true;
      } catch {
        return false;
      }
    },
  };
}
