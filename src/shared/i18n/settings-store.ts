import { createLocalStore } from '@/shared/store/local-store';
import { parseSettings, type Settings } from './settings';

const settings = createLocalStore('ita-lens:settings', parseSettings);

function apply(s: Settings): void {
  if (typeof document !== 'undefined') document.documentElement.lang = s.lang;
}
apply(settings.get());

/** Change settings: saved, applied to <html lang>, and every subscriber re-renders. */
export function updateSettings(patch: Partial<Settings>): void {
  settings.save({ ...settings.get(), ...patch });
  apply(settings.get());
}

/** The current settings (language, digits). */
export function useSettings(): Settings {
  return settings.useValue();
}
