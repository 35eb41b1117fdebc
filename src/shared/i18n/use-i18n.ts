import { useMemo } from 'react';
import { useSettings } from './settings-store';
import type { Lang } from './settings';
import { formatter, type Formatter } from './format';
import { translator, type Translate } from './translate';

export type { MessageKey } from './messages-th';
export type { Params, Translate } from './translate';

export interface I18n {
  lang: Lang;
  t: Translate;
  fmt: Formatter;
  /** The text in the UI language from a Thai/English pair (e.g. a problem's two messages). */
  pick: (thText: string, enText: string) => string;
}

/** Texts and number formats in the chosen language and digits. */
export function useI18n(): I18n {
  const { lang, digits } = useSettings();
  return useMemo(
    () => ({
      lang,
      t: translator(lang),
      fmt: formatter(lang, digits),
      pick: (thText: string, enText: string) => (lang === 'th' ? thText : enText),
    }),
    [lang, digits],
  );
}
