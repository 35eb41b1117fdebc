import { useSyncExternalStore } from 'react';

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

/** The system's colour scheme, live (the app follows it; there is no separate switch). */
export function useColorScheme(): ColorScheme {
  return useMediaQuery('(prefers-color-scheme: dark)') ? 'dark' : 'light';
}
