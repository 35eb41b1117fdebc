/**
 * Readers for the cells of a measures catalogue row. Each is liberal in what it accepts (Thai digits,
 * Thai words, en dashes, stray spaces) and returns null when the cell cannot be read.
 */
import { slotCode, slotKind } from '../codes';
import { parseCodeCell } from '../ingest/parse-code';
import { toArabicDigits } from '../text/thai-digits';
import type { Effort } from './types';

/** Lowest and highest Buddhist Era year accepted in `years`. */
export const MIN_BE_YEAR = 2500;
export const MAX_BE_YEAR = 2700;
/** Years below this are read as Common Era and converted (+543). */
const CE_LIMIT = 2400;

/** The canonical code (`I13`, `E10`, `O17`) of a question/item cell, or null (indicators and `overall` too). */
export function parseMeasureCode(raw: string): string | null {
  const slot = parseCodeCell(raw);
  if (slot < 0) return null;
  const kind = slotKind(slot);
  return kind === 'IIT' || kind === 'EIT' || kind === 'OIT' ? slotCode(slot) : null;
}

/** Result of reading a `years` cell: the inclusive BE range, and whether Common Era years were converted. */
export interface YearsCell {
  years: [number, number];
  fromCE: boolean;
}

/**
 * Read `2566`, `2562-2568`, `2562–2568`, `๒๕๖๖ - ๒๕๖๘` (BE), or the same in Common Era (converted +543).
 * Null when not one or two four-digit years, when out of range, or when the range runs backwards.
 */
export function parseYears(raw: string): YearsCell | null {
  const s = toArabicDigits(raw).replace(/\s+/g, '').replace(/[–—−]/g, '-');
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(s);
  if (!m) return null;
  let from = Number(m[1]);
  let to = m[2] === undefined ? from : Number(m[2]);
  const fromCE = from < CE_LIMIT || to < CE_LIMIT;
  if (from < CE_LIMIT) from += 543;
  if (to < CE_LIMIT) to += 543;
  if (from < MIN_BE_YEAR || to > MAX_BE_YEAR || from > to) return null;
  return { years: [from, to], fromCE };
}

const EFFORT_WORDS: ReadonlyMap<string, Effort> = new Map([
  ['low', 1],
  ['ต่ำ', 1],
  ['น้อย', 1],
  ['medium', 2],
  ['กลาง', 2],
  ['ปานกลาง', 2],
  ['high', 3],
  ['สูง', 3],
  ['มาก', 3],
]);

/** Effort 1, 2 or 3 (also `๒`, `2.0`, `low`/`medium`/`high`, `ต่ำ`/`กลาง`/`สูง`); null otherwise. */
export function parseEffort(raw: string): Effort | null {
  const s = toArabicDigits(raw).trim().toLowerCase();
  const m = /^([123])(?:\.0+)?$/.exec(s);
  if (m) return Number(m[1]) as Effort;
  return EFFORT_WORDS.get(s) ?? null;
}

/**
 * A timeframe in fiscal quarters, canonical `Q1` or `Q1-Q4` (`ไตรมาส ๑-๔`, `q2–q3`, `Q1-4` accepted).
 * Null when the cell is not a quarter or a forward range of quarters.
 */
export function parseTimeframe(raw: string): string | null {
  const s = toArabicDigits(raw)
    .toLowerCase()
    .replace(/ไตรมาสที่|ไตรมาส|quarters?/g, 'q')
    .replace(/\s+/g, '')
    .replace(/[–—−]/g, '-');
  const m = /^q?([1-4])(?:-q?([1-4]))?$/.exec(s);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from > to) return null;
  return from === to ? `Q${from}` : `Q${from}-Q${to}`;
}

const NUMBERED_LINE = /^\s*(?:[0-9๐-๙]{1,2}\s*[.)]|[-•*·])\s*/;

/** Split a run-on line `1. a 2. b 3. c` at the next expected numbers only (so `ภายใน 30 วัน` stays whole). */
function splitRunOn(line: string): string[] {
  const first = /^\s*(?:1|๑)\s*\.\s*/.exec(line);
  if (!first) return [line];
  const parts: string[] = [];
  let rest = line.slice(first[0].length);
  for (let n = 2; ; n++) {
    const arabic = String(n);
    const thai = arabic.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const re = new RegExp(`\\s(?:${arabic}|${thai})\\s*\\.(?![0-9๐-๙])\\s*`);
    const m = re.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  return parts;
}

/**
 * The steps of a cell: one per line (a line break inside the quoted cell), leading numbers or bullets
 * (`1.`, `๒)`, `-`, `•`) removed, blank lines dropped. A single line `1. … 2. …` is split at its numbers.
 */
export function splitSteps(raw: string): string[] {
  const lines = raw.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const pieces = lines.length === 1 ? splitRunOn(lines[0] as string) : lines;
  return pieces.map((l) => l.replace(NUMBERED_LINE, '').trim()).filter((l) => l !== '');
}

/** Canonical `years` text: `2566` or `2562-2568`. */
export function formatYears(years: readonly [number, number]): string {
  return years[0] === years[1] ? String(years[0]) : `${years[0]}-${years[1]}`;
}
