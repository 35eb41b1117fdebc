import { toArabicDigits } from '../../text/thai-digits';

/**
 * Text out of PDFs is not the text that was typed. Thai fonts draw tone marks and upper vowels with glyph
 * variants that often carry no Unicode mapping, so a PDF's text layer may come out with a mark missing or
 * a NUL in its place, and ำ as ํ + า. Text copied from a viewer carries no-break and zero-width spaces.
 * `cleanText` repairs what can be repaired for display; `looseKey` drops what may be missing, for matching
 * words and wordings (never for numbers, which are read from the cleaned text).
 */

/** Text as shown to the user: NULs and zero-width characters gone, ำ joined, white space single. */
export function cleanText(raw: string): string {
  return (
    raw
      // eslint-disable-next-line no-control-regex -- a PDF's text layer writes NUL for a glyph it cannot map
      .replace(/[\u0000\u200b-\u200d\ufeff\u00ad]/g, '')
      .replace(/\u0e4d\u0e32/g, '\u0e33')
      .replace(/[\u00a0\u2000-\u200a\u202f\u3000]/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}

/** Thai marks above and below a letter (vowels and tone marks), which a PDF's text may lose. */
const MARKS = /[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/g;

/**
 * A key for matching words and wordings: marks, digits, white space and punctuation dropped, Latin letters
 * in lower case. `ช่องทาง` and `ชองทาง` (a mark lost) get the same key.
 */
export function looseKey(raw: string): string {
  return cleanText(raw)
    .replace(/\u0e33/g, '\u0e32')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[\s\d\u0e50-\u0e59.,:;!?'"“”‘’()[\]{}<>/\\|*_+=%#&^~`-]+/g, '');
}

/** A number as documents print scores and shares: `๖๖.๐๐`, `66.00`, `4.26`, `100` (Thai or Arabic digits). */
export const NUMBER_SOURCE = '[0-9\u0e50-\u0e59]{1,3}(?:[.,][0-9\u0e50-\u0e59]{1,2})?';

/** The value of a number printed as NUMBER_SOURCE matches, or NaN. */
export function numberValue(printed: string): number {
  const s = toArabicDigits(printed.trim()).replace(',', '.');
  return /^\d{1,3}(\.\d{1,2})?$/.test(s) ? Number(s) : NaN;
}

/** Character pairs of a key, with counts (for `similarity`). */
function pairs(key: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < key.length; i++) {
    const p = key.slice(i, i + 2);
    m.set(p, (m.get(p) ?? 0) + 1);
  }
  return m;
}

/**
 * How alike two wordings are, 0–1: the Dice coefficient of their character pairs, on loose keys (Thai is
 * written without spaces between words, so pairs of characters stand in for words). 1 = the same wording.
 */
export function similarity(a: string, b: string): number {
  const A = pairs(looseKey(a));
  const B = pairs(looseKey(b));
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const v of A.values()) na += v;
  for (const v of B.values()) nb += v;
  for (const [k, v] of A) common += Math.min(v, B.get(k) ?? 0);
  return na + nb === 0 ? 0 : (2 * common) / (na + nb);
}
