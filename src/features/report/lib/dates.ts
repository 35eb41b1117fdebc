import { toArabicDigits } from '@analysis/text/thai-digits';

/**
 * Dates as a Thai working group writes them: day/month/year in the Buddhist Era (`1/10/2567`, Thai digits
 * welcome, `-` or `.` between), a Thai month name (`1 ต.ค. 2567`, `1 ตุลาคม 2567`), or ISO (`2024-10-01`).
 * A year of 2400 or more is BE; a smaller one is CE. Stored as ISO (Gregorian) `YYYY-MM-DD`.
 */

const MONTHS: readonly (readonly string[])[] = [
  ['ม.ค.', 'มกราคม', 'มค'],
  ['ก.พ.', 'กุมภาพันธ์', 'กพ'],
  ['มี.ค.', 'มีนาคม', 'มีค'],
  ['เม.ย.', 'เมษายน', 'เมย'],
  ['พ.ค.', 'พฤษภาคม', 'พค'],
  ['มิ.ย.', 'มิถุนายน', 'มิย'],
  ['ก.ค.', 'กรกฎาคม', 'กค'],
  ['ส.ค.', 'สิงหาคม', 'สค'],
  ['ก.ย.', 'กันยายน', 'กย'],
  ['ต.ค.', 'ตุลาคม', 'ตค'],
  ['พ.ย.', 'พฤศจิกายน', 'พย'],
  ['ธ.ค.', 'ธันวาคม', 'ธค'],
];

function monthOf(word: string): number | null {
  const w = word.replace(/\./g, '');
  const i = MONTHS.findIndex((names) => names.some((n) => n.replace(/\./g, '') === w));
  return i < 0 ? null : i + 1;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** ISO date of a day, or null when there is no such day (31 April, 29 February of a common year). */
export function isoOf(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 2300 || month < 1 || month > 12 || day < 1) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ce = (y: number) => (y >= 2400 ? y - 543 : y);

/** What was typed: an ISO date, `null` for an empty box, or `'invalid'`. */
export function parseDateInput(text: string): string | null | 'invalid' {
  const s = toArabicDigits(text.normalize('NFC')).trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return isoOf(ce(Number(m[1])), Number(m[2]), Number(m[3])) ?? 'invalid';
  m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(s);
  if (m) return isoOf(ce(Number(m[3])), Number(m[2]), Number(m[1])) ?? 'invalid';
  m = /^(\d{1,2})\s*([\u0E00-\u0E7F.]+)\s*(?:พ\.?ศ\.?\s*)?(\d{4})$/.exec(s);
  if (m) {
    const month = monthOf(m[2] as string);
    if (month) return isoOf(ce(Number(m[3])), month, Number(m[1])) ?? 'invalid';
  }
  return 'invalid';
}

/** An ISO date as the box shows it: `1/10/2567` (BE), Thai digits when asked. */
export function dateInputText(iso: string | null, thaiDigits = false): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  if (!m) return '';
  const s = `${Number(m[3])}/${Number(m[2])}/${Number(m[1]) + 543}`;
  return thaiDigits ? s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d))) : s;
}
