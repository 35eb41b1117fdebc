import { describe, expect, it } from 'vitest';
import { analyseAll } from '@analysis/analyse';
import { MIN_RAISE } from '@analysis/gaps/path';
import { pathUnits, type PathUnit } from '@analysis/gaps/path-units';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { syntheticYearFiles } from '../tools/synthetic-year';

/** Effort per overall point of the next point of a four-level unit at score x. */
const priceAt = (u: PathUnit, x: number): number => u.scale / ((100 - x) * u.perOverall);

describe('the path on a national year (synthetic 2567, question level)', () => {
  const ds = ingest([{ name: 'q.csv', bytes: syntheticYearFiles(2567).questions }]);
  const all = analyseAll(ds, scoreAll(ds), { year: 2567 }).filter((x) => x.path && x.path.steps.length > 0);
  // Every 10th agency with a path: agencies below 85, at ผ่าน aiming at ผ่านดี, at ผ่านดี aiming higher.
  const sample = all.filter((_, i) => i % 10 === 0);

  it('reaches every target with the margin, cheapest point first, no perception pushed to 100', () => {
    expect(sample.length).toBeGreaterThan(300);
    expect(new Set(sample.map((x) => x.target?.level?.code))).toEqual(new Set(['pass', 'good', 'excellent']));
    for (const x of sample) {
      const path = x.path;
      if (!path) throw new Error('no path');
      expect(path.reached).toBe(true);
      expect(path.marginMet).toBe(true);
      const units = new Map(pathUnits(x.assessment, x.framework, {}).map((u) => [u.code, u]));
      let last = 0;
      for (const s of path.steps) {
        const u = units.get(s.code) as PathUnit;
        if (u.model === 'share') expect(s.to).toBeLessThan(100);
        if (u.model !== 'once') expect(s.to - s.from).toBeGreaterThanOrEqual(MIN_RAISE);
        const price = s.cost / s.points;
        expect(price).toBeGreaterThanOrEqual(last * (1 - 1e-12));
        last = price;
      }
    }
  });

  it('within a tool, the four-level scores that rise stop where their next point costs the same', () => {
    // Apart from a score that rose by just its least raise (its price is where it jumped in) and at most
    // one trimmed at the margin (a pass/fail item or a least raise left a little more than needed).
    let checked = 0;
    for (const x of sample) {
      const path = x.path;
      if (!path) throw new Error('no path');
      const units = new Map(pathUnits(x.assessment, x.framework, {}).map((u) => [u.code, u]));
      for (const tool of ['IIT', 'EIT', 'OIT'] as const) {
        const free = path.steps.filter((s) => {
          const u = units.get(s.code) as PathUnit;
          return s.tool === tool && u.model === 'share' && s.to - s.from > MIN_RAISE + 0.01;
        });
        if (free.length < 3) continue;
        const prices = free.map((s) => priceAt(units.get(s.code) as PathUnit, s.to)).sort((a, b) => a - b);
        const top = prices.at(-1) as number;
        // Rounding each score up to 2 decimals moves its price by 0.01 / (100 − score) at most.
        expect(top / (prices[1] as number)).toBeLessThan(1.03);
        // A four-level score left where it is would not rise even a MIN_RAISE at that price.
        const stepped = new Set(path.steps.map((s) => s.code));
        for (const u of units.values()) {
          if (u.model !== 'share' || u.tool !== tool || stepped.has(u.code)) continue;
          expect(100 - u.scale / (top * u.perOverall) - u.from).toBeLessThan(MIN_RAISE + 0.05);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
