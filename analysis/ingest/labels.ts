import { ITA_TOOLS } from '../frameworks/indicators';
import { closestMatch } from '../text/similarity';
import { toArabicDigits } from '../text/thai-digits';
import type { IndicatorName } from './columns';
import { parseCodeCell, TOOL_CODE } from './parse-code';

/**
 * What a row label says — the text in a code column, or in the name column of a report table: a code or
 * indicator number, an indicator by its name, a tool's published total (`รวม IIT`), or the published
 * overall (`คะแนนรวม (ระดับ B)`). Officers type names with slips (a missing letter, ำ typed as ํ + า,
 * extra spaces), so names are matched by closeness and every such match is reported by the caller.
 */

export type ToolIndex = 0 | 1 | 2;

export type Label =
  /** A code (`E10`, `7`, `overall`): its slot. `number` is set when the cell held a plain number too. */
  | { kind: 'code'; slot: number }
  /** An indicator by name, with the number typed before it if any (`ตัวชี้วัดที่ 9 คุณภาพการดำเนินงาน`). */
  | { kind: 'name'; id: number; exact: boolean; number: number | null; text: string }
  /** A number that is no code (`11` in a table numbered 1–5, 9–13). */
  | { kind: 'number'; number: number }
  | { kind: 'tool-total'; tool: ToolIndex }
  | { kind: 'unknown' };

/**
 * Normalise a name for matching: Thai digits, ำ typed as ํ + า, zero-width characters, case, white space
 * and punctuation, and any text in parentheses.
 */
export function normaliseName(raw: string): string {
  return toArabicDigits(raw)
    .replace(/\u0e4d\u0e32/g, '\u0e33')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\(.*?\)|\[.*?\]/g, '')
    .toLowerCase()
    .replace(/[\s_.\-:;,'"“”‘’/\\]+/g, '');
}

/** Other names officers and reports print for an indicator, beside each framework's own. */
const EXTRA_NAMES: readonly [string, number][] = [
  ['การแก้ปัญหาการทุจริต', 5],
  ['การแก้ไขปัญหาทุจริต', 5],
  ['การใช้ทรัพย์สินของทางราชการ', 4],
  ['การปรับปรุงการทำงาน', 8],
  ['การปรับปรุงระบบการทำงาน', 8],
];

const TOOL_WORDS: Record<string, ToolIndex> = { iit: 0, eit: 1, oit: 2 };

/** Words around a tool name that make a row its total: `รวม IIT`, `คะแนน EIT`, `IIT รวม`, `เฉลี่ย OIT`. */
const TOTAL_RE =
  /^(?:รวม|คะแนนรวม|คะแนน|ผลคะแนน|ค่าเฉลี่ย|เฉลี่ย|total|sum|score|mean|average)?(iit|eit|oit)(?:รวม|total|score)?$/;

const LEADING_NUMBER = /^(?:ตัวชี้วัดที่|ตัวชี้วัด|indicator|ข้อที่|ข้อ|no)?(\d{1,2})(?=\D)/;

/** Names to match, keyed as normaliseName keys them. */
export function nameTable(names: readonly IndicatorName[]): { key: string; value: number }[] {
  const out = new Map<string, number>();
  for (const n of names) out.set(normaliseName(n.label), n.id);
  for (const n of names) if (!out.has(n.key)) out.set(n.key, n.id);
  for (const [name, id] of EXTRA_NAMES) out.set(normaliseName(name), id);
  for (const t of ITA_TOOLS) out.delete(normaliseName(t.nameTh));
  return [...out].map(([key, value]) => ({ key, value }));
}

/** The indicator a name means (exact or close), or null when no single indicator is close enough. */
export function indicatorByName(
  text: string,
  table: readonly { key: string; value: number }[],
): { id: number; exact: boolean } | null {
  const key = normaliseName(text);
  if (key.length < 4) return null;
  const exact = table.find((t) => t.key === key);
  if (exact) return { id: exact.value, exact: true };
  const near = closestMatch(key, table);
  return near ? { id: near.value, exact: false } : null;
}

/** The tool a text names as a total (`รวม IIT`, or a tool's Thai name), or null. */
export function toolTotal(text: string): ToolIndex | null {
  const key = normaliseName(text);
  const m = TOTAL_RE.exec(key);
  if (m) return TOOL_WORDS[m[1] as string] ?? null;
  for (let t = 0; t < 3; t++) {
    const tool = ITA_TOOLS[t];
    if (tool && normaliseName(tool.nameTh) === key) return t as ToolIndex;
  }
  return null;
}

/** Read a row label (see Label). */
export function readLabel(raw: string, table: readonly { key: string; value: number }[]): Label {
  const text = raw.trim();
  if (text === '') return { kind: 'unknown' };
  const slot = parseCodeCell(text);
  if (slot === TOOL_CODE) return { kind: 'tool-total', tool: toolTotal(text) ?? 0 };
  if (slot >= 0) return { kind: 'code', slot };
  const tool = toolTotal(text);
  if (tool !== null) return { kind: 'tool-total', tool };
  const key = normaliseName(text);
  if (OVERALL_KEYS.some((w) => key === w)) return { kind: 'code', slot: 0 };
  const lead = LEADING_NUMBER.exec(key);
  const number = lead ? Number(lead[1]) : null;
  const rest = lead ? key.slice(lead[0].length) : key;
  const byName = indicatorByName(rest, table);
  if (byName) return { kind: 'name', id: byName.id, exact: byName.exact, number, text };
  if (/^\d{1,3}$/.test(key)) return { kind: 'number', number: Number(key) };
  return { kind: 'unknown' };
}

/** Labels of the published overall, normalised (parentheses already gone: `คะแนนรวม (ระดับ B)`). */
const OVERALL_KEYS = [
  'overall',
  'ita',
  'total',
  'คะแนนรวม',
  'รวม',
  'ภาพรวม',
  'คะแนนภาพรวม',
  'ผลคะแนนรวม',
  'รวมทั้งหมด',
  'รวมทั้งสิ้น',
  'คะแนนita',
  'คะแนนรวมita',
  'itaรวม',
  'ผลการประเมินita',
  'คะแนนที่ได้รวม',
];
