import { describe, expect, it } from 'vitest';
import { analyseText, indicatorCsv, SEED001 } from '../helpers';
import { round } from '@analysis/scoring/round';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { parseTarget, nextTarget } from '@analysis/gaps/target';
import { DEFAULT_MARGIN, MIN_RAISE, pathToTarget, type PathStep } from '@analysis/gaps/path';

/** Re-score an indicator-level agency after applying a path's steps, as the what-if will. */
function applySteps(values: number[], steps: { code: string; to: number }[]): number[] {
  const v = [...values];
  for (const s of steps) v[Number(s.code) - 1] = s.to;
  return v;
}

const brief = (steps: readonly PathStep[]) => steps.map((s) => [s.code, s.from, s.to]);

function seed001(margin?: number) {
  const [a] = analyseText(indicatorCsv(SEED001));
  const fw = BUILTIN_FRAMEWORKS.get(2567);
  const target = fw ? parseTarget('excellent', fw) : null;
  if (!a || !fw || !target) throw new Error('no analysis');
  return pathToTarget(a.assessment, fw, target, margin === undefined ? {} : { margin });
}

describe('path to a target', () => {
  it('seed 001 (ผ่านดี) aims at ผ่านดีเยี่ยม by default, and its steps really reach it with the margin', () => {
    const [a] = analyseText(indicatorCsv(SEED001));
    expect(a?.target?.level?.code).toBe('excellent');
    expect(a?.path?.reached).toBe(true);
    expect(a?.path?.marginMet).toBe(true);
    expect(a?.path?.aim).toEqual({ minOverall: 95 + DEFAULT_MARGIN, minEachTool: 95 + DEFAULT_MARGIN });
    const after = applySteps(SEED001, a?.path?.steps ?? []);
    const [b] = analyseText(indicatorCsv(after));
    expect(b?.assessment.rating?.code).toBe('excellent');
    expect(round(b?.assessment.overall ?? 0, 2)).toBeGreaterThanOrEqual(95.5);
    for (const t of ['IIT', 'EIT', 'OIT'] as const)
      expect(round(b?.assessment.tools[t] ?? 0, 2)).toBeGreaterThanOrEqual(95.5);
  });

  it('สะเตงนอก towards ผ่านดีเยี่ยม: indicator 4 (81.04) rises before indicator 1 (95.11), which stays', () => {
    // Every indicator here costs alike (effort 3 × its questions), so within a tool the cheapest next
    // point is on the lowest indicator: they rise to a common level, the higher ones stay.
    // IIT needs 5 × 95.495 − (95.11 + 94.96 + 100 + 81.04 + 91.55) = 14.815 points: 4 alone to 91.55
    // gives 10.51, then 4 and 5 together to L: 2 (L − 91.55) = 4.305, L = 93.7025 → 93.71 (rounded up),
    // still below 94.96 and 95.11, so indicators 1 and 2 stay. EIT needs 3 × 95.495 − 269.28 = 17.205:
    // 8 to 91.34 gives 10.59, then 7 and 8 to 94.6475 → 94.65, below 97.19. OIT 95 needs 95.495:
    // indicator 9 (an OIT indicator, passed item by item, the same price per point) 90 → 90.99 → 91.
    // Cheapest point first: 9, then 8, 7 (EIT points weigh 0.10 of the overall), then 4, 5 (0.06).
    const p = seed001();
    expect(brief(p?.steps ?? [])).toEqual([
      ['9', 90, 91],
      ['8', 80.75, 94.65],
      ['7', 91.34, 94.65],
      ['4', 81.04, 93.71],
      ['5', 91.55, 93.71],
    ]);
    // The old path took indicator 1 to 100 and left indicator 4 at 88.47.
    expect(p?.steps.some((s) => s.code === '1')).toBe(false);
    expect(p?.steps.every((s) => s.to < 100)).toBe(true);
    expect(round(p?.overallAfter ?? 0, 2)).toBe(95.5);
  });

  it('without a margin the same path stops at the line itself', () => {
    // EIT: 10.59 + 2 (L − 91.34) = 15.705 → L = 93.8975 → 93.90; OIT already at 95. IIT: 10.51 +
    // 2 (L − 91.55) = 12.315 would give L = 92.4525, but a step raises a score by at least MIN_RAISE
    // (1 point; less is not a step a group can plan): indicator 5 rises to 92.55 and 4 takes the rest,
    // 81.04 + 12.315 − 1 = 92.355 → 92.36 (cheaper than 4 alone to 93.36: 18.62 against 18.87 effort).
    const p = seed001(0);
    expect(MIN_RAISE).toBe(1);
    expect(brief(p?.steps ?? [])).toEqual([
      ['8', 80.75, 93.9],
      ['7', 91.34, 93.9],
      ['4', 81.04, 92.36],
      ['5', 91.55, 92.55],
    ]);
    expect(p).toMatchObject({ reached: true, marginMet: true, margin: 0 });
    expect(round(p?.overallAfter ?? 0, 2)).toBe(95);
  });

  it('the running totals add up, step by step, to where the path ends', () => {
    const p = seed001();
    let overall = 92.6876;
    const tools = { IIT: 92.532, EIT: 89.76, OIT: 95 };
    for (const s of p?.steps ?? []) {
      overall += s.points;
      tools[s.tool] += (s.to - s.from) * (s.tool === 'OIT' ? 1 / 2 : s.tool === 'EIT' ? 1 / 3 : 1 / 5);
      expect(s.overallAfter).toBeCloseTo(overall, 9);
      expect(s.toolsAfter[s.tool]).toBeCloseTo(tools[s.tool], 9);
    }
    expect(p?.overallAfter).toBeCloseTo(overall, 9);
    expect(p?.toolsAfter).toEqual(p?.steps.at(-1)?.toolsAfter);
  });

  it('a failing agency: perception questions at 0 rise first, to where their next point costs what others do, never to exactly 85', () => {
    // 2567, questions only, OIT all passed. Every question at 70 but I1, I13 and E11 (four-level) at 0:
    // IIT = EIT = 65.33, overall 79.20, rating ต้องปรับปรุง, target ผ่าน (85) + 0.5 → 6.295 points needed.
    // Price λ = effort per overall point. A four-level question (effort 3) at price λ sits at
    // 100 − 3 / (impact × λ): IIT impact 0.01 → 100 − 300/λ, EIT impact 0.02 → 100 − 150/λ. A yes/no
    // question at 70 (effort 2) costs 2/30 per point: EIT ones switch on at λ 3.33, IIT ones at 6.67.
    // Between λ 5 and 6.67 the gain is E11 (2 − 3/λ) + I1, I13 (2 − 6/λ) + EIT yes/no 2.4 + the ten
    // four-level EIT questions at 70 (6 − 30/λ) = 12.4 − 39/λ = 6.295 → λ = 6.3882: E11 and the EIT 70s
    // end at 76.52, I1 and I13 at 53.04, E4 E8 E10 E13 at 100, the IIT yes/no questions stay.
    const fw = BUILTIN_FRAMEWORKS.get(2567);
    if (!fw) throw new Error('no 2567');
    const zero = ['I1', 'I13', 'E11'];
    const rows = ['org_id,year,code,score'];
    for (const q of fw.questions) rows.push(`A,2567,${q.code},${zero.includes(q.code) ? 0 : 70}`);
    for (const o of fw.oitItems) rows.push(`A,2567,${o.code},100`);
    const [a] = analyseText(rows.join('\n'));
    expect(round(a?.assessment.overall ?? 0, 2)).toBe(79.2);
    expect(a?.target?.level?.code).toBe('pass');
    const steps = a?.path?.steps ?? [];
    const to = Object.fromEntries(steps.map((s) => [s.code, s.to]));
    expect(to).toMatchObject({ I1: 53.04, I13: 53.04, E11: 76.52, E4: 100, E8: 100, E10: 100, E13: 100 });
    const l4Eit = fw.questions.filter((q) => q.tool === 'EIT' && q.scale === 'L4' && q.code !== 'E11');
    expect(l4Eit).toHaveLength(10);
    for (const q of l4Eit) expect(to[q.code]).toBe(76.52);
    for (const code of ['I4', 'I5', 'I6', 'I26']) expect(to[code]).toBeUndefined();
    expect(steps.some((s) => s.to === 85)).toBe(false);
    // The zeros come before the questions at 70; the perception questions never reach 100.
    const order = steps.map((s) => s.code);
    expect(order[0]).toBe('E11');
    expect(order.indexOf('I1')).toBeLessThan(order.indexOf('E1'));
    for (const s of steps)
      if (fw.questions.find((q) => q.code === s.code)?.scale === 'L4') expect(s.to).toBeLessThan(100);
    expect(round(a?.path?.overallAfter ?? 0, 2)).toBe(85.5);
  });

  it('a failing indicator-level agency reaches 85 plus the margin, and not much more', () => {
    const values = [80, 78, 90, 75, 70, 72, 70, 65, 80, 60];
    const [a] = analyseText(indicatorCsv(values, 2567));
    expect(a?.assessment.pass).toBe(false);
    expect(a?.target?.minOverall).toBe(85);
    const steps = a?.path?.steps ?? [];
    expect(a?.path?.reached).toBe(true);
    const [b] = analyseText(indicatorCsv(applySteps(values, steps), 2567));
    expect(round(b?.assessment.overall ?? 0, 2)).toBeGreaterThanOrEqual(85.5);
    expect(round(b?.assessment.overall ?? 0, 2)).toBeLessThan(85.52);
    const total = steps.reduce((s, x) => s + x.points, a?.assessment.overall ?? 0);
    expect(total).toBeCloseTo(b?.assessment.overall ?? 0, 6);
    // OIT indicators pass item by item: the cheapest points, and allowed to reach 100; IIT/EIT ones not.
    expect(steps[0]?.code).toBe('10');
    for (const s of steps) if (s.tool !== 'OIT') expect(s.to).toBeLessThan(100);
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
    expect(p?.steps.find((s) => s.code === '9')?.to).toBe(90);
    expect(p?.reached).toBe(true);
  });

  it('keeps the bare target when the margin cannot be had, and says when even that cannot', () => {
    const [a] = analyseText(indicatorCsv(SEED001));
    const fw = BUILTIN_FRAMEWORKS.get(2567);
    if (!a || !fw) throw new Error('no analysis');
    const only9 = { exclude: ['1', '2', '4', '5', '6', '7', '8'] };
    // Indicator 9 alone can add 2.00 (to 94.69): 94.5 is in reach, 95.0 is not.
    const bare = pathToTarget(a.assessment, fw, { minOverall: 94.5, level: null }, only9);
    // (94.495 − 92.6876) / 0.2 = 9.037 → 90 + 9.04 = 99.04.
    expect(bare).toMatchObject({ reached: true, marginMet: false, aim: { minOverall: 94.5 } });
    expect(brief(bare?.steps ?? [])).toEqual([['9', 90, 99.04]]);
    const none = pathToTarget(a.assessment, fw, { minOverall: 95, level: null }, only9);
    expect(none).toMatchObject({ reached: false, marginMet: false });
    expect(brief(none?.steps ?? [])).toEqual([['9', 90, 100]]);
    expect(round(none?.overallAfter ?? 0, 2)).toBe(94.69);
  });

  it('a target already met needs no step', () => {
    const [a] = analyseText(indicatorCsv(SEED001));
    const fw = BUILTIN_FRAMEWORKS.get(2567);
    const target = fw ? parseTarget('good', fw) : null;
    if (!a || !fw || !target) throw new Error('no analysis');
    expect(pathToTarget(a.assessment, fw, target)).toMatchObject({
      steps: [],
      reached: true,
      marginMet: true,
    });
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
