import { describe, expect, it } from 'vitest';
import { ingest } from '@analysis/ingest/ingest';
import { rankAll } from '@analysis/rank';
import { assess } from '@analysis/scoring/assess';
import { slotCode } from '@analysis/codes';
import { groupByOrgYear } from '@analysis/scoring/groups';
import { scoreAll } from '@analysis/scoring/score-all';
import { weakestCodes } from '@analysis/scoring/weakest';
import { syntheticYearFiles } from '../tools/synthetic-year';

/** A small deterministic shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('scores do not depend on the order of rows in the file', () => {
  const files = syntheticYearFiles(2567);
  const lines = new TextDecoder().decode(files.questions).split('\n');
  const header = lines[0] as string;
  // The first 25,000 rows: a few hundred agencies, some with unknown overalls (incomplete questions).
  const body = lines.slice(1, 25_001).filter((l) => l !== '');
  const enc = new TextEncoder();
  const load = (rows: string[]) =>
    ingest([
      { name: 'organisations.csv', bytes: files.organisations },
      { name: 'q.csv', bytes: enc.encode([header, ...rows].join('\n')) },
    ]);
  const inOrder = load(body);
  const mixed = load(shuffled(body, 20_671));

  it('groups an agency-year held together as contiguous and a shuffled file as not', () => {
    expect(groupByOrgYear(inOrder.table).contiguous).toBe(true);
    expect(groupByOrgYear(mixed.table).contiguous).toBe(false);
  });

  it('gives every agency-year the same indicators, tools, overall, rating and weakest codes', () => {
    const a = scoreAll(inOrder);
    const b = scoreAll(mixed);
    const key = (ds: typeof inOrder, g: number, groups: typeof a.groups) =>
      `${ds.orgs[groups.org[g] as number]?.id}/${groups.year[g]}`;
    const groupOf = new Map<string, number>();
    for (let g = 0; g < b.groups.count; g++) groupOf.set(key(mixed, g, b.groups), g);
    expect(b.groups.count).toBe(a.groups.count);
    const wa = weakestCodes(inOrder, a, 5);
    const wb = weakestCodes(mixed, b, 5);
    let unknown = 0;
    for (let g = 0; g < a.groups.count; g++) {
      const h = groupOf.get(key(inOrder, g, a.groups)) as number;
      expect(h).toBeTypeOf('number');
      expect(b.overall[h]).toBe(a.overall[g]);
      if (Number.isNaN(a.overall[g])) unknown++;
      expect(Array.from(b.indicators.subarray(h * 11, h * 11 + 11))).toEqual(
        Array.from(a.indicators.subarray(g * 11, g * 11 + 11)),
      );
      expect(Array.from(b.tools.subarray(h * 3, h * 3 + 3))).toEqual(
        Array.from(a.tools.subarray(g * 3, g * 3 + 3)),
      );
      expect(b.rating[h]).toBe(a.rating[g]);
      // Ties are broken as Assessment.weak breaks them, never by row order.
      const top = Array.from(wa.subarray(g * 5, g * 5 + 5));
      expect(Array.from(wb.subarray(h * 5, h * 5 + 5))).toEqual(top);
      if (g % 7 === 0) {
        const weak = assess(inOrder, a, g)?.weak.slice(0, 5) ?? [];
        expect(top.filter((s) => s >= 0).map(slotCode)).toEqual(weak);
      }
    }
    expect(unknown).toBeLessThan(a.groups.count);
  });

  it('ranks in the documented order: peer group, best first, ties and unknowns in row order', () => {
    for (const ds of [inOrder, mixed]) {
      const sb = scoreAll(ds);
      const rows = rankAll(ds, sb, 'province', 2567);
      const peers = [...new Set(rows.map((r) => r.peerGroup))];
      expect(peers).toEqual([...peers].sort(new Intl.Collator('th').compare));
      for (let k = 1; k < rows.length; k++) {
        const p = rows[k - 1];
        const r = rows[k];
        if (!p || !r || p.peerGroup !== r.peerGroup) continue;
        if (r.rank === 0) {
          if (p.rank === 0) expect(r.group).toBeGreaterThan(p.group);
          continue;
        }
        expect(p.rank).toBeGreaterThan(0);
        expect(p.overall).toBeGreaterThanOrEqual(r.overall);
        if (p.overall === r.overall) expect(r.group).toBeGreaterThan(p.group);
      }
    }
  });
});
