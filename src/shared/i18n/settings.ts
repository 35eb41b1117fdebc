import type { Lang } from '@analysis/text/lang';
/** User settings kept across visits (localStorage: read synchronously, so the first paint is right). */
export type Digits = 'thai' | 'arabic';

export interface Settings {
  lang: Lang;
  digits: Digits;
}

export const DEFAULT_SETTINGS: Settings = { lang: 'th', digits: 'arabic' };

const KEY = 'ita-lens:settings';

/** Read saved settings; anything missing, unreadable or unknown falls back to the defaults. */
export function readSettings(storage: Pick<Storage, 'getItem'> | null): Settings {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return DEFAULT_SETTINGS;
    const v = JSON.parse(raw) as Partial<Record<keyof Settings, unknown>>;
    return {
      lang: v.lang === 'en' ? 'en' : 'th',
      digits: v.digits === 'thai' ? 'thai' : 'arabic',
    };
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Save settings; a storage that refuses (private mode, full) only loses the memory of them. */
export function writeSettings(storage: Pick<Storage, 'setItem'> | null, s: Settings): void {
  try {
    storage?.setItem(KEY, JSON.stringify(s));
  } catch {
    // Settings still apply for this visit.
  }
}
