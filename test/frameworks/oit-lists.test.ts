import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import type { Framework } from '@analysis/frameworks/types';
import { pointsPerOitItem } from './helpers';

function get(year: number): Framework {
  const f = BUILTIN_FRAMEWORKS.get(year);
  if (!f) throw new Error(`missing ${year}`);
  return f;
}

function counts(f: Framework): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of f.oitItems) out[o.subIndicator] = (out[o.subIndicator] ?? 0) + 1;
  return out;
}

describe('OIT lists', () => {
  it('2563–2565: O1–O43 with 9/8/7/4/5 and 8/2 items', () => {
    for (const y of [2562, 2563, 2564, 2565]) {
      const f = get(y);
      expect(f.oitItems).toHaveLength(43);
      expect(counts(f)).toEqual({ '9.1': 9, '9.2': 8, '9.3': 7, '9.4': 4, '9.5': 5, '10.1': 8, '10.2': 2 });
    }
    const f = get(2563);
    expect(f.oitItems.find((o) => o.code === 'O34')?.subIndicator).toBe('10.1');
    expect(f.oitItems.filter((o) => o.subIndicator === '10.2').map((o) => o.code)).toEqual(['O42', 'O43']);
  });

  it('2563: one failed item of 9.1 costs 20 × 1/5 × 1/9 ≈ 0.444 overall points', () => {
    const f = get(2563);
    expect(pointsPerOitItem(f, 'O1')).toBeCloseTo(20 / 5 / 9, 10);
    expect(pointsPerOitItem(f, 'O1')).toBeCloseTo(0.444, 3);
    // indicator 9 falls from 100 to 97.78 (sources.md §2.3)
    expect(100 - pointsPerOitItem(f, 'O1') * (100 / 20)).toBeCloseTo(97.78, 2);
    // one failed 10.1 item: indicator 10 = 93.75
    expect(100 - pointsPerOitItem(f, 'O34') * (100 / 20)).toBeCloseTo(93.75, 2);
  });

  it('2566–2567: O1–O38 with 10.1 and 10.2 numbered on from O29', () => {
    for (const y of [2566, 2567]) {
      const f = get(y);
      expect(f.oitItems).toHaveLength(38);
      expect(counts(f)).toEqual({ '9.1': 8, '9.2': 8, '9.3': 4, '9.4': 4, '9.5': 4, '10.1': 8, '10.2': 2 });
      expect(f.oitItems[28]).toMatchObject({ code: 'O29', subIndicator: '10.1' });
    }
  });

  it('2568: partial list O1–O26 with an inferred mapping', () => {
    const f = get(2568);
    expect(f.oitItems).toHaveLength(26);
    expect(f.oitItems.find((o) => o.code === 'O16')?.titleTh).toContain('จริยธรรม');
    expect(f.oitItems.find((o) => o.code === 'O21')?.titleEn).toContain('No Gift');
    expect(f.verification.notesEn).toMatch(/inferred/);
  });
});
