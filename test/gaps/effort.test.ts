import { describe, expect, it } from 'vitest';
import { pointCost, raiseCost } from '@analysis/gaps/effort';

describe('what raising a score costs', () => {
  it('a four-level score: closing half of what is left costs the same from anywhere, 100 is out of reach', () => {
    // effort × ln((100 − s) / (100 − s′)): 0 → 50, 80 → 90 and 98 → 99 each halve what is left.
    expect(raiseCost('share', 3, 0, 50)).toBeCloseTo(3 * Math.LN2, 12);
    expect(raiseCost('share', 3, 80, 90)).toBeCloseTo(3 * Math.LN2, 12);
    expect(raiseCost('share', 3, 98, 99)).toBeCloseTo(3 * Math.LN2, 12);
    // A small step costs (s′ − s) / (100 − s) × effort, as the issue puts it.
    expect(raiseCost('share', 3, 81.04, 81.05)).toBeCloseTo((0.01 / 18.96) * 3, 6);
    expect(pointCost('share', 3, 0, 90, 100)).toBeCloseTo(0.3, 12);
    // Closing 90 % costs more than twice closing 50 %; the last half-hundredth is not charged.
    expect(raiseCost('share', 3, 0, 90)).toBeGreaterThan(2 * raiseCost('share', 3, 0, 50));
    expect(raiseCost('share', 3, 50, 100)).toBe(raiseCost('share', 3, 50, 99.995));
    expect(Number.isFinite(raiseCost('share', 3, 50, 100))).toBe(true);
  });

  it('a yes/no question costs its effort for all of its gap, an OIT item its effort to pass', () => {
    // The path gives a yes/no question at s the scale effort / (100 − s) per point.
    expect(raiseCost('linear', 2 / 40, 60, 100)).toBeCloseTo(2, 12);
    expect(raiseCost('linear', 2 / 40, 60, 80)).toBeCloseTo(1, 12);
    expect(raiseCost('once', 1, 0, 100)).toBe(1);
    expect(raiseCost('once', 1, 0, 0)).toBe(0);
    expect(pointCost('once', 1, 0, 0, 100)).toBeCloseTo(0.01, 12);
  });
});
