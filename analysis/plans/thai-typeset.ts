/**
 * Text as a Thai official document sets it: characters XML cannot hold removed (a name with one of them
 * would make a .docx no program opens), Thai digits when asked, and the pairs that must not be split at
 * a line end bound together ("พ.ศ. ๒๕๖๗", "คะแนน ๖๖.๐๐", "ไตรมาส ๑–๔", "E๑๐", "ร้อยละ ๓๔.๐๔", a date
 * "๑ ต.ค. ๒๕๖๗"): a no-break space (U+00A0, which Sarabun has) where a space was, a word joiner (U+2060,
 * zero-width and default-ignorable, so it never shows) where there was none.
 */
import { toThaiDigits } from '../text/thai-digits';

const NBSP = '\u00A0';
const WJ = '\u2060';

/** XML 1.0 cannot hold C0 controls but tab, line feed and carriage return, nor U+FFFE and U+FFFF. */
function xmlChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) && c !== 0xfffe && c !== 0xffff;
}

/**
 * Removes what XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return, U+FFFE,
 * U+FFFF and unpaired surrogates. Everything else the user typed stays, tabs included.
 */
export function xmlSafe(s: string): string {
  return [...s]
    .filter(xmlChar)
    .join('')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}

const D = '[0-9๐-๙]';
const MONTH =
  '(?:ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.)';
/** Words that are never left at a line end without the number after them. */
const BEFORE_NUMBER = ['พ.ศ.', 'ค.ศ.', 'คะแนน', 'ไตรมาส', 'ร้อยละ', 'ข้อ', 'ตัวชี้วัดที่', 'ลำดับที่', 'ปี'];

const beforeNumber = new RegExp(
  `(${BEFORE_NUMBER.map((w) => w.replace(/\./g, '\\.')).join('|')}) (?=${D})`,
  'g',
);
const numberThenUnit = new RegExp(`(${D}) (?=คะแนน|ข้อ|คน|ครั้ง|เดือน|%)`, 'g');
const dayMonthYear = new RegExp(`(${D}{1,2}) (${MONTH}) ?(?=${D}{2,4})`, 'g');
// Ranges are written with an en dash ("ไตรมาส 1–4", "ต.ค. 2566 – ก.ย. 2567"); a hyphen a user typed ("1-1")
// is left as it is.
const rangeDash = new RegExp(`(${D})(–)(?=${D})`, 'g');
const spacedRange = new RegExp(`(${D}) (–) (?=${D})`, 'g');
const codeDigits = /([IEO])(?=[๐-๙])/g;

/** Binds what must not split at a line end (see above). Idempotent. */
export function bindThai(s: string): string {
  return s
    .replace(beforeNumber, `$1${NBSP}`)
    .replace(numberThenUnit, `$1${NBSP}`)
    .replace(dayMonthYear, `$1${NBSP}$2${NBSP}`)
    .replace(rangeDash, `$1${WJ}$2${WJ}`)
    .replace(spacedRange, `$1${NBSP}$2${NBSP}`)
    .replace(codeDigits, `$1${WJ}`)
    .replace(new RegExp(`${WJ}{2,}`, 'g'), WJ);
}

/** Document text: XML-safe, in Thai digits when asked, with its bindings. */
export function typeset(s: string, thaiDigits: boolean | undefined): string {
  const safe = xmlSafe(s);
  return bindThai(thaiDigits ? toThaiDigits(safe) : safe);
}
