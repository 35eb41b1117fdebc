import type { MergeMode } from '@analysis/measures/types';
import { createLocalStore } from '@/shared/store/local-store';

/** A measures catalogue the user loaded (CSV text as given) and how it joins the built-in one. */
export interface UserCatalogue {
  name: string;
  text: string;
  mode: MergeMode;
  /** When it was loaded (ms since epoch); part of the catalogue's query key. */
  loadedAt: number;
}

/** A saved catalogue as read back; null when there is none or it cannot be read. */
export function parseUserCatalogue(saved: unknown): UserCatalogue | null {
  const v = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<UserCatalogue>;
  if (typeof v.name !== 'string' || typeof v.text !== 'string' || (v.mode !== 'add' && v.mode !== 'replace'))
    return null;
  return {
    name: v.name,
    text: v.text,
    mode: v.mode,
    loadedAt: typeof v.loadedAt === 'number' ? v.loadedAt : 0,
  };
}

const catalogue = createLocalStore('ita-lens:user-catalogue', parseUserCatalogue);

/** Keep (or, with null, forget) the user's catalogue. Returns false when the browser refused to store it. */
export function setUserCatalogue(c: UserCatalogue | null): boolean {
  return catalogue.save(c);
}

/** The user's catalogue, re-rendering when it changes. */
export function useUserCatalogue(): UserCatalogue | null {
  return catalogue.useValue();
}
