import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateOrganisations,
  generateYear,
  YEAR_TARGETS,
  type SyntheticYear,
} from '../../../tools/synthetic';
import { codeSlot, SLOT_COUNT } from '@analysis/codes';
import { resolveFramework } from '@analysis/frameworks/registry';
import { compileFramework } from '@analysis/scoring/compile';
import { round } from '@analysis/scoring/round';
import { newSlotScores, scoreSlots } from '@analysis/scoring/score-slots';

interface National {
  n: number;
  mean: number;
  pass: number;
  /** Index = indicator id. */
  indicators: number[];
  overall: Float64Array;
}

/** Scores a generated year again from its question/item scores, with the real scorer. */
function rescore(data: SyntheticYear): National {
  const framework = resolveFramework(data.year)?.framework;
  if (!framework) throw new Error('no framework');
  const cfw = compileFramework(framework);
  const slots = data.codes.map(codeSlot);
  const m = slots.length;
  const n = data.orgIndex.length;
  const values = new Float64Array(SLOT_COUNT).fill(NaN);
  const out = newSlotScores();
  const sums = new Array<number>(11).fill(0);
  const overall = new Float64Array(n);
  let total = 0;
  let passed = 0;
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < m; j++) values[slots[j] as number] = data.scores[r * m + j] as number;
    scoreSlots(values, cfw, out);
    for (let k = 1; k <= 10; k++) sums[k] = (sums[k] as number) + (out.indicators[k] as number);
    overall[r] = out.overall;
    total += out.overall;
    if (round(out.overall, 2) >= 85) passed++;
  }
  return { n, mean: total / n, pass: (100 * passed) / n, indicators: sums.map((s) => s / n), overall };
}

const orgs = generateOrganisations(2567);
const years = new Map<number, SyntheticYear>();
const national = new Map<number, National>();

beforeAll(() => {
  for (const t of YEAR_TARGETS) {
    const data = generateYear(orgs, t.year, { seed: 2567 });
    years.set(t.year, data);
    national.set(t.year, rescore(data));
  }
}, 120_000);

const get = <T>(map: Map<number, T>, year: number): T => map.get(year) as T;

