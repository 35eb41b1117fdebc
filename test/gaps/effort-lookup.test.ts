import { describe, expect, it } from 'vitest';
import { effortLookup } from '@analysis/gaps/effort-lookup';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { effortOf } from '@analysis/measures/query';
import { loadBuiltinCatalogue } from '../../tools/node/builtin-catalogue';

describe('effort look-up', () => {
  it('gives what effortOf gives, for every code of every year', () => {
    const catalogue = loadBuiltinCatalogue().measures;
    for (const [year, fw] of BUILTIN_FRAMEWORKS) {
      const look = effortLookup(catalogue, year);
      const codes = [...fw.questions.map((q) => q.code), ...fw.oitItems.map((o) => o.code), '9', 'X1'];
      for (const code of codes) {
        expect(look(code)).toBe(effortOf(catalogue, code, year));
        expect(look(code)).toBe(effortOf(catalogue, code, year));
      }
    }
    expect(effortLookup(catalogue, 2567)('E10')).toBeDefined();
  });
});
