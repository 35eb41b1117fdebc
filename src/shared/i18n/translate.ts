import type { Lang } from './settings';
import { SINGLE_FILE } from '@/shared/env/single-file';
import { en } from './messages-en';
import { th, type MessageKey } from './messages-th';
import { SINGLE_FILE_TEXTS } from './single-file-texts';

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const TABLES: Record<Lang, Record<MessageKey, string>> = SINGLE_FILE
  ? { th: { ...th, ...SINGLE_FILE_TEXTS.th }, en: { ...en, ...SINGLE_FILE_TEXTS.en } }
  : { th, en };

/** Fill `{name}` placeholders; a missing value leaves the placeholder visible (a bug to see, not hide). */
export function interpolate(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : m,
  );
}

/** The texts of one language. */
export function translator(lang: Lang): Translate {
  const table = TABLES[lang];
  return (key, params) => interpolate(table[key], params);
}
