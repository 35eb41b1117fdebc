import { describe, expect, it } from 'vitest';
import { analyseAll } from '@analysis/analyse';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { changesFromPath, whatIf } from '@analysis/gaps/what-if';
import { oitChecklist } from '@analysis/gaps/oit-checklist';
import { ingest } from '@analysis/ingest/ingest';
import { round } from '@analysis/scoring/round';
import { scoreAll } from '@analysis/scoring/score-all';
import { analyseText, indicatorCsv, SEED001 } from '../helpers';
import { syntheticYearFiles } from '../tools/synthetic-year';

const fw = (y: number) => {
  const f = BUILTIN_FRAMEWORKS.get(y);
  if (!f) throw new Error(`no ${y}`);
  return f;
};

/** A question-level agency-year below 85: every question at `q`, OIT items failing in `fails`. */
function questionAgency(year: number, q: number, fails: number[]): string {
  const f = fw(year);
  const rows = ['org_id,year,code,score'];
  for (const x of f.questions) rows.push(`A,${year},${x.code},${q}`);
  f.oitItems.forEach((o, i) => rows.push(`A,${year},${o.code},${fails.includes(i) ? 0 : 100}`));
  return rows.join('\n');
}

describe('what-if', () => {
  it('with no changes reproduces the assessment', () => {
    const [a] = analyseText(indicatorCsv(SEED001));
    if (!a) throw new Error('no analysis');
    const r = whatIf(a.assessment, a.framework, {});
    expect(r.overall).toBeCloseTo(a.assessment.overall ?? 0, 10);
    expect(r.rating?.code).toBe('good');
  });

  it('a question change equals re-scoring the changed data', () => {
    const text = questionAgency(2567, 80, [0, 5, 30]);
    const [a] = analyseText(text);
    if (!a) throw new Error('no analysis');
    const r = whatIf(a.assessment, a.framework, { codes: { E10: 100, O1: 100 } });
    const changed = text.replace('A,2567,E10,80', 'A,2567,E10,100').replace('A,2567,O1,0', 'A,2567,O1,100');
    const [b] = analyseText(changed);
    expect(r.overall).toBeCloseTo(b?.assessment.overall ?? 0, 9);
    expect(r.tools.EIT).toBeCloseTo(b?.assessment.tools.EIT ?? 0, 9);
  });

  it('the path to pass, applied in the what-if, really reaches 85 (question-level agency)', () => {
    const [a] = analyseText(questionAgency(2567, 78, [0, 1, 9, 12, 20, 30]));
    if (!a?.path) throw new Error('no path');
    expect(a.assessment.pass).toBe(false);
    const r = whatIf(a.assessment, a.framework, changesFromPath(a.path.steps));
    expect(round(r.overall ?? 0, 2)).toBeGreaterThanOrEqual(85);
    expect(r.pass).toBe(true);
    // The failed OIT items are the first steps: they are the cheapest points.
    expect(a.path.steps[0]?.kind).toBe('item');
  });

  it('on the synthetic national data: every agency below 85 gets a path that the what-if confirms', () => {
    const ds = ingest([{ name: 'q.csv', bytes: syntheticYearFiles(2567).questions }]);
    const all = analyseAll(ds, scoreAll(ds), { year: 2567 }).filter((x) => x.assessment.pass === false);
    expect(all.length).toBeGreaterThan(100);
    for (const x of all.slice(0, 200)) {
      if (!x.path) throw new Error('no path');
      const r = whatIf(x.assessment, x.framework, changesFromPath(x.path.steps));
      expect(x.path.reached).toBe(true);
      expect(round(r.overall ?? 0, 2)).toBeGreaterThanOrEqual(85);
    }
  });
});

describe('OIT checklist', () => {
  it('lists every item of the year by sub-indicator with what each failed item costs', () => {
    const [a] = analyseText(questionAgency(2564, 90, [0]));
    if (!a) throw new Error('no analysis');
    const groups = oitChecklist(a.assessment, a.framework);
    expect(groups.map((g) => g.subIndicator)).toEqual(['9.1', '9.2', '9.3', '9.4', '9.5', '10.1', '10.2']);
    expect(groups.reduce((n, g) => n + g.items.length, 0)).toBe(43);
    const o1 = groups[0]?.items[0];
    expect(o1).toMatchObject({ code: 'O1', status: 'fail' });
    expect(o1?.cost).toBeCloseTo(20 / 5 / 9, 6);
    expect(groups[0]?.score).toBeCloseTo(800 / 9, 6);
  });
});
