import { describe, expect, it } from 'vitest';
import { BUILTIN_FRAMEWORKS, resolveFramework, withFrameworks } from '@analysis/frameworks/registry';

describe('resolveFramework', () => {
  it('finds the exact year', () => {
    const r = resolveFramework(2564);
    expect(r?.exact).toBe(true);
    expect(r?.framework.year).toBe(2564);
  });

  it('falls back to the latest earlier year', () => {
    const r = resolveFramework(2570);
    expect(r?.exact).toBe(false);
    expect(r?.framework.year).toBe(2568);
  });

  it('returns null before the first year or for a non-number', () => {
    expect(resolveFramework(2561)).toBeNull();
    expect(resolveFramework(Number.NaN)).toBeNull();
  });
});

describe('withFrameworks', () => {
  it('adds and replaces years without touching the base', () => {
    const base2568 = BUILTIN_FRAMEWORKS.get(2568);
    if (!base2568) throw new Error('missing 2568');
    const changed = { ...base2568, threshold: 90 };
    const added = { ...base2568, year: 2569 };
    const reg = withFrameworks(BUILTIN_FRAMEWORKS, [added, changed]);
    expect(reg.get(2568)?.threshold).toBe(90);
    expect(BUILTIN_FRAMEWORKS.get(2568)?.threshold).toBe(85);
    expect([...reg.keys()].at(-1)).toBe(2569);
    expect(resolveFramework(2575, reg)?.framework.year).toBe(2569);
  });
});
