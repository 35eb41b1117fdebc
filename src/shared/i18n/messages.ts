import { useMemo } from 'react';
import type { Lang } from '@analysis/text/lang';
import { useSettings } from './settings-store';

/**
 * The one way texts are written: a table of Thai texts and the same keys in English, declared with
 * `defineMessages` (the common texts in common.ts; each view's beside it, src/features/<view>/messages.ts,
 * so views are built side by side without editing one shared file), read with `useMessages`.
 */
export interface Messages<K extends string> {
  th: Record<K, string>;
  en: Record<K, string>;
}

export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

/** Declare a table of texts; the types hold English to the Thai keys. */
export function defineMessages<K extends string>(
  th: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): Messages<K> {
  return { th, en };
}

/** Fill `{name}` placeholders; a missing value leaves the placeholder visible (a bug to see, not hide). */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  );
}

/** The translator of a table in one language (outside React: exports, tests). */
export function translate<K extends string>(m: Messages<K>, lang: Lang): Translate<K> {
  const table = m[lang];
  return (key, params) => interpolate(table[key], params);
}

/** The translator of a table in the chosen UI language. */
export function useMessages<K extends string>(m: Messages<K>): Translate<K> {
  const { lang } = useSettings();
  return useMemo(() => translate(m, lang), [lang, m]);
}
