import { useMemo } from 'react';
import type { Lang } from '@analysis/text/lang';
import { commonMessages, type MessageKey } from './common';
import { formatter, type Formatter } from './format';
import { translate, type Translate } from './messages';
import { useSettings } from './settings-store';

export type { MessageKey };

export interface I18n {
  lang: Lang;
  /** The common texts (common.ts); a view's own texts come from `useMessages(itsMessages)`. */
  t: Translate<MessageKey>;
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
      t: translate(commonMessages, lang),
      fmt: formatter(lang, digits),
      pick: (thText: string, enText: string) => (lang === 'th' ? thText : enText),
    }),
    [lang, digits],
  );
}
