import { toArabicDigits } from '../text/thai-digits';
import { nameTable, readLabel } from './labels';
import { parseCodeCell, TOOL_CODE } from './parse-code';

/** What a column of the canonical long format (or an organisations file) holds. */
export type FieldRole =
  | 'org_id'
  | 'org_name'
  | 'org_type'
  | 'province'
  | 'district'
  | 'year'
  | 'code'
  | 'score'
  | 'negative_pct'
  | 'respondents'
  | 'tool'
  | 'description';

/** The columns naming an agency and the fiscal year, in the order the long format and the CLI print them. */
export const AGENCY_YEAR_FIELDS = [
  'org_id',
  'org_name',
  'org_type',
  'province',
  'district',
  'year',
] as const satisfies readonly FieldRole[];

export const FIELD_ROLES: readonly FieldRole[] = [
  ...AGENCY_YEAR_FIELDS,
  'code',
  'score',
  'negative_pct',
  'respondents',
  'tool',
  'description',
];

/**
 * How one column is read: a field of the long format, a score column of a wide format (`slot`: an
 * indicator, question, item or the overall), or ignored.
 */
export type ColumnRole =
  | { kind: 'field'; field: FieldRole }
  /**
   * A score column: `matched` when its header is a close spelling of an indicator's name; `number` when the
   * header also typed a number (`ตัวชี้วัดที่ 9 คุณภาพการดำเนินงาน`): names over numbers (detect.ts).
   */
  | { kind: 'slot'; slot: number; matched?: string; number?: number }
  /** A tool's published total (`IIT`, `รวม EIT`): 0 IIT, 1 EIT, 2 OIT. */
  | { kind: 'total'; tool: 0 | 1 | 2 }
  | { kind: 'ignore' };

/** Header aliases (already normalised: lower case, no spaces, underscores or dots). */
const ALIASES: Record<FieldRole, string[]> = {
  org_id: ['orgid', 'id', 'agencyid', 'รหัสหน่วยงาน', 'รหัส', 'รหัสองค์กร'],
  org_name: [
    'orgname',
    'name',
    'agency',
    'agencyname',
    'organisation',
    'organization',
    'ชื่อหน่วยงาน',
    'หน่วยงาน',
    'ชื่อ',
    'ชื่อองค์กร',
  ],
  org_type: ['orgtype', 'type', 'agencytype', 'ประเภทหน่วยงาน', 'ประเภท'],
  province: ['province', 'จังหวัด', 'จ'],
  district: ['district', 'อำเภอ', 'เขต/อำเภอ', 'อำเภอ/เขต', 'อ'],
  year: ['year', 'fiscalyear', 'fy', 'fiscalyearbe', 'ปีงบประมาณ', 'ปี', 'พศ', 'ปีงบ', 'ปีพศ', 'ปีงบประมาณพศ'],
  code: [
    'code',
    'indicator',
    'question',
    'item',
    'questioncode',
    'ตัวชี้วัด',
    'ข้อ',
    'ข้อคำถาม',
    'ลำดับ',
    'ลำดับที่',
    'รหัสข้อ',
    'ข้อที่',
  ],
  score: ['score', 'value', 'คะแนน', 'คะแนนที่ได้', 'ผลคะแนน', 'ผลการประเมิน'],
  negative_pct: ['negativepct', 'negative', 'negative%', 'ร้อยละเชิงลบ', 'เชิงลบ', 'ร้อยละเชิงลบ%'],
  respondents: ['respondents', 'n', 'จำนวนผู้ตอบ', 'จำนวนผู้ตอบแบบสอบถาม', 'ผู้ตอบ'],
  tool: ['tool', 'แบบ', 'เครื่องมือ', 'แบบวัด', 'แบบสำรวจ'],
  description: [
    'description',
    'wording',
    'nameth',
    'nameen',
    'titleth',
    'รายละเอียด',
    'รายละเอียดตัวชี้วัด',
    'ชื่อตัวชี้วัด',
    'ข้อความ',
    'ประเด็น',
    'คำอธิบาย',
  ],
};

const ALIAS_INDEX = new Map<string, FieldRole>();
for (const role of FIELD_ROLES) {
  ALIAS_INDEX.set(role.replace(/_/g, ''), role);
  for (const a of ALIASES[role]) ALIAS_INDEX.set(a, role);
}

/** Normalise a header for matching: Thai digits, case, spaces, underscores, dots, parentheses. */
export function normaliseHeader(raw: string): string {
  return toArabicDigits(raw)
    .replace(/\uFEFF/g, '')
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[\s_.\-:]+/g, '')
    .trim();
}

/** An indicator name to match wide-format headers against. */
export interface IndicatorName {
  /** Normalised (see normaliseHeader). */
  key: string;
  id: number;
  /** The indicator's Thai name, for messages. */
  label: string;
}

/**
 * Recognise one header: an alias of a long-format field, a code (`1`, `ตัวชี้วัดที่ 3`, `I13`, `ITA`),
 * or an indicator's Thai/English name (close spellings accepted and reported through `matched`).
 */
export function recogniseHeader(raw: string, indicatorNames: readonly IndicatorName[]): ColumnRole {
  const norm = normaliseHeader(raw);
  if (norm === '') return { kind: 'ignore' };
  const field = ALIAS_INDEX.get(norm);
  if (field) return { kind: 'field', field };
  const slot = parseCodeCell(raw);
  if (slot >= 0) return { kind: 'slot', slot };
  if (slot === TOOL_CODE) {
    const tool = normaliseHeader(raw);
    return { kind: 'total', tool: tool === 'iit' ? 0 : tool === 'eit' ? 1 : 2 };
  }
  // Names are Thai or several English words, totals name a tool: a one-word ASCII header (`c123`) is none of
  // them, and a file of a million such headers must not pay for name matching.
  if (!MAYBE_NAME.test(raw)) return { kind: 'ignore' };
  const label = readLabel(raw, tableOf(indicatorNames));
  if (label.kind === 'tool-total') return { kind: 'total', tool: label.tool };
  if (label.kind === 'code') return { kind: 'slot', slot: label.slot };
  if (label.kind === 'name') {
    const role: ColumnRole = { kind: 'slot', slot: label.id };
    if (!label.exact) role.matched = raw.trim();
    if (label.number !== null) role.number = label.number;
    return role;
  }
  return { kind: 'ignore' };
}

const MAYBE_NAME = /[\u0e00-\u0e7f]|\S[\s_-]+\S|iit|eit|oit/i;

const tables = new WeakMap<readonly IndicatorName[], ReturnType<typeof nameTable>>();

/** The name table of a list of indicator names (built once per list). */
function tableOf(names: readonly IndicatorName[]): ReturnType<typeof nameTable> {
  let t = tables.get(names);
  if (!t) tables.set(names, (t = nameTable(names)));
  return t;
}

/** A stable key for a set of headers, used to remember a user's column mapping. */
export function headerSignature(headers: readonly string[]): string {
  return headers.map((h) => normaliseHeader(h)).join('\u241F');
}