describe('national figures of the synthetic data (all agencies, rescored with scoreSlots)', () => {
  it.each(YEAR_TARGETS.map((t) => [t.year, t] as const))(
    '%i: mean and share ≥ 85 match the target',
    (year, t) => {
      const nat = get(national, year);
      expect(Math.abs(nat.mean - t.mean)).toBeLessThan(1);
      expect(Math.abs(nat.pass - t.pass)).toBeLessThan(3);
    },
  );

  it('matches the published figures', () => {
    const published: [number, number, number | null][] = [
      [2564, 81.25, null],
      [2565, 87.57, 70.52],
      [2566, 90.2, null],
      [2567, 93.05, 92.44],
      [2568, 93.82, 94.17],
    ];
    for (const [year, mean, pass] of published) {
      const nat = get(national, year);
      expect(Math.abs(nat.mean - mean), `${year} mean`).toBeLessThan(1);
      if (pass !== null) expect(Math.abs(nat.pass - pass), `${year} pass`).toBeLessThan(3);
    }
    // 2562–2563 lower than 2564, and the mean rises every year.
    expect(get(national, 2562).mean).toBeLessThan(80);
    for (let y = 2563; y <= 2568; y++)
      expect(get(national, y).mean).toBeGreaterThan(get(national, y - 1).mean);
  });

  it('has the published weakest and strongest indicators', () => {
    const ind = (year: number): number[] => get(national, year).indicators;
    const order = (year: number): number[] =>
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].sort((a, b) => ind(year)[a]! - ind(year)[b]!);
    // 2564: 10 (≈ 67) then 9 (≈ 82) are the weakest.
    expect(order(2564).slice(0, 2)).toEqual([10, 9]);
    expect(Math.abs(ind(2564)[10]! - 67)).toBeLessThan(1.5);
    expect(Math.abs(ind(2564)[9]! - 82)).toBeLessThan(1.5);
    // 2567: 8 (≈ 84.5) is the weakest.
    expect(order(2567)[0]).toBe(8);
    expect(Math.abs(ind(2567)[8]! - 84.5)).toBeLessThan(1);
    // 2568: 3 is the strongest (99.45), 8 ≈ 94.39, and 8 of 10 indicators rose.
    expect(order(2568)[9]).toBe(3);
    expect(Math.abs(ind(2568)[3]! - 99.45)).toBeLessThan(0.3);
    expect(Math.abs(ind(2568)[8]! - 94.39)).toBeLessThan(0.5);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((k) => ind(2568)[k]! > ind(2567)[k]!)).toHaveLength(8);
  });

  it('agrees with the indicators and overall scores the generator reports', () => {
    for (const [year, data] of years) {
      const nat = get(national, year);
      expect(data.overall).toEqual(nat.overall);
      expect(Math.abs(data.mean - nat.mean)).toBeLessThan(1e-9);
    }
  });

  it('has a realistic tail of low scorers and agencies that move, correlated, between years', () => {
    for (const year of [2565, 2567, 2568]) {
      const low = Array.from(get(national, year).overall).filter((v) => v < 70).length;
      expect(low, `${year} below 70`).toBeGreaterThan(20);
    }
    for (let y = 2563; y <= 2568; y++) {
      const prev = new Map<number, number>();
      const a = get(years, y - 1);
      a.orgIndex.forEach((o, r) => prev.set(o, a.overall[r] as number));
      const xs: number[] = [];
      const ys: number[] = [];
      get(years, y).orgIndex.forEach((o, r) => {
        const p = prev.get(o);
        if (p !== undefined) {
          xs.push(p);
          ys.push(get(years, y).overall[r] as number);
        }
      });
      const mx = xs.reduce((s, v) => s + v, 0) / xs.length;
      const my = ys.reduce((s, v) => s + v, 0) / ys.length;
      let sxy = 0;
      let sxx = 0;
      let syy = 0;
      for (let i = 0; i < xs.length; i++) {
        sxy += (xs[i]! - mx) * (ys[i]! - my);
        sxx += (xs[i]! - mx) ** 2;
        syy += (ys[i]! - my) ** 2;
      }
      const corr = sxy / Math.sqrt(sxx * syy);
      expect(corr, `${y - 1}→${y}`).toBeGreaterThan(0.3);
      expect(corr, `${y - 1}→${y}`).toBeLessThan(0.85);
    }
  });

  it('keeps every score in 0–100 with 2 decimals, OIT items 0 or 100, and consistent negative shares', () => {
    const bad: string[] = [];
    for (const data of years.values()) {
      const m = data.codes.length;
      const yesNo = new Set(data.framework.questions.filter((q) => q.scale === 'YN').map((q) => q.code));
      expect(m).toBe(data.framework.questions.length + data.framework.oitItems.length);
      for (let i = 0; i < data.scores.length && bad.length < 5; i++) {
        const s = data.scores[i] as number;
        const j = i % m;
        const code = data.codes[j] as string;
        const neg = data.negativePct[i] as number;
        let ok = s >= 0 && s <= 100 && Math.abs(s * 100 - Math.round(s * 100)) < 1e-6;
        if (data.tools[j] === 2) ok &&= (s === 0 || s === 100) && Number.isNaN(neg);
        else if (yesNo.has(code)) ok &&= Math.abs(neg - (100 - s)) < 0.006;
        else ok &&= neg >= Math.max(0, 100 - 1.5 * s) - 0.01 && neg <= Math.min(100, 1.5 * (100 - s)) + 0.01;
        if (!ok) bad.push(`${data.year} row ${Math.floor(i / m)} ${code}: score ${s}, negative ${neg}`);
      }
      for (let r = 0; r < data.orgIndex.length; r++) {
        if ((data.respondents[2 * r] as number) < 8 || (data.respondents[2 * r + 1] as number) < 30) {
          bad.push(`${data.year} row ${r}: respondents`);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
