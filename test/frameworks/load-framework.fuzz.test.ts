import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrameworkJson } from '@analysis/frameworks/load-framework';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import type { Problem } from '@analysis/problems';

const SEED = 20240501;

function wellFormed(problems: Problem[]): void {
  for (const p of problems) {
    expect(p.file).toBe('fuzz.json');
    expect(typeof p.message_th).toBe('string');
    expect(p.message_en.length).toBeGreaterThan(0);
    expect(['error', 'warning', 'info']).toContain(p.severity);
  }
}

function check(text: string): void {
  const { frameworks, problems } = parseFrameworkJson(text, 'fuzz.json');
  wellFormed(problems);
  for (const f of frameworks) {
    expect(f.indicators).toHaveLength(10);
    expect(f.tools).toHaveLength(3);
  }
}

const yearish = fc.oneof(fc.constantFrom(2562, 2567, 2568, '2567', null, 2024, -1, 1e308), fc.jsonValue());
const anyList = fc.oneof(
  fc.array(fc.jsonValue(), { maxLength: 8 }),
  fc.dictionary(fc.string(), fc.jsonValue()),
  fc.jsonValue(),
);

describe('parseFrameworkJson never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s)),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('on random JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => check(JSON.stringify(v) ?? 'null')),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('on framework-shaped junk', () => {
    const entry = fc.record(
      {
        year: yearish,
        basedOn: yearish,
        threshold: fc.jsonValue(),
        ratingScheme: fc.jsonValue(),
        verification: fc.jsonValue(),
        tools: anyList,
        indicators: anyList,
        questions: anyList,
        subIndicators: anyList,
        oitItems: anyList,
        ratings: anyList,
        __proto__: fc.jsonValue(),
        constructor: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(entry, fc.array(entry, { maxLength: 4 })), (v) => check(JSON.stringify(v))),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('on built-in frameworks with one field replaced by junk', () => {
    const base = JSON.parse(JSON.stringify(BUILTIN_FRAMEWORKS.get(2567))) as Record<string, unknown>;
    const lists = ['tools', 'indicators', 'questions', 'subIndicators', 'oitItems', 'ratings'];
    fc.assert(
      fc.property(
        fc.constantFrom(...lists),
        fc.nat(50),
        fc.string({ maxLength: 12 }),
        fc.jsonValue(),
        (list, i, key, junk) => {
          const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown[]>;
          const arr = copy[list] ?? [];
          const target = arr[i % Math.max(1, arr.length)];
          if (target && typeof target === 'object') (target as Record<string, unknown>)[key] = junk;
          else arr.push(junk);
          check(JSON.stringify(copy));
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('on huge arrays', () => {
    const big = JSON.stringify({
      year: 2567,
      basedOn: 2567,
      questions: Array.from({ length: 5000 }, () => 1),
    });
    const { problems } = parseFrameworkJson(big, 'fuzz.json');
    expect(problems.length).toBeLessThanOrEqual(502);
    expect(problems.some((p) => p.kind === 'framework-list-too-long')).toBe(true);
    check(JSON.stringify(Array.from({ length: 200 }, () => ({ year: 2567 }))));
  });
});
