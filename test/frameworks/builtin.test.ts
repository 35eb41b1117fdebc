import { describe, expect, it } from 'vitest';
import { BUILTIN_YEARS } from '@analysis/frameworks/builtin';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { isStricterLevel } from '@analysis/frameworks/ratings';
import type { Framework } from '@analysis/frameworks/types';

const years = [2562, 2563, 2564, 2565, 2566, 2567, 2568];
const all: Framework[] = years.map((y) => {
  const f = BUILTIN_FRAMEWORKS.get(y);
  if (!f) throw new Error(`missing ${y}`);
  return f;
});

function codes(f: Framework, prefix: string): string[] {
  return f.questions.filter((q) => q.code.startsWith(prefix)).map((q) => q.code);
}

describe('built-in frameworks', () => {
  it('cover fiscal years 2562–2568 in order', () => {
    expect([...BUILTIN_FRAMEWORKS.keys()]).toEqual(years);
    expect(BUILTIN_YEARS).toEqual(years);
  });

  it.each(all)('$year: tools 30/30/40 and ten indicators summing to 100', (f) => {
    expect(f.tools.map((t) => [t.id, t.weight])).toEqual([
      ['IIT', 30],
      ['EIT', 30],
      ['OIT', 40],
    ]);
    expect(f.indicators.map((i) => i.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(f.indicators.map((i) => i.weight)).toEqual([6, 6, 6, 6, 6, 10, 10, 10, 20, 20]);
    expect(f.indicators.reduce((s, i) => s + i.weight, 0)).toBe(100);
    for (const t of f.tools) {
      const sum = f.indicators.filter((i) => i.tool === t.id).reduce((s, i) => s + i.weight, 0);
      expect(sum).toBe(t.weight);
    }
    expect(f.threshold).toBe(85);
  });

  it.each(all)('$year: I1–I30 six per indicator, E1–E15 five per indicator', (f) => {
    expect(codes(f, 'I')).toEqual(Array.from({ length: 30 }, (_, i) => `I${i + 1}`));
    expect(codes(f, 'E')).toEqual(Array.from({ length: 15 }, (_, i) => `E${i + 1}`));
    for (const q of f.questions) {
      const n = Number(q.code.slice(1));
      const expected = q.tool === 'IIT' ? Math.ceil(n / 6) : 5 + Math.ceil(n / 5);
      expect(q.indicator, q.code).toBe(expected);
      expect(q.tool).toBe(q.code.startsWith('I') ? 'IIT' : 'EIT');
      expect(q.textTh.length).toBeGreaterThan(0);
      expect(q.textEn.length).toBeGreaterThan(0);
    }
  });

  it.each(all)('$year: OIT items map to sub-indicators, and each OIT indicator has its own', (f) => {
    const subIds = new Set(f.subIndicators.map((s) => s.id));
    expect(subIds.size).toBe(f.subIndicators.length);
    for (const o of f.oitItems) expect(subIds.has(o.subIndicator), o.code).toBe(true);
    for (const s of f.subIndicators) {
      expect(s.id.startsWith(`${s.indicator}.`)).toBe(true);
      expect(
        f.oitItems.some((o) => o.subIndicator === s.id),
        s.id,
      ).toBe(true);
    }
    for (const id of [9, 10]) expect(f.subIndicators.some((s) => s.indicator === id)).toBe(true);
    expect(f.oitItems.map((o) => o.code)).toEqual(f.oitItems.map((_, i) => `O${i + 1}`));
  });

  it.each(all)('$year: rating levels best first, strictly ordered, ending at 0', (f) => {
    for (let i = 1; i < f.ratings.length; i++) {
      const [a, b] = [f.ratings[i - 1], f.ratings[i]];
      expect(a && b && isStricterLevel(a, b)).toBe(true);
    }
    expect(f.ratings.at(-1)?.minOverall).toBe(0);
  });

  it('uses grades AA–F up to 2565 and the pass scheme from 2566', () => {
    for (const f of all) {
      const expected =
        f.year <= 2565
          ? ['AA', 'A', 'B', 'C', 'D', 'E', 'F']
          : ['excellent', 'good', 'pass', 'improve', 'urgent'];
      expect(f.ratings.map((r) => r.code)).toEqual(expected);
      expect(f.ratingScheme).toBe(f.year <= 2565 ? 'grade' : 'pass');
    }
    const pass = all[4]?.ratings ?? [];
    expect(pass.map((r) => [r.labelTh, r.minOverall, r.minEachTool])).toEqual([
      ['ผ่านดีเยี่ยม', 95, 95],
      ['ผ่านดี', 85, 85],
      ['ผ่าน', 85, undefined],
      ['ต้องปรับปรุง', 70, undefined],
      ['ต้องปรับปรุงโดยด่วน', 0, undefined],
    ]);
  });

  it('renames indicator 8 from 2566', () => {
    expect(BUILTIN_FRAMEWORKS.get(2565)?.indicators[7]?.nameTh).toBe('การปรับปรุงการทำงาน');
    expect(BUILTIN_FRAMEWORKS.get(2566)?.indicators[7]?.nameTh).toBe('การปรับปรุงระบบการทำงาน');
  });

  it('words I9 the reverse way up to 2565 and positively from 2566; E4/E8/E10/E13 yes/no from 2566', () => {
    const q = (y: number, c: string) => BUILTIN_FRAMEWORKS.get(y)?.questions.find((x) => x.code === c);
    expect(q(2564, 'I9')?.polarity).toBe('negative');
    expect(q(2566, 'I9')?.polarity).toBe('positive');
    expect(['E4', 'E8', 'E10', 'E13'].map((c) => q(2567, c)?.scale)).toEqual(['YN', 'YN', 'YN', 'YN']);
    expect(q(2567, 'E4')?.polarity).toBe('negative');
  });

  it('marks verification as the sources do', () => {
    const v = (y: number) => BUILTIN_FRAMEWORKS.get(y)?.verification;
    expect(v(2562)?.oit).toBe('reconstructed');
    expect([2563, 2564, 2565].map((y) => v(y)?.oit)).toEqual(['verified', 'verified', 'verified']);
    expect([v(2566)?.oit, v(2567)?.oit, v(2568)?.oit]).toEqual(['reconstructed', 'reconstructed', 'partial']);
    for (const f of all) {
      expect(f.verification.indicators).toBe('verified');
      expect(f.verification.notesTh.length).toBeGreaterThan(0);
      expect(f.verification.notesEn.length).toBeGreaterThan(0);
      expect(f.source.length).toBeGreaterThan(0);
    }
  });
});
