import type { Lang } from '@analysis/text/lang';

/** User settings kept across visits (localStorage: read synchronously, so the first paint is right). */
export type Digits = 'thai' | 'arabic';
/** Colour theme: follow the system (default), or always light or dark. */
export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  lang: Lang;
  digits: Digits;
  theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = { lang: 'th', digits: 'arabic', theme: 'system' };

/** Saved settings as read back; anything missing or unknown falls back to the defaults. */
export function parseSettings(saved: unknown): Settings {
  const v = (typeof saved === 'object' && saved !== null ? saved : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  return {
    lang: v.lang === 'en' ? 'en' : 'th',
    digits: v.digits === 'thai' ? 'thai' : 'arabic',
    theme: v.theme === 'light' || v.theme === 'dark' ? v.theme : 'system',
  };
}
