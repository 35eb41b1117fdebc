import { describe, expect, it } from 'vitest';
import { parseQuery } from '@analysis/summary/parse-query';
import { summaryTable } from '@analysis/summary/summarise';
import { fixtureTable, records, stats, values, type Rec } from './fixture';
import { build, cellAt, colTotal, expectCell, rowTotal } from './helpers';

const ay = fixtureTable();
const recs = records();
const overall = (r: Rec) => r.overall;

describe('province × year, mean overall', () => {
  const t = build(ay, { rows: 'province', cols: 'year', value: 'overall', stat: 'mean' });

  it('has a row per province and a column per year, in order', () => {
    expect(t.rows.map((r) => r.members[0]?.key)).toEqual(['ชลบุรี', 'ระยอง']);
    expect(t.cols.map((c) => c.key)).toEqual(['2566', '2567']);
  });

  it('computes each cell over its agencies (published overall where indicators are missing)', () => {
    const chon66 = values(recs, (r) => r.province === 'ชลบุรี' && r.year === 2566, overall);
    expectCell(cellAt(t, ['ชลบุรี'], '2566'), stats.mean(chon66), 4);
    // A2 2567 counts with its published 83.50; B4 2567 has no overall and is left out.
    const chon67 = values(recs, (r) => r.province === 'ชลบุรี' && r.year === 2567, overall);
    expect(chon67).toContain(83.5);
    expectCell(cellAt(t, ['ชลบุรี'], '2567'), stats.mean(chon67), 4);
    const ray67 = values(recs, (r) => r.province === 'ระยอง' && r.year === 2567, overall);
    expectCell(cellAt(t, ['ระยอง'], '2567'), stats.mean(ray67), 3);
  });

  it('computes totals over the agencies, not as means of the cell means', () => {
    const ray = values(recs, (r) => r.province === 'ระยอง', overall);
    expectCell(rowTotal(t, ['ระยอง']), stats.mean(ray), 6);
    expectCell(colTotal(t, '2567'), stats.mean(values(recs, (r) => r.year === 2567, overall)), 7);
    // 2567 has four agencies with an overall in ชลบุรี and three in ระยอง: the mean of the two means differs.
    const meanOfMeans =
      ((cellAt(t, ['ชลบุรี'], '2567').value as number) + (cellAt(t, ['ระยอง'], '2567').value as number)) / 2;
    expect(Math.abs((colTotal(t, '2567')?.value as number) - meanOfMeans)).toBeGreaterThan(0.01);
    expectCell(t.grand, stats.mean(values(recs, () => true, overall)), 14);
  });
});

describe('district × year, pass rate', () => {
  const t = build(ay, { rows: 'district', cols: 'year', stat: 'pass_rate' });

  it('puts each district under its province', () => {
    expect(t.rowDims).toEqual(['province', 'district']);
    expect(t.rows.map((r) => r.members.map((m) => m.th).join(' / '))).toEqual([
      'ชลบุรี / บ้านบึง',
      'ชลบุรี / เมืองชลบุรี',
      'ระยอง / บ้านฉาง',
      'ระยอง / เมืองระยอง',
    ]);
  });

  it('counts the share at or above 85 compared at 2 decimals', () => {
    const muang67 = values(recs, (r) => r.district === 'เมืองชลบุรี' && r.year === 2567, overall);
    expectCell(cellAt(t, ['ชลบุรี', 'ชลบุรี/เมืองชลบุรี'], '2567'), stats.passRate(muang67), 2);
    expect(cellAt(t, ['ชลบุรี', 'ชลบุรี/เมืองชลบุรี'], '2567').value).toBe(50);
    // B2 2566 is 84.8672: 84.87 does not pass.
    expect(cellAt(t, ['ระยอง', 'ระยอง/เมืองระยอง'], '2566').value).toBe(50);
    expectCell(colTotal(t, '2566'), stats.passRate(values(recs, (r) => r.year === 2566, overall)), 7);
  });
});

describe('indicator × agency type, median in 2567', () => {
  const t = build(ay, { rows: 'indicator', cols: 'type', stat: 'median', filters: ['year=2567'] });
  const ind = (i: number) => (r: Rec) => r.ind[i - 1] as number;

  it('takes each indicator’s own scores, missing ones left out', () => {
    const tao = (r: Rec) => r.year === 2567 && r.type === 'องค์การบริหารส่วนตำบล';
    expectCell(cellAt(t, ['9'], 'องค์การบริหารส่วนตำบล'), stats.median(values(recs, tao, ind(9))), 4);
    expectCell(cellAt(t, ['10'], 'องค์การบริหารส่วนตำบล'), stats.median(values(recs, tao, ind(10))), 4);
    const tt = (r: Rec) => r.year === 2567 && r.type === 'เทศบาลตำบล';
    expectCell(cellAt(t, ['2'], 'เทศบาลตำบล'), stats.median(values(recs, tt, ind(2))), 3);
  });

  it('totals each indicator over all types, and none across indicators', () => {
    expectCell(rowTotal(t, ['7']), stats.median(values(recs, (r) => r.year === 2567, ind(7))), 8);
    expect(t.colTotals).toBeNull();
    expect(t.grand).toBeNull();
    expect(t.totalsNote).toBe('across-members');
  });
});

