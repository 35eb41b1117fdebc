import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { ratingBands } from '@analysis/frameworks/rating-bands';
import { previousYear, ratingHoldBack, toolStanding, yearsOfOrg } from '@/features/gap/lib/score-summary';
import { indicatorCsv } from '../helpers';
import { fromIndicators, seed001, seed004 } from './gap-helpers';

const fw = (y: number) => {
  const f = BUILTIN_FRAMEWORKS.get(y);
  if (!f) throw new Error(`no ${y}`);
  return f;
};

describe('rating bands', () => {
  it('from 2566: urgent < 70 ≤ improve < 85 ≤ pass/good < 95 ≤ excellent, the passing ones marked', () => {
    const bands = ratingBands(fw(2567));
    expect(bands.map((b) => [b.min, b.max, b.levels.map((l) => l.code), b.passing])).toEqual([
      [0, 70, ['urgent'], false],
      [70, 85, ['improve'], false],
      [85, 95, ['good', 'pass'], true],
      [95, 100, ['excellent'], true],
    ]);
  });

  it('up to 2565: one band per grade, AA and A passing', () => {
    const bands = ratingBands(fw(2564));
    expect(bands.map((b) => b.levels[0]?.code)).toEqual(['F', 'E', 'D', 'C', 'B', 'A', 'AA']);
    expect(bands.filter((b) => b.passing).map((b) => b.min)).toEqual([85, 95]);
  });
});

describe('what holds the rating back', () => {
  it('says so when a tool under 85 caps an overall of 85+ at ผ่าน', () => {
    // IIT 95, EIT 80, OIT 95: overall 90.50 meets ผ่านดี's floor, EIT does not.
    const x = fromIndicators([95, 95, 95, 95, 95, 80, 80, 80, 95, 95]);
    expect(x.assessment.rating?.code).toBe('pass');
    const h = ratingHoldBack(x.assessment, x.framework);
    expect(h?.reachable.code).toBe('good');
    expect(h?.actual.code).toBe('pass');
    expect(h?.tools.map((t) => [t.tool, t.need])).toEqual([['EIT', 85]]);
  });

  it('and when a tool under 95 caps an overall of 95+ at ผ่านดี', () => {
    const x = fromIndicators([100, 100, 100, 100, 100, 93, 93, 93, 100, 100]);
    expect(x.assessment.overall).toBeGreaterThan(95);
    const h = ratingHoldBack(x.assessment, x.framework);
    expect([h?.reachable.code, h?.actual.code]).toEqual(['excellent', 'good']);
    expect(h?.tools.map((t) => t.tool)).toEqual(['EIT']);
  });

  it('is silent for seed 001 (ผ่านดี is what 92.69 reaches), the grade years and an unknown overall', () => {
    const s = seed001();
    expect(ratingHoldBack(s.assessment, s.framework)).toBeNull();
    const g = fromIndicators([95, 95, 95, 95, 95, 80, 80, 80, 95, 95], 2564);
    expect(ratingHoldBack(g.assessment, g.framework)).toBeNull();
    const u = seed004();
    expect(ratingHoldBack(u.assessment, u.framework)).toBeNull();
  });

  it('places a tool against 85 and 95 as published (2 decimals)', () => {
    expect(toolStanding(84.994)).toBe('below');
    expect(toolStanding(84.995)).toBe('pass');
    expect(toolStanding(94.995)).toBe('top');
    expect(toolStanding(null)).toBe('unknown');
  });
});

describe('previous year', () => {
  const text = [
    indicatorCsv([90, 90, 90, 90, 90, 90, 90, 90, 90, 90], 2565, 'A'),
    indicatorCsv([80, 80, 80, 80, 80, 80, 80, 80, 80, 80], 2566, 'A').split('\n').slice(1).join('\n'),
    indicatorCsv([70, 70, 70, 70, 70, 70, 70, 70, 70, 70], 2567, 'A').split('\n').slice(1).join('\n'),
    'B,2566,1,50',
  ].join('\n');
  const ds = ingest([{ name: 'y.csv', bytes: new TextEncoder().encode(text) }]);
  const sb = scoreAll(ds);

  it('is the latest earlier year of the same agency, with its overall', () => {
    expect(previousYear(ds, sb, 'A', 2567)).toEqual({ year: 2566, overall: 80, published: false });
    expect(previousYear(ds, sb, 'A', 2566)?.year).toBe(2565);
    expect(previousYear(ds, sb, 'A', 2565)).toBeNull();
  });

  it('follows the same rule as the year shown: the published overall where the file prints one', () => {
    // A 2566 that printed 81.25 beside indicators computing 80: the change is taken from 81.25, as the
    // card's own year shows its official (published) figure too.
    const printed = ingest([
      { name: 'p.csv', bytes: new TextEncoder().encode(`${text}\nA,2566,overall,81.25`) },
    ]);
    expect(previousYear(printed, scoreAll(printed), 'A', 2567)).toEqual({
      year: 2566,
      overall: 81.25,
      published: true,
    });
  });

  it('keeps an unknown overall unknown (never zero)', () => {
    expect(previousYear(ds, sb, 'B', 2567)).toEqual({ year: 2566, overall: null, published: false });
  });

  it('lists the years an agency has', () => {
    expect(yearsOfOrg(ds, sb, 'A')).toEqual([2565, 2566, 2567]);
    expect(yearsOfOrg(ds, sb, 'nobody')).toEqual([]);
  });
});
