import { useMemo } from 'react';
import { useSettings } from './settings-store';
import { interpolate, type Params } from './translate';

/**
 * A feature's own texts, kept beside the feature (src/features/<view>/messages.ts) so that views can be
 * built side by side without editing one shared file. `en` must have exactly the keys of `th`.
 */
export interface FeatureMessages<K extends string> {
  th: Record<K, string>;
  en: Record<K, string>;
}

/** Declare a feature's messages; the types hold English to the Thai keys. */
export function defineMessages<K extends string>(
  th: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): FeatureMessages<K> {
  return { th, en };
}

/** The feature's translator in the chosen UI language. */
export function useFeatureMessages<K extends string>(
  m: FeatureMessages<K>,
): (key: K, params?: Params) => string {
  const { lang } = useSettings();
  return useMemo(() => {
    const table = m[lang];
    return (key: K, params?: Params) => interpolate(table[key], params);
  }, [lang, m]);
}
