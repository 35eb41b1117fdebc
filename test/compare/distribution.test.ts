import { describe, expect, it } from 'vitest';
import { binOf, groupStats, histogram, quantileSorted } from '@analysis/compare/distribution';

const rowsOf = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

describe('group distribution', () => {
  it('gives pass rate, mean and quartiles (QUARTILE.INC), unknown scores left out', () => {
    const v = Float64Array.from([70, 80, 90, 100, NaN, 84.996]);
    const s = groupStats(v, rowsOf(6));
    expect(s).toMatchObject({ count: 6, known: 5, min: 70, max: 100, passed: 3, passRate: 60 });
    expect(s.mean).toBeCloseTo((70 + 80 + 90 + 100 + 84.996) / 5, 9);
    expect(s.median).toBeCloseTo(84.996, 9);
    expect(s.q1).toBe(80);
    expect(s.q3).toBe(90);
    expect(quantileSorted(Float64Array.from([1, 2, 3, 4]), 0.25)).toBeCloseTo(1.75, 9);
    expect(groupStats(v, Int32Array.from([4]))).toMatchObject({ known: 0, passed: 0 });
    expect(groupStats(v, Int32Array.from([4])).passRate).toBeNaN();
  });

  it('counts scores into 5-point bins from a round edge below the lowest score up to 100', () => {
    const v = Float64Array.from([62, 84.994, 84.996, 85, 100, NaN]);
    const bins = histogram(v, rowsOf(6));
    expect(bins.map((b) => b.from)).toEqual([60, 65, 70, 75, 80, 85, 90, 95]);
    expect(bins.map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 2, 0, 1]);
    expect(binOf(bins, 100)).toBe(7);
    expect(binOf(bins, 59)).toBe(-1);
    expect(binOf(bins, NaN)).toBe(-1);
    expect(histogram(v, Int32Array.from([5])).map((b) => b.count)).toEqual([0]);
  });
});
