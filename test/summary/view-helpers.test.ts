import { describe, expect, it } from 'vitest';
import { SUMMARY_PRESETS } from '@analysis/summary/presets';
import { presetTable } from '@/features/summary/components/presets';
import { withAxes } from '@/features/summary/components/table-controls';
import { filterValues, withFilter } from '@/features/summary/components/filter-controls';
import { scaleOf, toneOf, toneSteps } from '@/features/summary/lib/cell-tone';
import { readSummaryParams, writeSummaryParams, DEFAULT_TABLE } from '@/shared/url/routes/summary';
import { fixtureTable } from './fixture';
import { build } from './helpers';

const ay = fixtureTable();

describe('cell colours', () => {
  const t = build(ay, { rows: 'province', cols: 'year' });
  const steps = toneSteps(t);

  it('marks scores below 85 with a glyph, compared at 2 decimals', () => {
    expect(toneOf(84.994, steps, 'score')?.glyph).toBe('▼');
    expect(toneOf(84.995, steps, 'score')?.glyph).toBe('');
    expect(toneOf(74.99, steps, 'score')?.tone).toBe('bad2');
    expect(toneOf(100, steps, 'score')?.tone).toBe('good2');
    expect(toneOf(null, steps, 'score')).toBeNull();
  });

  it('shows a change by its sign, and no change as such', () => {
    const c = build(ay, { rows: 'province', cols: 'year', stat: 'change' });
    const s = toneSteps(c);
    expect(scaleOf('change')).toBe('change');
    expect(toneOf(-0.001, s, 'change')?.tone).toBe('mid');
    expect(toneOf(-0.01, s, 'change')?.glyph).toBe('▼');
    expect(toneOf(7, s, 'change')?.tone).toBe('good2');
  });

  it('reads a high share below 85 as bad and a high pass rate as good', () => {
    const pass = toneSteps(build(ay, { rows: 'province', stat: 'pass_rate' }));
    const below = toneSteps(build(ay, { rows: 'province', stat: 'share_below' }));
    expect(toneOf(90, pass, 'share-good')?.tone).toBe('good2');
    expect(toneOf(90, below, 'share-bad')?.tone).toBe('bad2');
    expect(toneOf(100, below, 'share-bad')?.tone).toBe('bad2');
  });
});

describe('the view’s state', () => {
  it('round-trips the table and the chosen cell through the URL', () => {
    const table = { ...DEFAULT_TABLE, rows: 'province,district', filters: ['type=เทศบาลตำบล', 'year=2567'] };
    const url = writeSummaryParams(new URLSearchParams('ds=demo'), {
      table,
      cell: { row: ['ชลบุรี', 'ชลบุรี/บ้านบึง'], col: null },
    });
    const back = readSummaryParams(url);
    expect(back.ds).toBe('demo');
    expect(back.table).toEqual(table);
    expect(back.cell).toEqual({ row: ['ชลบุรี', 'ชลบุรี/บ้านบึง'], col: null });
    const changed = readSummaryParams(writeSummaryParams(url, { table: { ...table, stat: 'median' } }));
    expect(changed.cell).toBeNull();
  });

  it('splitting by indicator makes the score the indicator’s, leaving it brings the overall back', () => {
    const split = withAxes(DEFAULT_TABLE, ['indicator'], 'type');
    expect(split.value).toBe('indicator');
    const back = withAxes({ ...split, filters: ['indicator=3', 'province=ระยอง'] }, ['province'], 'year');
    expect(back.value).toBe('overall');
    expect(back.filters).toEqual(['province=ระยอง']);
  });

  it('filters by dimension, and a ready-made table keeps the filters it does not lay out', () => {
    const t = withFilter(withFilter(DEFAULT_TABLE, 'province', ['ระยอง']), 'type', ['เทศบาลตำบล']);
    expect(filterValues(t, 'province')).toEqual(['ระยอง']);
    const drag = SUMMARY_PRESETS.find((p) => p.id === 'dragging-indicators');
    const next = presetTable(
      drag as NonNullable<typeof drag>,
      { ...t, filters: [...t.filters, 'year=2566'] },
      '2567',
    );
    expect(next.filters).toEqual(['province=ระยอง', 'year=2567']);
    expect(next.rows).toBe('indicator');
    expect(build(ay, next).rows).toHaveLength(10);
  });
});
