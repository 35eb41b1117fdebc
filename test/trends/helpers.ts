/** A small dataset for the trend tests: a few agencies, each with indicator scores per fiscal year. */
import { ingest } from '@analysis/ingest/ingest';
import type { Dataset } from '@analysis/dataset';
import { scoreAll, type Scoreboard } from '@analysis/scoring/score-all';

export interface AgencySpec {
  id: string;
  name: string;
  type: string;
  province: string;
  /** Per fiscal year: ten indicator scores, or `{ overall }` for a published overall only. */
  years: Record<number, readonly number[] | { overall: number }>;
}

/** Ten indicators all at `v`, with some replaced (`{ 8: 80 }` sets indicator 8). */
export function ind(v: number, patch: Record<number, number> = {}): number[] {
  return Array.from({ length: 10 }, (_, i) => patch[i + 1] ?? v);
}

/** Ingest an organisations file and a long scores file built from the specs, and score it. */
export function build(specs: readonly AgencySpec[]): { ds: Dataset; sb: Scoreboard } {
  const orgs = ['org_id,org_name,org_type,province,district'];
  const scores = ['org_id,year,code,score'];
  for (const a of specs) {
    orgs.push(`${a.id},${a.name},${a.type},${a.province},เมือง`);
    for (const [year, v] of Object.entries(a.years)) {
      if ('overall' in v) scores.push(`${a.id},${year},overall,${v.overall}`);
      else v.forEach((s, i) => scores.push(`${a.id},${year},${i + 1},${s}`));
    }
  }
  const enc = new TextEncoder();
  const ds = ingest([
    { name: 'organisations.csv', bytes: enc.encode(orgs.join('\n')) },
    { name: 'scores.csv', bytes: enc.encode(scores.join('\n')) },
  ]);
  return { ds, sb: scoreAll(ds) };
}

const TYPE = 'เทศบาลตำบล';

/**
 * Agency A (T1): 2562 80 (B, fail) · 2563 86 (A) · 2564 no data · 2565 90 (A) · 2566 90.80 (ผ่านดี) ·
 * 2567 94.28 (ผ่านดี) · 2568 93.30 (ผ่าน: EIT 84.67). B and C share its type and province; D its type only;
 * E has a published overall only.
 */
export const AGENCIES: readonly AgencySpec[] = [
  {
    id: 'A',
    name: 'เทศบาลตำบลทดสอบ',
    type: TYPE,
    province: 'ตราด',
    years: {
      2562: ind(80),
      2563: ind(86),
      2565: ind(90),
      2566: ind(92, { 8: 80 }),
      2567: ind(95, { 4: 83 }),
      2568: ind(97, { 6: 90, 7: 84, 8: 80, 9: 96, 10: 98 }),
    },
  },
  {
    id: 'B',
    name: 'เทศบาลตำบลเพื่อนบ้าน',
    type: TYPE,
    province: 'ตราด',
    years: Object.fromEntries([2562, 2563, 2564, 2565, 2566, 2567, 2568].map((y) => [y, ind(88)])),
  },
  { id: 'C', name: 'เทศบาลตำบลดีเด่น', type: TYPE, province: 'ตราด', years: { 2568: ind(99) } },
  { id: 'D', name: 'เทศบาลตำบลต่างจังหวัด', type: TYPE, province: 'จันทบุรี', years: { 2568: ind(100) } },
  {
    id: 'E',
    name: 'อบต.ประกาศ',
    type: 'องค์การบริหารส่วนตำบล',
    province: 'ตราด',
    years: { 2563: { overall: 77.5 } },
  },
];
