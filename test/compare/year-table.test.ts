import { describe, expect, it } from 'vitest';
import { yearTable, yearsOf } from '@analysis/compare/year-table';
import { standings } from '@analysis/compare/peers';
import { ingest } from '@analysis/ingest/ingest';
import { rankAll, type RankBy } from '@analysis/rank';
import { scoreAll } from '@analysis/scoring/score-all';
import { syntheticYearFiles } from '../tools/synthetic-year';
import { smallDataset } from './fixture';

describe('yearTable', () => {
  const { ds, sb } = smallDataset();
  const yt = yearTable(ds, sb, 2567);
  const row = (id: string) => yt.rowOfOrg[ds.orgs.findIndex((o) => o.id === id)] as number;

  it('holds one row per agency of the year with scores, rating, pass and change from last year', () => {
    expect(yearsOf(sb)).toEqual([2566, 2567]);
    expect(yt.n).toBe(6);
    expect(yt.year).toBe(2567);
    expect(yt.framework?.year).toBe(2567);
    expect(yt.overall[row('A1')]).toBeCloseTo(90, 9);
    expect(yt.tools[row('B2') * 3 + 2]).toBeCloseTo(95, 9);
    expect(yt.indicators[row('B1') * 10 + 9]).toBe(70);
    expect(yt.change[row('A1')]).toBeCloseTo(5, 9);
    expect(yt.change[row('A3')]).toBeNaN();
    expect(yt.previous[row('B3')]).toBeCloseTo(80, 9);
    // 84.996 shows as 85.00 and passes, as published.
    expect(yt.pass[row('B3')]).toBe(1);
    expect(yt.pass[row('B1')]).toBe(0);
    expect(yt.framework?.ratings[yt.rating[row('B2')] as number]?.code).toBe('excellent');
    expect(yearTable(ds, sb, 2567)).toBe(yt);
  });

  it('ranks every agency among its type, province and the country', () => {
    const a1 = standings(yt, row('A1'));
    expect(a1.map((s) => [s.basis, s.group, s.rank, s.size])).toEqual([
      ['type', 'องค์การบริหารส่วนตำบล', 1, 3],
      ['province', 'เชียงใหม่', 1, 3],
      ['country', 'ประเทศ', 2, 6],
    ]);
    expect(standings(yt, row('A3'))[1]?.rank).toBe(1);
    expect(standings(yt, row('B1'))[2]).toMatchObject({ rank: 6, percentile: 0 });
    expect(yt.province.values).toEqual(['เชียงใหม่', 'ลำปาง']);
    expect(yt.district.values).toContain('สันทราย');
  });
});

describe('yearTable on a national synthetic year', () => {
  const files = syntheticYearFiles(2567);
  const ds = ingest([
    { name: 'questions-2567.csv', bytes: files.questions },
    { name: 'organisations.csv', bytes: files.organisations },
  ]);
  const sb = scoreAll(ds);
  const yt = yearTable(ds, sb, 2567);

  it.each<[RankBy, 'country' | 'province' | 'type']>([
    ['country', 'country'],
    ['province', 'province'],
    ['type', 'type'],
  ])('ranks as `ita rank --by %s` does', (by, basis) => {
    const rows = rankAll(ds, sb, by, 2567);
    expect(rows.length).toBe(yt.n);
    const ranks = yt.ranks[basis];
    for (const r of rows) {
      const k = yt.rowOfOrg[ds.orgs.indexOf(r.org)] as number;
      expect(yt.overall[k]).toBe(r.overall);
      expect(ranks.rank[k]).toBe(r.rank);
      expect(ranks.size[k]).toBe(r.groupSize);
      expect(ranks.percentile[k]).toBe(r.percentile);
    }
  });
});
