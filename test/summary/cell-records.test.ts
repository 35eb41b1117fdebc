import { describe, expect, it } from 'vitest';
import { cellRecords } from '@analysis/summary/summarise';
import { parseQuery, type QueryText } from '@analysis/summary/parse-query';
import type { SummaryQuery } from '@analysis/summary/types';
import { fixtureTable, records } from './fixture';

const ay = fixtureTable();
const recs = records();
const q = (t: QueryText) => parseQuery(t).query as SummaryQuery;

describe('the agencies behind a cell', () => {
  it('lists the cell’s agency-years weakest first, those without a score last', () => {
    const list = cellRecords(ay, q({ rows: 'province', cols: 'year' }), { row: ['ระยอง'], col: '2567' });
    expect(list.map((r) => r.org?.id)).toEqual(
      recs
        .filter((r) => r.province === 'ระยอง' && r.year === 2567)
        .sort((a, b) => (Number.isNaN(a.overall) ? 1 : Number.isNaN(b.overall) ? -1 : a.overall - b.overall))
        .map((r) => r.id),
    );
    const last = list[list.length - 1];
    expect(last?.org?.id).toBe('B4');
    expect(last?.value).toBeNaN();
    expect(last?.below).toBeNull();
    expect(list.find((r) => r.org?.id === 'B2')?.previous).toBeCloseTo(84.8672, 9);
  });

  it('lists a row total over every column, and keeps the query’s filters', () => {
    const list = cellRecords(ay, q({ rows: 'district', cols: 'year', filters: ['type=เทศบาลตำบล'] }), {
      row: ['ชลบุรี', 'ชลบุรี/บ้านบึง'],
      col: null,
    });
    expect(list.map((r) => `${r.org?.id} ${r.year}`).sort()).toEqual(['A3 2566', 'A3 2567']);
  });

  it('gives the indicator of each entry in a table split by indicator', () => {
    const list = cellRecords(ay, q({ rows: 'indicator', cols: 'type', filters: ['year=2567'] }), {
      row: ['9'],
      col: 'องค์การบริหารส่วนตำบล',
    });
    expect(list).toHaveLength(5);
    expect(list.every((r) => r.member?.key === '9')).toBe(true);
    expect(list.filter((r) => Number.isNaN(r.value)).map((r) => r.org?.id)).toEqual(['A2']);
  });

  it('is empty for keys that name nothing', () => {
    expect(cellRecords(ay, q({ rows: 'province', cols: 'year' }), { row: ['น่าน'], col: '2567' })).toEqual([]);
  });
});
