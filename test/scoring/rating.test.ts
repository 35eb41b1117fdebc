import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { rate } from '@analysis/scoring/rating';
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
