import { describe, expect, it } from 'vitest';
import { ingest } from '@analysis/ingest/ingest';
import { scoreAll } from '@analysis/scoring/score-all';
import { analyseAll } from '@analysis/analyse';
import { analyseText, indicatorCsv, repoBytes, SEED001 } from '../helpers';

describe('published figures (golden)', () => {
  it('seed 001: เทศบาลเมืองสะเตงนอก 2567 from its printed report table = 92.69, ผ่านดี', () => {
    const ds = ingest(
      [{ name: 'satengnok.csv', bytes: repoBytes('data/examples/satengnok-2567-indicators.csv') }],
      {
        orgName: 'เทศบาลเมืองสะเตงนอก',
        year: 2567,
      },
    );
    const [a] = analyseAll(ds, scoreAll(ds));
    expect(a?.assessment.overall).toBeCloseTo(92.69, 2);
    expect(a?.assessment.tools.IIT).toBeCloseTo(92.53, 2);
    expect(a?.assessment.tools.EIT).toBeCloseTo(89.76, 2);
    expect(a?.assessment.tools.OIT).toBeCloseTo(95.0, 2);
    expect(a?.assessment.rating?.code).toBe('good');
    expect(a?.assessment.rating?.labelTh).toBe('ผ่านดี');
    expect(a?.assessment.pass).toBe(true);
    const below = a?.assessment.indicators.filter((i) => (i.score ?? 100) < 85).map((i) => i.id);
    expect(below).toEqual([4, 8]);
  });

  it.each([
    ['Trat 2563', 2563, [92.57, 86.13, 90.08, 85.98, 88.04, 83.67, 82.11, 79.29, 69.94, 52.78], 75.62, 'B'],
    ['Trat 2564', 2564, [93.55, 87.72, 91.01, 87.93, 89.52, 90.55, 88.68, 88.58, 72.89, 65.56], 81.45, 'B'],
  ])('NACC 2564 report, %s', (_name, year, values, overall, grade) => {
    const [a] = analyseText(indicatorCsv(values, year));
    expect(a?.assessment.overall).toBeCloseTo(overall, 2);
    expect(Math.abs((a?.assessment.overall ?? 0) - overall)).toBeLessThanOrEqual(0.005);
    expect(a?.assessment.rating?.code).toBe(grade);
  });

  it.each([
    [93.5, 100, 38.7],
    [97.78, 93.75, 38.31],
  ])('NACC 2564 group 6: OIT columns %s and %s weigh 0.4 × mean = %s', (i9, i10, weighted) => {
    const values = [...SEED001.slice(0, 8), i9, i10];
    const [a] = analyseText(indicatorCsv(values, 2564));
    expect(0.4 * (a?.assessment.tools.OIT ?? 0)).toBeCloseTo(weighted, 2);
  });

  // Published indicator 9/10 values reproduced from item verdicts (sources.md §2.3).
  const allPass = (year: number, fails: string[]): string => {
    const rows = ['org_id,year,code,score'];
    for (let n = 1; n <= 43; n++) rows.push(`X,${year},O${n},${fails.includes(`O${n}`) ? 0 : 100}`);
    return rows.join('\n');
  };
  it.each([
    [['O1'], 9, 97.78],
    [['O10'], 9, 97.5],
    [['O29'], 9, 96.0],
    [['O10', 'O18'], 9, 94.64],
    [['O34'], 10, 93.75],
    [['O34', 'O35'], 10, 87.5],
  ])('2564 OIT items failed %j give indicator %i = %s', (fails, indicator, expected) => {
    const [a] = analyseText(allPass(2564, fails));
    const ind = a?.assessment.indicators.find((i) => i.id === indicator);
    expect(ind?.source).toBe('computed');
    expect(ind?.score).toBeCloseTo(expected, 2);
  });

  it('seed 004: negative shares of อบต.ห้วยจรเข้ 2566 come from the data; a yes/no item without one gets an estimate', () => {
    const ds = ingest(
      [{ name: 'huai.csv', bytes: repoBytes('data/examples/huai-chorakhe-2566-questions.csv') }],
      { orgName: 'อบต.ห้วยจรเข้', year: 2566 },
    );
    const [a] = analyseAll(ds, scoreAll(ds));
    const q = (code: string) => a?.assessment.codes.find((c) => c.code === code);
    expect(q('E10')).toMatchObject({ score: 66, negativePct: 34.04, negativeSource: 'data' });
    expect(q('E4')).toMatchObject({ negativePct: 4.26, negativeSource: 'data' });
    expect(q('E13')).toMatchObject({ negativePct: 23.4, negativeSource: 'data' });
    expect(q('I9')).toMatchObject({ score: 93.94, negativePct: 6.06 });
    // E8 is yes/no without a share and the data give no respondent count: no share as a number, an
    // estimate in the finding, said to be one.
    expect(q('E8')).toMatchObject({ negativePct: null, negativeSource: null, respondents: null });
    expect(q('E8')?.findingTh).toMatch(/^ผู้รับบริการราวร้อยละ 21 เห็นว่า.*\(ประมาณจาก 100 − คะแนน 78\.77/);
    expect(q('E9')?.negativePct).toBeNull();
    expect(a?.assessment.weak[0]).toBe('E10');
    expect(a?.assessment.overall).toBeNull();
    expect(a?.assessment.missing).toContain('E5');
    expect(a?.assessment.missing).toContain('I1');
  });
});
