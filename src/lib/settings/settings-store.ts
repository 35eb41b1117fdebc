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
  if (typeof document === 'undefined') return;
  document.documentElement.lang = s.lang;
  // A chosen theme overrides the system's (styles/theme.css); "system" leaves it to the media query.
  if (s.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = s.theme;
}
apply(current);

/** Change settings: saved, applied to <html lang>, and every subscriber re-renders. */
export function updateSettings(patch: Partial<Settings>): void {
  current = { ...current, ...patch };
  writeSettings(localStore(), current);
  apply(current);
  for (const l of listeners) l();
}

/** Be told when any setting changes; returns the way to stop. */
export function subscribeSettings(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** The settings as they are now, outside React. */
export function currentSettings(): Settings {
  return current;
}

/** The current settings (language, digits, theme). */
export function useSettings(): Settings {
  return useSyncExternalStore(
    subscribeSettings,
    () => current,
    () => current,
  );
}
