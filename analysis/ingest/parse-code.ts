import { codeSlot } from '../codes';
import { toArabicDigits } from '../text/thai-digits';

/** Result of reading a code cell: a slot (see codes.ts), `TOOL_CODE` for IIT/EIT/OIT, or -1 when unknown. */
export const TOOL_CODE = -2;

const OVERALL_WORDS = new Set([
  'overall',
  'ita',
  'คะแนนรวม',
  'รวม',
  'ภาพรวม',
  'total',
  'คะแนนita',
  'itascore',
]);
const TOOL_WORDS = new Set(['iit', 'eit', 'oit']);
const PREFIX_RE = /^(?:ข้อคำถามที่|ข้อคำถาม|ข้อที่|ข้อ|ตัวชี้วัดที่|ตัวชี้วัด|indicator|ind\.?|item|question|no\.?|#)/i;

/** Normalise a code-like text: Thai digits to Arabic, no spaces, no dots/dashes between letter and digits. */
export function normaliseCodeText(raw: string): string {
  return toArabicDigits(raw)
    .replace(/\s+/g, '')
    .replace(/^["'`]+|["'`]+$/g, '');
}

/**
 * Read a code cell into a slot: `1`–`10` (indicators), `I1`…, `E1`…, `O1`… (any case, spaces,
 * leading zeros and Thai digits allowed, e.g. `i 13`, `E๑๐`, `O05`, `ตัวชี้วัดที่ 3`), or the overall score
 * (`overall`, `ITA`, `คะแนนรวม`). Returns -1 for anything else, TOOL_CODE for a tool name.
 */
export function parseCodeCell(raw: string): number {
  let s = normaliseCodeText(raw);
  if (s === '') return -1;
  const lower = s.toLowerCase();
  if (OVERALL_WORDS.has(lower)) return 0;
  if (TOOL_WORDS.has(lower)) return TOOL_CODE;
  s = s.replace(PREFIX_RE, '');
  const m = /^([IEOieo]?)[-.]?0*(\d{1,3})(?:\.0+)?$/.exec(s);
  if (!m) return -1;
  const letter = (m[1] ?? '').toUpperCase();
  return codeSlot(`${letter}${m[2]}`);
}
