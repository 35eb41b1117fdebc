import type { Lang } from '@analysis/text/lang';
import { round } from '@analysis/scoring/round';
import { toThaiDigits } from '@analysis/text/thai-digits';
import type { Digits } from './settings';

/** Number formatting for one language and digit choice (Intl; `-u-nu-thai` gives Thai digits ๐–๙). */
export interface Formatter {
  /** A score or share with exactly `fraction` decimals (2 by default); NaN/null → `—`. */
  num(v: number | null | undefined, fraction?: number): string;
  /** A whole number with thousands grouping. */
  int(v: number): string;
  /** A fiscal year (Buddhist Era), digits only, no grouping: 2567 or ๒๕๖๗. */
  year(v: number): string;
  /** A share 0–100 shown as a percent with `fraction` decimals. */
  pct(v: number, fraction?: number): string;
  /** Plain text whose digits follow the digit setting (e.g. a row list `12, 18`). */
  digits(s: string): string;
}

export function localeFor(lang: Lang, digits: Digits): string {
  const base = lang === 'th' ? 'th-TH' : 'en-GB';
  return `${base}-u-nu-${digits === 'thai' ? 'thai' : 'latn'}`;
}

const cache = new Map<string, Formatter>();

export function formatter(lang: Lang, digits: Digits): Formatter {
  const key = `${lang}/${digits}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const locale = localeFor(lang, digits);
  const fixed = new Map<number, Intl.NumberFormat>();
  const fixedFmt = (f: number): Intl.NumberFormat => {
    let nf = fixed.get(f);
    if (!nf) {
      nf = new Intl.NumberFormat(locale, { minimumFractionDigits: f, maximumFractionDigits: f });
      fixed.set(f, nf);
    }
    return nf;
  };
  const intFmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const yearFmt = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 });
  const f: Formatter = {
    // Rounded half away from zero first, as every published figure is (analysis/scoring/round.ts).
    num: (v, fraction = 2) =>
      v === null || v === undefined || Number.isNaN(v) ? '—' : fixedFmt(fraction).format(round(v, fraction)),
    int: (v) => intFmt.format(v),
    year: (v) => yearFmt.format(v),
    pct: (v, fraction = 0) => `${fixedFmt(fraction).format(round(v, fraction))}%`,
    digits: (s) => (digits === 'thai' ? toThaiDigits(s) : s),
  };
  cache.set(key, f);
  return f;
}
