import { useSyncExternalStore } from 'react';
import { readSettings, writeSettings, type Settings } from './settings';

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

let current: Settings = readSettings(localStore());
const listeners = new Set<() => void>();

function apply(s: Settings): void {
  if (typeof document !== 'undefined') document.documentElement.lang = s.lang;
}
apply(current);

/** Change settings: saved, applied to <html lang>, and every subscriber re-renders. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  writeSettings(localStore(), current);
  apply(current);
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The current settings (language, digits). */
export function useSettings(): Settings {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => current,
  );
}
