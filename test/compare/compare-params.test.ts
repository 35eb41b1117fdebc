import { describe, expect, it } from 'vitest';
import { NO_FILTER, scopeRows } from '@analysis/compare/scope';
import { yearTable } from '@analysis/compare/year-table';
import { readCompareParams, writeCompareParams } from '@/shared/url/routes/compare';
import { chosenAgencies, pickYear } from '@/features/compare/lib/compare-model';
import { rankingCsv } from '@/features/compare/lib/ranking-csv';
import { rankInScope } from '@analysis/compare/scope';
import { sortRows, sortValues } from '@analysis/compare/sort';
import { comparePath, joinOrgKeys, splitOrgKeys } from '@/shared/url/routes/compare';
import { smallDataset } from './fixture';

describe('compare URL', () => {
  it('builds and reads links: chosen agencies, scope, sort and tab', () => {
    const path = comparePath({
      ds: 'demo',
      year: 2567,
      orgs: ['A1', 'name:ก,ข'],
      province: 'ลำปาง',
      sort: '-overall',
    });
    expect(path.startsWith('/compare?')).toBe(true);
    const p = readCompareParams(new URLSearchParams(path.slice(path.indexOf('?') + 1)));
    expect(p).toMatchObject({
      ds: 'demo',
      year: 2567,
      orgs: ['A1', 'name:ก,ข'],
      province: 'ลำปาง',
      tab: 'compare',
    });
    expect(p.sort).toEqual({ key: 'overall', desc: false });
    expect(splitOrgKeys(joinOrgKeys(['a%b', 'c,d', 'e']))).toEqual(['a%b', 'c,d', 'e']);
    expect(splitOrgKeys('x,,x,y')).toEqual(['x', 'y']);
    expect(readCompareParams(new URLSearchParams('tab=bogus&year=abc')).tab).toBe('compare');
  });

  it('writes only what differs from the defaults', () => {
    const next = writeCompareParams(new URLSearchParams('ds=demo&sort=eit&tab=rank&province=x'), {
      sort: { key: 'rank', desc: false },
      tab: 'compare',
      province: null,
      orgs: ['A1', 'B2'],
    });
    expect(next.toString()).toBe('ds=demo&orgs=A1%2CB2');
  });
});

describe('compare model and CSV', () => {
  const { ds, sb } = smallDataset();
  const yt = yearTable(ds, sb, 2567);

  it('numbers the chosen agencies and finds their rows; unknown keys stay, marked', () => {
    const c = chosenAgencies(ds, yt, ['B2', 'ZZ', 'A1']);
    expect(c.map((x) => [x.index, x.label, x.row >= 0, x.org >= 0])).toEqual([
      [0, '1. ทม.เขลางค์', true, true],
      [1, '2. ZZ', false, false],
      [2, '3. อบต.บ้านใหม่', true, true],
    ]);
    expect(pickYear([2566, 2567], 2566)).toBe(2566);
    expect(pickYear([2566, 2567], 2570)).toBe(2567);
    expect(pickYear([2566, 2567], null)).toBe(2567);
  });

  it('exports exactly the rows shown, in their order, with the shown headers', () => {
    const scope = scopeRows(yt, { ...NO_FILTER, province: 'ลำปาง' });
    const ranks = rankInScope(yt, scope);
    const rows = sortRows(scope, sortValues(yt, ds.orgs, 'overall'), false);
    const csv = rankingCsv(yt, ds.orgs, ranks, rows, ['อันดับ', 'หน่วยงาน'], () => 'r', [
      { key: 'rank', width: 4, num: true },
      { key: 'name', width: 15, num: false },
    ]);
    expect(csv).toBe(
      '\uFEFFอันดับ,หน่วยงาน\r\n3,องค์การบริหารส่วนตำบลบ้านใหม่\r\n2,เทศบาลตำบลเวียง\r\n1,เทศบาลเมืองเขลางค์\r\n',
    );
    const full = rankingCsv(yt, ds.orgs, ranks, rows.slice(2), new Array(19).fill('h'), (i) => `level${i}`);
    expect(full.split('\r\n')[1]).toBe(
      '1,เทศบาลเมืองเขลางค์,ลำปาง,95,level0,5,95,95,95,95,95,95,95,95,95,95,95,95,95',
    );
  });
});
