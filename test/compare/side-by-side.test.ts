import { describe, expect, it } from 'vitest';
import { extremes, gapTo, sideBySide } from '@analysis/compare/side-by-side';
import { yearTable } from '@analysis/compare/year-table';
import { smallDataset } from './fixture';

describe('side by side', () => {
  it('marks the best and worst (ties all marked; nothing when all equal or fewer than two known)', () => {
    expect(extremes([90, 80, 90, NaN])).toEqual({ best: [0, 2], worst: [1] });
    expect(extremes([85, 85])).toEqual({ best: [], worst: [] });
    expect(extremes([85, NaN])).toEqual({ best: [], worst: [] });
    // Compared as shown, at 2 decimals.
    expect(extremes([84.996, 85, 70])).toEqual({ best: [0, 1], worst: [2] });
  });

  it('gives the gap to 85', () => {
    expect(gapTo(80.5)).toBeCloseTo(4.5, 9);
    expect(gapTo(92)).toBe(0);
    expect(gapTo(NaN)).toBeNaN();
    expect(gapTo(90, 95)).toBe(5);
  });

  it('collects the chosen agencies’ indicators, tools and overall', () => {
    const { ds, sb } = smallDataset();
    const yt = yearTable(ds, sb, 2567);
    const rows = ['B2', 'B1', 'A1'].map((id) => yt.rowOfOrg[ds.orgs.findIndex((o) => o.id === id)] as number);
    const s = sideBySide(yt, rows);
    expect(s.indicators[0]).toEqual(new Array(10).fill(95));
    expect(s.tools[1]?.[0]).toBeCloseTo(70, 9);
    expect(s.overall[2]).toBeCloseTo(90, 9);
    expect(s.marks).toHaveLength(14);
    expect(s.marks[0]).toEqual({ best: [0], worst: [1] });
    expect(s.marks[13]).toEqual({ best: [0], worst: [1] });
  });
});
