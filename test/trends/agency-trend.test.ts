import { describe, expect, it } from 'vitest';
import { round } from '@analysis/scoring/round';
import { agencyTrend } from '@analysis/trends/agency-trend';
import { trendSummary } from '@analysis/trends/summary';
import { passStreak, latestScored } from '@analysis/trends/streak';
import { AGENCIES, build } from './helpers';

const { ds, sb } = build(AGENCIES);
const trendOf = (key: string) => {
  const t = agencyTrend(ds, sb, key);
  if (!t) throw new Error(`no trend for ${key}`);
  return t;
};
const a = trendOf('A');
const row = (year: number) => a.years.find((y) => y.year === year);

describe('agencyTrend: the series', () => {
  it('has one row per fiscal year loaded, 2562–2568, gaps included', () => {
    expect(a.years.map((y) => y.year)).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568]);
    expect(a.org.name).toBe('เทศบาลตำบลทดสอบ');
  });

  it('keeps a missing year as a gap: null scores, never zero', () => {
    const gap = row(2564);
    expect(gap).toMatchObject({
      group: -1,
      overall: null,
      rating: null,
      pass: null,
      change: null,
      peer: null,
    });
    expect(gap?.tools).toEqual([null, null, null]);
    expect(gap?.indicators).toEqual(new Array(10).fill(null));
    expect(gap?.scheme).toBe('grade');
  });

  it('gives overall, tools and indicators as scored', () => {
    expect(row(2566)?.overall).toBeCloseTo(90.8, 9);
    expect(row(2566)?.tools).toEqual([92, 88, 92]);
    expect(row(2568)?.tools[1]).toBeCloseTo(84.6667, 4);
    expect(row(2568)?.indicators).toEqual([97, 97, 97, 97, 97, 90, 84, 80, 96, 98]);
  });

  it("labels each year's rating by that year's own rules", () => {
    expect(a.years.map((y) => y.rating?.code ?? null)).toEqual(['B', 'A', null, 'A', 'good', 'good', 'pass']);
    expect(a.years.map((y) => y.scheme)).toEqual([
      'grade',
      'grade',
      'grade',
      'grade',
      'pass',
      'pass',
      'pass',
    ]);
    expect(a.years.map((y) => y.pass)).toEqual([false, true, null, true, true, true, true]);
    expect(row(2568)?.rating?.labelTh).toBe('ผ่าน');
  });

  it('takes a published overall when indicators are absent, rated by its year', () => {
    const e = trendOf('E');
    const y = e.years.find((r) => r.year === 2563);
    expect(y).toMatchObject({ overall: 77.5, source: 'published', pass: false });
    expect(y?.rating?.code).toBe('B');
    expect(e.years.filter((r) => r.overall !== null)).toHaveLength(1);
  });

  it('is null for an unknown organisation', () => {
    expect(agencyTrend(ds, sb, 'nope')).toBeNull();
  });
});

describe('agencyTrend: year-over-year changes', () => {
  it('measures from the year before, or across a gap from the last year with data', () => {
    expect(a.years.map((y) => [y.year, y.change, y.changeFrom])).toEqual([
      [2562, null, null],
      [2563, 6, 2562],
      [2564, null, null],
      [2565, 4, 2563],
      [2566, 0.8, 2565],
      [2567, 3.48, 2566],
      [2568, -0.98, 2567],
    ]);
  });

  it('equals the difference of the scores at 2 decimals', () => {
    for (const y of a.years) {
      if (y.change === null) continue;
      const prev = a.years.find((p) => p.year === y.changeFrom);
      expect(y.change).toBe(round(round(y.overall as number, 2) - round(prev?.overall as number, 2), 2));
    }
  });
});

describe('agencyTrend: ranks among peers', () => {
  it('ranks among agencies of the same type and province only, each year', () => {
    expect(a.peers).toEqual({ type: 'เทศบาลตำบล', province: 'ตราด' });
    expect(a.years.map((y) => (y.peer ? [y.peer.rank, y.peer.size] : null))).toEqual([
      [2, 2], // A 80 < B 88
      [2, 2],
      null,
      [1, 2],
      [1, 2],
      [1, 2],
      [2, 3], // C 99 > A 93.30 > B 88; D (another province) not counted
    ]);
  });

  it('ranks 1 of 1 when alone in its type and province, which the summary leaves out', () => {
    const e = trendOf('E');
    expect(e.years.find((y) => y.year === 2563)?.peer).toEqual({ rank: 1, size: 1 });
    const d = trendOf('D');
    expect(d.years.at(-1)?.peer).toEqual({ rank: 1, size: 1 });
    expect(trendSummary(d, 'th', 'arabic').some((s) => s.kind === 'rank')).toBe(false);
  });
});

describe('agencyTrend: rule changes and streaks', () => {
  it('marks the 2566 rating change and the OIT list changes', () => {
    expect(a.ruleChanges).toEqual([
      { year: 2566, rating: true, oit: true, from: 'grade', to: 'pass' },
      { year: 2568, rating: false, oit: true, from: 'pass', to: 'pass' },
    ]);
  });

  it('names indicators by the latest rules (indicator 8 renamed in 2566)', () => {
    expect(a.indicatorDefs.find((d) => d.id === 8)?.nameTh).toBe('การปรับปรุงระบบการทำงาน');
  });

  it('counts passes in a row, a gap ending the run', () => {
    const last = latestScored(a.years);
    expect(a.years[last]?.year).toBe(2568);
    expect(passStreak(a.years, last)).toBe(4); // 2565–2568; 2564 has no data
    expect(passStreak(a.years, 1)).toBe(1); // 2563 after a failed 2562
    expect(passStreak(a.years, 0)).toBe(0);
  });
});
