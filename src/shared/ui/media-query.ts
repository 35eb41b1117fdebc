import { useSyncExternalStore } from 'react';
import { currentSettings, subscribeSettings } from '@/shared/i18n/settings-store';

/** Whether a CSS media query matches now, live (false where there is no window). */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const mq = window.matchMedia(query);
      mq.addEventListener('change', onChange);
      return () => mq.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** A phone-width viewport (≤ 640 px, the CSS breakpoint of app.css): charts shorten their labels. */
export function useNarrow(): boolean {
  return useMediaQuery('(max-width: 640px)');
}

export type ColorScheme = 'light' | 'dark';

const DARK = '(prefers-color-scheme: dark)';

/** The colour scheme in effect: the theme the user chose, or the system's when it is "system". */
export function colorSchemeNow(): ColorScheme {
  const theme = currentSettings().theme;
  if (theme !== 'system') return theme;
  return window.matchMedia(DARK).matches ? 'dark' : 'light';
}

/** The colour scheme in effect, live (the theme switch or the system's setting changing). */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(
    (onChange) => {
      const mq = window.matchMedia(DARK);
      mq.addEventListener('change', onChange);
      const off = subscribeSettings(onChange);
      return () => {
        mq.removeEventListener('change', onChange);
        off();
      };
    },
    colorSchemeNow,
    () => 'light',
  );
}
