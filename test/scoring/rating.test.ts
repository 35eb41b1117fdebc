import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { belowPassMark, overallPointsOf, rate } from '@analysis/scoring/rating';
import { round } from '@analysis/scoring/round';

const fw = (y: number) => {
  const f = BUILTIN_FRAMEWORKS.get(y);
  if (!f) throw new Error(`no ${y}`);
  return f;
};

describe('ratings', () => {
  it.each([
    [95, 'AA'],
    [94.995, 'AA'],
    [94.99, 'A'],
    [85, 'A'],
    [84.99, 'B'],
    [64.99, 'D'],
    [55, 'D'],
    [50, 'E'],
    [49.99, 'F'],
  ])('2565: %s → %s', (overall, code) => {
    expect(rate(overall, [100, 100, 100], fw(2565))?.code).toBe(code);
  });

  it.each([
    [96, [95, 96, 97], 'excellent'],
    [95.81, [94.9, 97, 96], 'good'],
    [94.64, [95, 84.99, 99], 'pass'],
    [92.69, [92.53, 89.76, 95], 'good'],
    [84.99, [90, 90, 90], 'improve'],
    [70, [60, 60, 60], 'improve'],
    [69.99, [60, 60, 60], 'urgent'],
  ])('2568: %s with tools %j → %s (a tool below 85 caps at ผ่าน)', (overall, tools, code) => {
    expect(rate(overall, tools, fw(2568))?.code).toBe(code);
  });

  it('rounds half away from zero at two decimals', () => {
    expect(round(92.685)).toBe(92.69);
    expect(round(-1.005)).toBe(-1.01);
    expect(round(84.994999)).toBe(84.99);
  });
});

describe('the pass mark and overall points, written once for every view', () => {
  it('compares a score with 85 as published (two decimals), NaN never below', () => {
    expect(belowPassMark(84.994)).toBe(true);
    expect(belowPassMark(84.995)).toBe(false); // published as 85.00
    expect(belowPassMark(85)).toBe(false);
    expect(belowPassMark(Number.NaN)).toBe(false);
    expect(belowPassMark(94.99, 95)).toBe(true);
  });
  it('an indicator gap costs its weight share of the overall', () => {
    expect(overallPointsOf(20, 10)).toBeCloseTo(2, 12); // an OIT indicator 10 points short
    expect(overallPointsOf(6, 4.89)).toBeCloseTo(0.2934, 12); // an IIT indicator
  });
});
