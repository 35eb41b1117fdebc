import { toArabicDigits } from '../text/thai-digits';

export type NumberParse =
  | { ok: true; value: number; note?: 'decimal-comma' | 'percent' }
  | { ok: false; reason: 'empty' | 'not-a-number' };

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Read a score cell: Arabic or Thai digits, optional `%` suffix, surrounding spaces, a Unicode minus,
 * and a decimal comma (`85,5`) when it cannot be a thousands separator. `NaN`, `Infinity`, `1O5` and
 * anything else that is not plainly a number is rejected; an empty cell is "empty", never zero.
 */
export function parseNumberCell(raw: string): NumberParse {
  let s = raw.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  s = toArabicDigits(s)
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\s+/g, '');
  let note: 'decimal-comma' | 'percent' | undefined;
  if (s.endsWith('%')) {
    s = s.slice(0, -1);
    note = 'percent';
  }
  if (/^[+-]?\d+,\d{1,2}$/.test(s)) {
    s = s.replace(',', '.');
    note = 'decimal-comma';
  }
  if (!NUMBER_RE.test(s)) return { ok: false, reason: 'not-a-number' };
  const value = Number(s);
  if (!Number.isFinite(value)) return { ok: false, reason: 'not-a-number' };
  return note ? { ok: true, value, note } : { ok: true, value };
}

/** Words that mean pass/fail in an OIT checklist cell. */
const PASS_WORDS = new Set(['ผ่าน', 'มี', 'pass', 'passed', 'yes', 'y', '✓', '✔', 'true']);
const FAIL_WORDS = new Set(['ไม่ผ่าน', 'ไม่มี', 'fail', 'failed', 'no', 'n', '✗', '✘', 'x', 'false']);

/** 100 for a pass word, 0 for a fail word, null otherwise. */
export function parsePassFail(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (PASS_WORDS.has(s)) return 100;
  if (FAIL_WORDS.has(s)) return 0;
  return null;
}
