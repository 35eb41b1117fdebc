import type { Lang } from '../text/lang';
import { round } from '../scoring/round';
import { toThaiDigits } from '../text/thai-digits';

/** Thai digits ๐–๙ or Arabic digits, as the UI's digit switch. */
export type DigitStyle = 'thai' | 'arabic';

/** Digits of plain text in the chosen style. */
export function withDigits(s: string, digits: DigitStyle): string {
  return digits === 'thai' ? toThaiDigits(s) : s;
}

/** A score or change in points, rounded half away from zero to 2 decimals, without sign: `3.20`. */
export function points(v: number, digits: DigitStyle): string {
  return withDigits(Math.abs(round(v, 2)).toFixed(2), digits);
}

/** A fiscal year (BE), digits only. */
export function yearText(y: number, digits: DigitStyle): string {
  return withDigits(String(y), digits);
}

/** Years as a short list with runs joined: `2562, 2564–2566`. */
export function yearList(years: readonly number[], digits: DigitStyle): string {
  const parts: string[] = [];
  let i = 0;
  while (i < years.length) {
    let j = i;
    while (j + 1 < years.length && (years[j + 1] as number) === (years[j] as number) + 1) j++;
    const a = yearText(years[i] as number, digits);
    parts.push(j > i ? `${a}–${yearText(years[j] as number, digits)}` : a);
    i = j + 1;
  }
  return parts.join(', ');
}

/** Items joined as a sentence list: `a, b และ c` / `a, b and c`. */
export function joinList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'th' ? ' และ ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