describe('other statistics', () => {
  it('change: each agency against its own year before, only pairs count', () => {
    const t = build(ay, { rows: 'province', cols: 'year', stat: 'change' });
    const prev = new Map(recs.filter((r) => r.year === 2566).map((r) => [r.id, r.overall]));
    const diffs = recs
      .filter((r) => r.province === 'ระยอง' && r.year === 2567)
      .map((r) => r.overall - (prev.get(r.id) ?? NaN))
      .filter((d) => !Number.isNaN(d));
    expect(diffs).toHaveLength(2); // B3 has no 2566, B4 no 2567 overall
    expectCell(cellAt(t, ['ระยอง'], '2567'), stats.mean(diffs), 2);
    expect(cellAt(t, ['ระยอง'], '2566')).toEqual({ value: null, n: 0 });
  });

  it('share and number below 85, lowest and highest', () => {
    const year67 = values(recs, (r) => r.year === 2567, overall);
    const below = year67.filter((v) => Math.round(v * 100) / 100 < 85).length;
    const share = build(ay, { rows: 'year', stat: 'share_below' });
    expectCell(cellAt(share, ['2567'], ''), (below / year67.length) * 100, 7);
    const count = build(ay, { rows: 'year', stat: 'count_below' });
    expect(cellAt(count, ['2567'], '').value).toBe(below);
    const min = build(ay, { rows: 'type', cols: 'year', value: 'EIT', stat: 'min' });
    const eit = (r: Rec) => r.tools[1];
    const tt66 = values(recs, (r) => r.type === 'เทศบาลตำบล' && r.year === 2566, eit);
    expectCell(cellAt(min, ['เทศบาลตำบล'], '2566'), Math.min(...tt66), 2);
    const max = build(ay, { rows: 'type', value: 'OIT', stat: 'max' });
    expectCell(
      cellAt(max, ['เทศบาลตำบล'], ''),
      Math.max(
        ...values(
          recs,
          (r) => r.type === 'เทศบาลตำบล',
          (r) => r.tools[2],
        ),
      ),
      5,
    );
  });

  it('a question score by its code, and a count of agencies by rating', () => {
    const t = build(ay, { rows: 'province', cols: 'year', value: 'E10' });
    expectCell(cellAt(t, ['ระยอง'], '2567'), stats.mean([88.0, 82.3]), 2);
    expectCell(cellAt(t, ['ชลบุรี'], '2567'), stats.mean([91.2, 78.45, 84.99]), 3);
    const byRating = build(ay, { rows: 'type', cols: 'rating', stat: 'count' });
    const total = byRating.rows.map((r) => r.total?.value);
    expect(total).toEqual([
      recs.filter((r) => r.type === 'เทศบาลตำบล').length,
      recs.filter((r) => r.type === 'องค์การบริหารส่วนตำบล').length - 1, // B4 2567 has no overall
    ]);
  });

  it('tools split a table; filters narrow it', () => {
    const t = build(ay, {
      rows: 'tool',
      cols: 'year',
      stat: 'mean',
      filters: ['province=ระยอง', 'type=เทศบาลตำบล'],
    });
    const keep = (r: Rec) => r.province === 'ระยอง' && r.type === 'เทศบาลตำบล' && r.year === 2567;
    expectCell(cellAt(t, ['OIT'], '2567'), stats.mean(values(recs, keep, (r) => r.tools[2])), 2);
    expect(t.records).toBe(3);
  });
});

describe('asking for a table', () => {
  it('names an unknown filter value and the closest one in the data', () => {
    const { query } = parseQuery({ rows: 'province', filters: ['province=ชลบุร'] });
    const r = summaryTable(ay, query as NonNullable<typeof query>);
    expect(r.table).toBeNull();
    expect(r.problems[0]?.message_en).toContain('did you mean "ชลบุรี"');
    expect(r.problems[0]?.message_th).toContain('ไม่พบจังหวัด "ชลบุร"');
  });

  it('refuses an overall in a table split by indicator, and tool with indicator', () => {
    expect(parseQuery({ rows: 'indicator', value: 'overall' }).problems[0]?.message_en).toContain(
      '--value indicator',
    );
    expect(parseQuery({ rows: 'tool', cols: 'indicator' }).query).toBeNull();
    expect(parseQuery({ rows: 'province', value: 'indicator' }).problems[0]?.field).toBe('value');
    expect(parseQuery({ rows: 'province,year,type' }).query).toBeNull();
    expect(parseQuery({ rows: 'province', cols: 'province' }).query).toBeNull();
  });

  it('reads Thai dimension names and Common Era years', () => {
    const t = build(ay, { rows: 'จังหวัด', cols: 'ปี', filters: ['year=2024'] });
    expect(t.cols.map((c) => c.key)).toEqual(['2567']);
  });
});
