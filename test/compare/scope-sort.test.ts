import { describe, expect, it } from 'vitest';
import { nameOrder, thaiSortKey } from '@analysis/compare/name-order';
import {
  districtsOf,
  NO_FILTER,
  rankInScope,
  ranksForScope,
  scopeRows,
  sortThai,
  type ScopeFilter,
} from '@analysis/compare/scope';
import { formatSort, parseSort, sortRows, sortValues, type SortSpec } from '@analysis/compare/sort';
import { yearTable } from '@analysis/compare/year-table';
import { smallDataset } from './fixture';

const { ds, sb } = smallDataset();
const yt = yearTable(ds, sb, 2567);
const ids = (rows: Int32Array) => Array.from(rows, (r) => ds.orgs[yt.org[r] as number]?.id);

describe('scope filters', () => {
  it('filters by province, district and type; unknown names select nothing', () => {
    expect(ids(scopeRows(yt, NO_FILTER))).toEqual(['A1', 'A2', 'A3', 'B1', 'B2', 'B3']);
    expect(ids(scopeRows(yt, { ...NO_FILTER, province: 'ลำปาง' }))).toEqual(['B1', 'B2', 'B3']);
    expect(ids(scopeRows(yt, { ...NO_FILTER, type: 'เทศบาลตำบล' }))).toEqual(['A3', 'B3']);
    expect(ids(scopeRows(yt, { province: 'เชียงใหม่', district: 'สันทราย', type: null }))).toEqual(['A2', 'A3']);
    expect(ids(scopeRows(yt, { province: 'ลำปาง', district: 'สันทราย', type: null }))).toEqual([]);
    expect(ids(scopeRows(yt, { ...NO_FILTER, province: 'ภูเก็ต' }))).toEqual([]);
    const match = new Uint8Array(ds.orgs.length);
    match[ds.orgs.findIndex((o) => o.id === 'B2')] = 1;
    expect(ids(scopeRows(yt, NO_FILTER, match))).toEqual(['B2']);
  });

  it('lists districts of a province in Thai order', () => {
    expect(districtsOf(yt, 'ลำปาง')).toEqual(['เถิน', 'เมืองลำปาง']);
    expect(districtsOf(yt, null)).toHaveLength(4);
    expect(sortThai(['ลำปาง', 'เชียงใหม่', 'กระบี่'])).toEqual(['กระบี่', 'เชียงใหม่', 'ลำปาง']);
  });

  it('reuses the precomputed ranks for the country, a province or a type, with the same result', () => {
    const filters: ScopeFilter[] = [
      NO_FILTER,
      { ...NO_FILTER, province: 'ลำปาง' },
      { ...NO_FILTER, type: 'เทศบาลตำบล' },
      { province: 'เชียงใหม่', district: 'สันทราย', type: null },
      { province: 'เชียงใหม่', district: null, type: 'องค์การบริหารส่วนตำบล' },
    ];
    for (const f of filters) {
      const rows = scopeRows(yt, f);
      const a = ranksForScope(yt, f, rows);
      const b = rankInScope(yt, rows);
      for (const r of rows)
        expect([a.rank[r], a.size[r], a.percentile[r]]).toEqual([b.rank[r], b.size[r], b.percentile[r]]);
    }
    expect(ranksForScope(yt, NO_FILTER, scopeRows(yt, NO_FILTER))).toBe(yt.ranks.country);
  });

  it('ranks within the scope (ties share a rank)', () => {
    const rows = scopeRows(yt, { ...NO_FILTER, province: 'เชียงใหม่' });
    const r = rankInScope(yt, rows);
    expect(Array.from(rows, (k) => r.rank[k])).toEqual([1, 3, 1]);
    expect(r.rank[scopeRows(yt, { ...NO_FILTER, province: 'ลำปาง' })[0] as number]).toBe(0);
  });
});

describe('sorting', () => {
  const all = scopeRows(yt, NO_FILTER);
  const sorted = (s: SortSpec) => ids(sortRows(all, sortValues(yt, ds.orgs, s.key), s.desc));

  it('sorts index arrays by any column, unknown values last, ties in row order', () => {
    expect(sorted({ key: 'rank', desc: false })).toEqual(['B2', 'A1', 'A3', 'B3', 'A2', 'B1']);
    expect(sorted({ key: 'overall', desc: false })).toEqual(['B1', 'A2', 'B3', 'A1', 'A3', 'B2']);
    expect(sorted({ key: 'change', desc: true })).toEqual(['A1', 'B2', 'B3', 'A2', 'A3', 'B1']);
    expect(sorted({ key: 'change', desc: false })).toEqual(['A2', 'B3', 'A1', 'B2', 'A3', 'B1']);
    expect(sorted({ key: 'i10', desc: true })).toEqual(['B2', 'A1', 'A3', 'B3', 'A2', 'B1']);
    expect(sorted({ key: 'oit', desc: true })).toEqual(['B2', 'A1', 'A3', 'B3', 'A2', 'B1']);
    expect(sorted({ key: 'name', desc: false })).toEqual(['A3', 'B3', 'B2', 'A1', 'B1', 'A2']);
    expect(sorted({ key: 'province', desc: false })).toEqual(['A3', 'A1', 'A2', 'B3', 'B2', 'B1']);
    expect(sorted({ key: 'rating', desc: false })[0]).toBe('B2');
  });

  it('keeps the sort in the URL: the key in its natural direction, a leading - for the other', () => {
    expect(parseSort(null)).toEqual({ key: 'rank', desc: false });
    expect(parseSort('overall')).toEqual({ key: 'overall', desc: true });
    expect(parseSort('-overall')).toEqual({ key: 'overall', desc: false });
    expect(parseSort('-name')).toEqual({ key: 'name', desc: true });
    expect(parseSort('bogus')).toEqual({ key: 'rank', desc: false });
    for (const s of ['rank', '-rank', 'i7', '-i7', 'change']) expect(formatSort(parseSort(s))).toBe(s);
  });

  it('orders Thai names as Intl.Collator("th") does, leading vowels and tone marks included', () => {
    const names = ['เทศบาลเมือง', 'กรมส่งเสริม', 'กรมสนับสนุน', 'ไชยา', 'ชัยนาท', 'แม่ริม', 'มะขาม', 'กรมส่งเสริมก'];
    const byKey = [...names].sort((a, b) => (thaiSortKey(a) < thaiSortKey(b) ? -1 : 1));
    expect(byKey).toEqual([...names].sort(new Intl.Collator('th').compare));
    const orgs = names.map((name, i) => ({
      key: String(i),
      id: String(i),
      name,
      type: null,
      province: null,
      district: null,
    }));
    const order = nameOrder(orgs);
    expect(
      Array.from(order)
        .map((_, o) => o)
        .sort((a, b) => (order[a] as number) - (order[b] as number))
        .map((o) => names[o]),
    ).toEqual(byKey);
  });
});
