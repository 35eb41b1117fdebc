import { describe, expect, it } from 'vitest';
import { mergeCatalogues } from '@analysis/measures/merge';
import { effortOf, measuresFor } from '@analysis/measures/query';
import { measure } from './helpers';

const base = [
  measure('B-O17-62', 'O17', [2562, 2565], 1), // E-Service in those years
  measure('B-O17-66', 'O17', [2566, 2567], 1), // procurement plan in those years
  measure('B-E10-1', 'E10', [2562, 2568], 2),
  measure('B-E10-2', 'E10', [2562, 2568], 3),
];

describe('measuresFor and effortOf', () => {
  it('picks by code and framework year; codes are read liberally', () => {
    expect(measuresFor(base, 'O17', 2564).map((m) => m.id)).toEqual(['B-O17-62']);
    expect(measuresFor(base, 'o 17', 2567).map((m) => m.id)).toEqual(['B-O17-66']);
    expect(measuresFor(base, 'O17', 2568)).toEqual([]);
    expect(measuresFor(base, 'E๑๐', 2566).map((m) => m.id)).toEqual(['B-E10-1', 'B-E10-2']);
    expect(measuresFor(base, 'nonsense', 2566)).toEqual([]);
  });

  it("effortOf is the lowest effort among the code's measures that year, undefined when none", () => {
    expect(effortOf(base, 'E10', 2566)).toBe(2);
    expect(effortOf(base, 'O17', 2563)).toBe(1);
    expect(effortOf(base, 'O17', 2568)).toBeUndefined();
    expect(effortOf(base, 'I1', 2566)).toBeUndefined();
  });
});

describe('mergeCatalogues', () => {
  it('add: appends new measures; a reused id replaces that measure in place', () => {
    const user = [measure('U-1', 'E10', [2566, 2568], 1), measure('B-E10-2', 'E10', [2562, 2568], 1)];
    const merged = mergeCatalogues(base, user, 'add');
    expect(merged.map((m) => m.id)).toEqual(['B-O17-62', 'B-O17-66', 'B-E10-1', 'B-E10-2', 'U-1']);
    expect(merged.find((m) => m.id === 'B-E10-2')?.effort).toBe(1);
    expect(effortOf(merged, 'E10', 2567)).toBe(1);
    expect(effortOf(merged, 'E10', 2563)).toBe(1);
  });

  it("replace: the user's measures of a code drop the base ones of that code in the years they cover", () => {
    const user = [measure('U-O17', 'O17', [2566, 2567], 2), measure('U-E10', 'E10', [2566, 2568], 1)];
    const merged = mergeCatalogues(base, user, 'replace');
    expect(merged.map((m) => m.id)).toEqual(['B-O17-62', 'U-O17', 'U-E10']);
    expect(measuresFor(merged, 'O17', 2564).map((m) => m.id)).toEqual(['B-O17-62']);
    expect(measuresFor(merged, 'E10', 2566).map((m) => m.id)).toEqual(['U-E10']);
  });

  it('leaves both inputs untouched', () => {
    const before = JSON.stringify(base);
    mergeCatalogues(base, [measure('U', 'E10', [2566, 2566])], 'replace');
    expect(JSON.stringify(base)).toBe(before);
  });
});
