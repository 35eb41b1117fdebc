import { createLocalStore } from '@/shared/store/local-store';
import { parseSettings, type Settings } from './settings';

const settings = createLocalStore('ita-lens:settings', parseSettings);

function apply(s: Settings): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = s.lang;
  // A chosen theme overrides the system's (styles/theme.css); "system" leaves it to the media query.
  if (s.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = s.theme;
}
apply(settings.get());

/** Change settings: saved, applied to <html lang> and the theme, and every subscriber re-renders. */
export function updateSettings(patch: Partial<Settings>): void {
  settings.save({ ...settings.get(), ...patch });
  apply(settings.get());
}

/** Be told when any setting changes; returns the way to stop. */
export function subscribeSettings(onChange: () => void): () => void {
  return settings.subscribe(onChange);
}

/** The settings as they are now, outside React. */
export function currentSettings(): Settings {
  return settings.get();
}

/** The current settings (language, digits, theme). */
export function useSettings(): Settings {
  return settings.useValue();
}
