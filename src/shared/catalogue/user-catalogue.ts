import { useSyncExternalStore } from 'react';
import type { MergeMode } from '@analysis/measures/types';

/** A measures catalogue the user loaded (CSV text as given) and how it joins the built-in one. */
export interface UserCatalogue {
  name: string;
  text: string;
  mode: MergeMode;
  /** When it was loaded (ms since epoch); part of the catalogue's query key. */
  loadedAt: number;
}

const KEY = 'ita-lens:user-catalogue';
const listeners = new Set<() => void>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function read(): UserCatalogue | null {
  try {
    const raw = storage()?.getItem(KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<UserCatalogue>;
    if (
      typeof v.name !== 'string' ||
      typeof v.text !== 'string' ||
      (v.mode !== 'add' && v.mode !== 'replace')
    )
      return null;
    return {
      name: v.name,
      text: v.text,
      mode: v.mode,
      loadedAt: typeof v.loadedAt === 'number' ? v.loadedAt : 0,
    };
  } catch {
    return null;
  }
}

let current = read();

/** Keep (or, with null, forget) the user's catalogue. Returns false when the browser refused to store it. */
export function setUserCatalogue(c: UserCatalogue | null): boolean {
  current = c;
  let saved = true;
  try {
    if (c) storage()?.setItem(KEY, JSON.stringify(c));
    else storage()?.removeItem(KEY);
  } catch {
    saved = false; // kept in memory for this session
  }
  for (const l of listeners) l();
  return saved;
}

/** The user's catalogue, re-rendering when it changes. */
export function useUserCatalogue(): UserCatalogue | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
