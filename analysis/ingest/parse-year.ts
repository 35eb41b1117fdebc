import { toArabicDigits } from '../text/thai-digits';

export type YearParse =
  { ok: true; year: number; fromCE: boolean } | { ok: false; reason: 'empty' | 'not-a-year' };

/**
 * Read a fiscal-year cell: `2567`, `๒๕๖๗`, `พ.ศ. 2567`, `ปีงบประมาณ 2567`, or a Common Era year (`2024`),
 * which is converted to Buddhist Era (+543). Years are kept as integers, never parsed as dates.
 */
export function parseYearCell(raw: string): YearParse {
  const s = toArabicDigits(raw).trim();
  if (s === '') return { ok: false, reason: 'empty' };
  const m = /^(?:พ\.?\s*ศ\.?|ปีงบประมาณ|ปีงบ|ปี|fy|ค\.?\s*ศ\.?)?\s*(\d{4})(?:\.0+)?$/i.exec(s);
  if (!m) return { ok: false, reason: 'not-a-year' };
  const n = Number(m[1]);
  if (n >= 1900 && n < 2400) return { ok: true, year: n + 543, fromCE: true };
  if (n >= 2400 && n < 2700) return { ok: true, year: n, fromCE: false };
  return { ok: false, reason: 'not-a-year' };
}
