import { describe, expect, it } from 'vitest';
import { questionCsv, questionRows, shownQuestions } from '@/features/gap/lib/question-rows';
import { seed001, seed004 } from './gap-helpers';

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe('question table', () => {
  const x = seed004();
  const rows = questionRows(x.assessment);

  it('holds every IIT/EIT question present (no OIT item), with its gain to 85', () => {
    expect(rows.every((r) => r.tool !== 'OIT')).toBe(true);
    const e10 = rows.find((r) => r.code === 'E10');
    expect(e10?.gain).toBeCloseTo(e10 ? e10.impact * 19 : 0, 9);
    expect(e10?.weak).toBe(true);
    expect(e10?.findingTh).toMatch(/^ผู้รับบริการร้อยละ 34\.04 เห็นว่า/);
  });

  it('puts E10 first by default (largest gain to 85), as the weak list does', () => {
    const shown = shownQuestions(rows, { weakOnly: false, sort: 'gain', dir: 'desc' });
    expect(shown[0]?.code).toBe('E10');
    expect(codes(shown.filter((r) => r.weak))).toEqual(x.assessment.weak);
  });

  it('filters to weak questions and to one indicator', () => {
    const weak = shownQuestions(rows, { weakOnly: true, sort: 'code', dir: 'asc' });
    expect(weak.every((r) => r.score < 85)).toBe(true);
    expect(weak.length).toBe(x.assessment.weak.length);
    const seven = shownQuestions(rows, { weakOnly: false, indicator: 7, sort: 'code', dir: 'asc' });
    expect(codes(seven)).toEqual(['E6', 'E7', 'E8', 'E9', 'E10']);
  });

  it('sorts by score either way; an unknown negative share sorts last in both directions', () => {
    const up = shownQuestions(rows, { weakOnly: false, sort: 'score', dir: 'asc' });
    expect(up[0]?.code).toBe('E10');
    const down = shownQuestions(rows, { weakOnly: false, sort: 'score', dir: 'desc' });
    expect(down.at(-1)?.code).toBe('E10');
    for (const dir of ['asc', 'desc'] as const) {
      const byShare = shownQuestions(rows, { weakOnly: false, sort: 'negative', dir });
      const firstNull = byShare.findIndex((r) => r.negativePct === null);
      expect(firstNull).toBeGreaterThan(0);
      expect(byShare.slice(firstNull).every((r) => r.negativePct === null)).toBe(true);
    }
    expect(shownQuestions(rows, { weakOnly: false, sort: 'negative', dir: 'desc' })[0]?.code).toBe('E10');
  });

  it('writes the CSV a working group opens in Excel: BOM, 2 decimals, the finding, formula-safe', () => {
    const csv = questionCsv(shownQuestions(rows, { weakOnly: true, sort: 'gain', dir: 'desc' }), {
      header: [
        'code',
        'indicator',
        'tool',
        'text',
        'score',
        'neg',
        'finding',
        'gap',
        'impact',
        'gain',
        'status',
      ],
      text: (r) => (r.code === 'E10' ? '=HYPERLINK("x")' : r.textTh),
      finding: (r) => r.findingTh,
      status: (r) => (r.weak ? 'weak' : 'ok'),
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const line = csv.split('\r\n')[1] ?? '';
    expect(line).toMatch(
      /^E10,7,EIT,"'=HYPERLINK\(""x""\)",66,34\.04,ผู้รับบริการร้อยละ 34\.04 .*,19,0\.02,0\.38,weak$/,
    );
  });

  it('is empty for indicator-only data (seed 001)', () => {
    expect(questionRows(seed001().assessment)).toEqual([]);
  });
});
