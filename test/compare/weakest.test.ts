import { describe, expect, it } from 'vitest';
import { weakestInGroup } from '@analysis/compare/weakest';
import { codeSlot } from '@analysis/codes';
import { ingest } from '@analysis/ingest/ingest';
import { compileFramework } from '@analysis/scoring/compile';
import { scoreAll } from '@analysis/scoring/score-all';
import { round } from '@analysis/scoring/round';
import { ingestText, repoBytes } from '../helpers';
import { syntheticYearFiles } from '../tools/synthetic-year';

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe("a group's weakest questions and OIT items", () => {
  it('ranks codes by the overall points an agency loses on them, not by mean score (fixture, by hand)', () => {
    // Four agencies of 2567. Overall points per point on a code: I1 6 % / 6 questions = 0.01, E1 10 % / 5
    // = 0.02, O1 20 % / 5 sub-indicators / 8 items (9.1) = 0.005, O24 20 % / 5 / 4 (9.4) = 0.01, O37
    // 20 % / 2 / 2 (10.2) = 0.05. Lost per agency = impact × mean shortfall to 100 over those scored:
    //   O37 100 100 100 0       → 0.05 × 25           = 1.25  (mean 75, pass rate 75 %)
    //   O24 0 100 0 100         → 0.01 × 50           = 0.50  (mean 50, pass rate 50 %)
    //   O1  0 0 100 0           → 0.005 × 75          = 0.375 (mean 25, pass rate 25 %)
    //   E1  88 84 80 84         → 0.02 × 16           = 0.32  (mean 84)
    //   I1  60 70 80 (D has none) → 0.01 × 30         = 0.30  (mean 70)
    // By mean score (lowest first) the order would be O1, O24, I1, O37, E1; by agencies below 85,
    // I1 (3 of 3) and O1 and E1 (3 of 4) first.
    const ds = ingest([
      { name: 'weak-codes-2567.csv', bytes: repoBytes('test/fixtures/weak-codes-2567.csv') },
    ]);
    const sb = scoreAll(ds);
    const w = weakestInGroup(ds, sb, all(sb.groups.count));
    expect(w.map((c) => c.code)).toEqual(['O37', 'O24', 'O1', 'E1', 'I1']);
    expect(w.map((c) => round(c.lostPerAgency, 6))).toEqual([1.25, 0.5, 0.375, 0.32, 0.3]);
    expect(w.map((c) => round(c.pointsLost, 6))).toEqual([5, 2, 1.5, 1.28, 0.9]);
    expect(w.map((c) => [c.code, c.scored, c.below, round(c.mean, 6)])).toEqual([
      ['O37', 4, 1, 75],
      ['O24', 4, 2, 50],
      ['O1', 4, 3, 25],
      ['E1', 4, 3, 84],
      ['I1', 3, 3, 70],
    ]);
    // OIT items by pass rate; questions have none.
    expect(w.map((c) => [c.code, c.passed, c.passRate])).toEqual([
      ['O37', 3, 75],
      ['O24', 2, 50],
      ['O1', 1, 25],
      ['E1', null, null],
      ['I1', null, null],
    ]);
    // Only the groups asked for: agency D alone loses 5 overall points on O37 (0.05 × 100).
    const d = sb.groups.count - 1;
    expect(ds.orgs[sb.groups.org[d] as number]?.id).toBe('T104');
    expect(
      weakestInGroup(ds, sb, Int32Array.from([d])).map((c) => [c.code, round(c.lostPerAgency, 6)]),
    ).toEqual([
      ['O37', 5],
      ['O1', 0.5],
      ['E1', 0.32],
      ['O24', 0],
    ]);
    expect(weakestInGroup(ds, sb, new Int32Array(0))).toEqual([]);
  });

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
    // O1: 0.005 × 200 / 3 = 0.333; E1: 0.02 × 50 / 2 = 0.5; I1: 0.01 × 55 / 3 = 0.183.
    expect(w.map((c) => [c.code, c.tool, c.scored, c.below])).toEqual([
      ['E1', 'EIT', 2, 1],
      ['O1', 'OIT', 3, 2],
      ['I1', 'IIT', 3, 2],
    ]);
    const i1 = w[2]!;
    expect(i1.mean).toBeCloseTo(245 / 3, 9);
    expect(i1.pointsLost).toBeCloseTo((impact[codeSlot('I1')] as number) * (20 + 30 + 5), 12);
    expect(i1.lostPerAgency).toBeCloseTo(i1.pointsLost / 3, 12);
    expect(w[1]!.pointsLost).toBeCloseTo((impact[codeSlot('O1')] as number) * 200, 12);
    expect(w[1]!.passRate).toBeCloseTo(100 / 3, 9);
    expect(weakestInGroup(ds, sb, Int32Array.from([1])).map((c) => [c.code, c.below])).toEqual([
      ['E1', 1],
      ['I1', 1],
      ['O1', 0],
    ]);
  });

  it('equals a plain per-row count on a national synthetic year', () => {
    const files = syntheticYearFiles(2567);
    const ds = ingest([{ name: 'questions-2567.csv', bytes: files.questions }]);
    const sb = scoreAll(ds);
    const groups = Int32Array.from({ length: sb.groups.count }, (_, g) => g).filter((g) => g % 3 === 0);
    const impact = compileFramework(sb.frameworks[0]!).impactOfSlot;
    const want = new Map<
      number,
      { below: number; scored: number; sum: number; lost: number; passed: number }
    >();
    const chosen = new Set(groups);
    const groupOf = new Map<string, number>();
    for (let g = 0; g < sb.groups.count; g++) groupOf.set(`${sb.groups.org[g]}/${sb.groups.year[g]}`, g);
    for (let row = 0; row < ds.table.length; row++) {
      const g = groupOf.get(`${ds.table.org[row]}/${ds.table.year[row]}`) as number;
      const slot = ds.table.slot[row] as number;
      if (!chosen.has(g) || slot <= 10) continue;
      const v = ds.table.score[row] as number;
      const e = want.get(slot) ?? { below: 0, scored: 0, sum: 0, lost: 0, passed: 0 };
      e.scored++;
      e.sum += v;
      if (v < 85) e.below++;
      if (v === 100) e.passed++;
      e.lost += (impact[slot] as number) * (100 - v);
      want.set(slot, e);
    }
    const got = weakestInGroup(ds, sb, groups);
    expect(got.length).toBe(want.size);
    for (const c of got) {
      const e = want.get(c.slot)!;
      expect([c.scored, c.below]).toEqual([e.scored, e.below]);
      expect(c.mean).toBeCloseTo(e.sum / e.scored, 9);
      expect(c.pointsLost).toBeCloseTo(e.lost, 9);
      expect(c.lostPerAgency).toBeCloseTo(e.lost / e.scored, 12);
      expect(c.passRate).toBe(c.tool === 'OIT' ? (e.passed / e.scored) * 100 : null);
    }
    for (let k = 1; k < got.length; k++)
      expect(got[k - 1]!.lostPerAgency).toBeGreaterThanOrEqual(got[k]!.lostPerAgency);
  });
});

describe('weak rows', () => {
  it('splits questions from OIT items and attaches their wording', async () => {
    const { weakRows } = await import('@/features/compare/lib/weak-rows');
    const { BUILTIN_FRAMEWORKS, resolveFramework } = await import('@analysis/frameworks/registry');
    const fw = resolveFramework(2567, BUILTIN_FRAMEWORKS)?.framework ?? null;
    const base = {
      scored: 2,
      below: 1,
      mean: 80,
      pointsLost: 0.1,
      lostPerAgency: 0.05,
      passed: null,
      passRate: null,
    };
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
