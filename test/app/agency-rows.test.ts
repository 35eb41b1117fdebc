import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SLOT_COUNT } from '@analysis/codes';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { agencyRows, filterRows, yearsOf } from '@/features/data/lib/agency-rows';
import { summarise } from '@/features/data/lib/summary';
import type { LoadedDataset } from '@/shared/dataset/types';

function load(csv: string, options = {}): LoadedDataset {
  const dataset = ingest([{ name: 'x.csv', bytes: new TextEncoder().encode(csv) }], options);
  const slotCounts = new Float64Array(SLOT_COUNT);
  for (const s of dataset.table.slot) slotCounts[s]++;
  return { dataset, scoreboard: scoreAll(dataset), previews: [], slotCounts, meta: {} };
}

const seed001 = readFileSync(
  join(import.meta.dirname, '..', '..', 'data', 'examples', 'satengnok-2567-indicators.csv'),
  'utf8',
);

describe('agency-year rows', () => {
  it("gives seed 001's agency-year its overall and rating", () => {
    const rows = agencyRows(load(seed001, { orgName: 'เทศบาลเมืองสะเตงนอก', year: 2567 }));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.overall).toBeCloseTo(92.6876, 4);
    expect(rows[0]?.ratingTh).toBe('ผ่านดี');
    expect(rows[0]?.pass).toBe(1);
    expect(rows[0]?.orgKey).toBe('name:เทศบาลเมืองสะเตงนอก');
  });

  it('searches ignoring spaces, case and Thai/Arabic digits', () => {
    const csv = [
      'org_id,org_name,province,year,code,score',
      ...['A1,เทศบาลตำบลหนึ่ง,ยะลา', 'B2,องค์การบริหารส่วนตำบลสอง,ปัตตานี'].flatMap((o) =>
        [2566, 2567].flatMap((y) =>
          Array.from({ length: 10 }, (_, i) => `${o},${y},${i + 1},${o.startsWith('A') ? 90 : 70}`),
        ),
      ),
    ].join('\n');
    const loaded = load(csv);
    const rows = agencyRows(loaded);
    const orgs = loaded.dataset.orgs;
    expect(yearsOf(rows)).toEqual([2566, 2567]);
    expect(filterRows(rows, orgs, { q: 'เทศบาล ตำบล', year: null, sort: 'data' }).map((r) => r.id)).toEqual([
      'A1',
      'A1',
    ]);
    expect(filterRows(rows, orgs, { q: 'ปัตตานี', year: 2567, sort: 'data' })).toHaveLength(1);
    expect(filterRows(rows, orgs, { q: '', year: null, sort: 'low' })[0]?.id).toBe('B2');
    expect(filterRows(rows, orgs, { q: '', year: null, sort: 'high' })[0]?.id).toBe('A1');
  });

  it('summarises agencies, years, levels and completeness', () => {
    const csv = [
      'org_id,year,code,score',
      ...Array.from({ length: 10 }, (_, i) => `A,2567,${i + 1},90`),
      'B,2567,1,80',
    ].join('\n');
    const s = summarise(load(csv));
    expect(s).toMatchObject({ agencies: 2, years: [2567], agencyYears: 2, computable: 1, values: 11 });
    expect(s.levels).toEqual({ indicator: 11, question: 0, oit: 0 });
  });
});
