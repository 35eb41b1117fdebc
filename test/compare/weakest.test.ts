import { describe, expect, it } from 'vitest';
import { weakestInGroup } from '@analysis/compare/weakest';
import { codeSlot } from '@analysis/codes';
import { ingest } from '@analysis/ingest/ingest';
import { compileFramework } from '@analysis/scoring/compile';
import { scoreAll } from '@analysis/scoring/score-all';
import { ingestText } from '../helpers';
import { syntheticYearFiles } from '../tools/synthetic-year';

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("a group's weakest questions and OIT items", () => {
  it('counts agencies below 85 per code, their mean and the overall points lost', () => {
    const ds = ingestText(
      [
        'org_id,year,code,score',
        'A,2567,I1,80',
        'A,2567,E1,90',
        'A,2567,O1,0',
        'B,2567,I1,70',
        'B,2567,E1,60',
        'B,2567,O1,100',
        'C,2567,I1,95',
        'C,2567,O1,0',
        'C,2567,1,50',
      ].join('\n'),
    );
    const sb = scoreAll(ds);
    const impact = compileFramework(sb.frameworks[0]!).impactOfSlot;
    const w = weakestInGroup(ds, sb, all(sb.groups.count));
    // I1 and O1 hold two agencies each below 85; O1 (0 against 85) costs more points, so it comes first.
    expect(w.map((c) => [c.code, c.tool, c.scored, c.below])).toEqual([
      ['O1', 'OIT', 3, 2],
      ['I1', 'IIT', 3, 2],
      ['E1', 'EIT', 2, 1],
    ]);
    const i1 = w[1]!;
    expect(i1.mean).toBeCloseTo(245 / 3, 9);
    expect(i1.pointsLost).toBeCloseTo((impact[codeSlot('I1')] as number) * (5 + 15), 12);
    expect(w[0]!.pointsLost).toBeCloseTo((impact[codeSlot('O1')] as number) * 170, 12);
    // Only the groups asked for.
    expect(weakestInGroup(ds, sb, Int32Array.from([1])).map((c) => [c.code, c.below])).toEqual([
      ['E1', 1],
      ['I1', 1],
      ['O1', 0],
    ]);
    expect(weakestInGroup(ds, sb, new Int32Array(0))).toEqual([]);
  });

  it('equals a plain per-row count on a national synthetic year', () => {
    const files = syntheticYearFiles(2567);
    const ds = ingest([{ name: 'questions-2567.csv', bytes: files.questions }]);
    const sb = scoreAll(ds);
    const groups = Int32Array.from({ length: sb.groups.count }, (_, g) => g).filter((g) => g % 3 === 0);
    const impact = compileFramework(sb.frameworks[0]!).impactOfSlot;
    const want = new Map<number, { below: number; scored: number; sum: number; lost: number }>();
    const chosen = new Set(groups);
    const groupOf = new Map<string, number>();
    for (let g = 0; g < sb.groups.count; g++) groupOf.set(`${sb.groups.org[g]}/${sb.groups.year[g]}`, g);
    for (let row = 0; row < ds.table.length; row++) {
      const g = groupOf.get(`${ds.table.org[row]}/${ds.table.year[row]}`) as number;
      const slot = ds.table.slot[row] as number;
      if (!chosen.has(g) || slot <= 10) continue;
      const v = ds.table.score[row] as number;
      const e = want.get(slot) ?? { below: 0, scored: 0, sum: 0, lost: 0 };
      e.scored++;
      e.sum += v;
      if (v < 85) {
        e.below++;
        e.lost += (impact[slot] as number) * (85 - v);
      }
      want.set(slot, e);
    }
    const got = weakestInGroup(ds, sb, groups);
    expect(got.length).toBe(want.size);
    for (const c of got) {
      const e = want.get(c.slot)!;
      expect([c.scored, c.below]).toEqual([e.scored, e.below]);
      expect(c.mean).toBeCloseTo(e.sum / e.scored, 9);
      expect(c.pointsLost).toBeCloseTo(e.lost, 9);
    }
    for (let k = 1; k < got.length; k++) expect(got[k - 1]!.below).toBeGreaterThanOrEqual(got[k]!.below);
  });
});

describe('weak rows', () => {
  it('splits questions from OIT items and attaches their wording', async () => {
    const { weakRows } = await import('@/features/compare/lib/weak-rows');
    const { BUILTIN_FRAMEWORKS, resolveFramework } = await import('@analysis/frameworks/registry');
    const fw = resolveFramework(2567, BUILTIN_FRAMEWORKS)?.framework ?? null;
    const base = { scored: 2, below: 1, mean: 80, pointsLost: 0.1 };
    const r = weakRows(
      [
        { ...base, slot: codeSlot('O1'), code: 'O1', tool: 'OIT' },
        { ...base, slot: codeSlot('I1'), code: 'I1', tool: 'IIT' },
      ],
      fw,
    );
    expect(r.questions.map((q) => q.code)).toEqual(['I1']);
    expect(r.oit.map((q) => q.code)).toEqual(['O1']);
    expect(r.questions[0]?.textTh).toBe(fw?.questions.find((q) => q.code === 'I1')?.textTh);
    expect(r.oit[0]?.textTh.length).toBeGreaterThan(0);
    expect(weakRows(r.questions, null).questions[0]?.textTh).toBe('');
  });
});
