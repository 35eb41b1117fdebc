import { toArabicDigits } from '../../text/thai-digits';
import { looseKey } from './clean-text';

/**
 * Regular-expression pieces the recognisers share. Thai words are matched with their marks optional
 * (`thai('ที่ได้')`), since a PDF's text may have lost them (clean-text.ts).
 */

const MARK = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/;

/** A regular-expression source for a Thai word or phrase whose marks may be missing; spaces match any run. */
export function thai(word: string): string {
  let out = '';
  for (const ch of word) {
    if (ch === ' ') out += '\\s*';
    else if (MARK.test(ch)) out += `${ch}?`;
    else out += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return out;
}

/** Digits, Thai or Arabic. */
export const DIGIT = '[0-9\u0e50-\u0e59]';

/**
 * A question or item code as plans print it: `E๑๐`, `E 10`, `I๙`, `O๓๓`, `ข้อ E10`; also `1๒๑`, a text
 * layer's `I` read as the digit one in front of Thai digits (scripts are never mixed in one number). Groups:
 * 1 letter, 2 digits; or 3 the `1`/`l`/`|` read for I, 4 its digits.
 */
export const CODE_RE = new RegExp(
  `(?<![A-Za-z0-9\\u0e50-\\u0e59])(?:${thai('ข้อ')}\\s*)?(?:([EIOeio])\\s?(${DIGIT}{1,2})|([1lI|])([\\u0e50-\\u0e59]{1,2}))(?!${DIGIT}|[.,]${DIGIT}|\\s*[.)]?\\s*[ก-ฮ]\\.)`,
  'g',
);

/** The canonical code of a CODE_RE match (`E10`, `I21`, `O5`), and whether the I was read from a `1`. */
export function codeOf(m: RegExpExecArray): { code: string; fromDigit: boolean } {
  if (m[1] !== undefined) {
    return { code: `${m[1].toUpperCase()}${Number(toArabicDigits(m[2] ?? ''))}`, fromDigit: false };
  }
  return { code: `I${Number(toArabicDigits(m[4] ?? ''))}`, fromDigit: true };
}

/** A whole cell that is a number (a score or a share). */
export const NUMBER_CELL = new RegExp(`^${DIGIT}{1,3}(?:[.,]${DIGIT}{1,2})?\\s*%?$`);

/** A whole cell or trailing word that is an OIT verdict; 100 for มี/ผ่าน, 0 for ไม่มี/ไม่ผ่าน. */
export function verdictOf(text: string): 100 | 0 | null {
  const t = text.trim();
  if (/^[✓✔☑]$/.test(t)) return 100;
  if (/^[✗✘☒×]$/.test(t)) return 0;
  const k = looseKey(t);
  if (k === 'ม' || k === 'ผาน') return 100;
  if (k === 'ไมม' || k === 'ไมผาน') return 0;
  return null;
}
