import { useSyncExternalStore } from 'react';
import { currentSettings, subscribeSettings } from './settings/settings-store';

export type ColorScheme = 'light' | 'dark';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  const off = subscribeSettings(onChange);
  return () => {
    mq.removeEventListener('change', onChange);
    off();
  };
}

/** The colour scheme in effect: the theme the user chose, or the system's when it is "system". */
export function colorSchemeNow(): ColorScheme {
  const theme = currentSettings().theme;
  if (theme !== 'system') return theme;
  return window.matchMedia(QUERY).matches ? 'dark' : 'light';
}

/** The colour scheme in effect, live (the theme switch or the system's setting changing). */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, colorSchemeNow, () => 'light');
}
