import { describe, expect, it } from 'vitest';
import { analyseText, indicatorCsv, SEED001 } from '../helpers';
import { round } from '@analysis/scoring/round';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { parseTarget, nextTarget } from '@analysis/gaps/target';
import { pathToTarget } from '@analysis/gaps/path';

/** Re-score an indicator-level agency after applying a path's steps, as the what-if will. */
function applySteps(values: number[], steps: { code: string; to: number }[]): number[] {
  const v = [...values];
  for (const s of steps) v[Number(s.code) - 1] = s.to;
  return v;
}

describe('path to a target', () => {
  it('seed 001 (ผ่านดี) aims at ผ่านดีเยี่ยม by default, and its steps really reach it', () => {
    const [a] = analyseText(indicatorCsv(SEED001));
    expect(a?.target?.level?.code).toBe('excellent');
    expect(a?.path?.reached).toBe(true);
    const after = applySteps(SEED001, a?.path?.steps ?? []);
    const [b] = analyseText(indicatorCsv(after));
    expect(b?.assessment.rating?.code).toBe('excellent');
  });

  it('a failing agency gets a path to pass whose steps reach 85 exactly enough (trimmed last step)', () => {
    const values = [80, 78, 90, 75, 70, 72, 70, 65, 80, 60];
    const [a] = analyseText(indicatorCsv(values, 2567));
    expect(a?.assessment.pass).toBe(false);
    expect(a?.target?.minOverall).toBe(85);
    const steps = a?.path?.steps ?? [];
    expect(a?.path?.reached).toBe(true);
    const [b] = analyseText(indicatorCsv(applySteps(values, steps), 2567));
    expect(round(b?.assessment.overall ?? 0, 2)).toBeGreaterThanOrEqual(85);
    expect(round(b?.assessment.overall ?? 0, 2)).toBeLessThan(85.1);
    // Each step's points add up to the final overall.
    const total = steps.reduce((s, x) => s + x.points, a?.assessment.overall ?? 0);
    expect(total).toBeCloseTo(b?.assessment.overall ?? 0, 6);
  });

  it('failed OIT items come first: they are the cheapest points', () => {
    const rows = ['org_id,year,code,score'];
    for (let i = 1; i <= 8; i++) rows.push(`A,2564,${i},80`);
    for (let n = 1; n <= 43; n++) rows.push(`A,2564,O${n},${[2, 11, 36].includes(n) ? 0 : 100}`);
    const [a] = analyseText(rows.join('\n'));
    const codes = (a?.path?.steps ?? [])
      .slice(0, 3)
      .map((s) => s.code)
      .sort();
    expect(codes).toEqual(['O11', 'O2', 'O36'].sort());
  });

  it('excluded and capped codes are respected, locked ones come first', () => {
    const [a] = analyseText(indicatorCsv([80, 78, 90, 75, 70, 72, 70, 65, 80, 60], 2567));
    const fw = BUILTIN_FRAMEWORKS.get(2567);
    if (!a || !fw) throw new Error('no analysis');
    const target = parseTarget('85', fw);
    if (!target) throw new Error('no target');
    const p = pathToTarget(a.assessment, fw, target, { exclude: ['10'], caps: { '9': 90 }, locked: ['3'] });
    expect(p?.steps[0]).toMatchObject({ code: '3', locked: true, to: 100 });
    expect(p?.steps.some((s) => s.code === '10')).toBe(false);
    for (const s of p?.steps ?? []) if (s.code === '9') expect(s.to).toBeLessThanOrEqual(90);
  });

  it('targets parse from scores and rating codes; an unknown one is null', () => {
    const fw = BUILTIN_FRAMEWORKS.get(2565);
    if (!fw) throw new Error('no 2565');
    expect(parseTarget('95', fw)).toMatchObject({ minOverall: 95 });
    expect(parseTarget('AA', fw)?.level?.code).toBe('AA');
    expect(parseTarget('good', fw)).toBeNull();
    expect(nextTarget(fw, fw.ratings.find((l) => l.code === 'B') ?? null)?.level?.code).toBe('A');
    expect(nextTarget(fw, fw.ratings[0] ?? null)).toBeNull();
  });
});
