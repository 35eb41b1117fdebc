import { describe, expect, it } from 'vitest';
import { dataPath, readDataParams, writeDataParams } from '@/shared/url/routes/data';
import { gapPath, readGapParams } from '@/shared/url/routes/gap';
import {
  planPath,
  readPlanParams,
  readReportParams,
  reportPath,
  writeReportParams,
} from '@/shared/url/routes/plan';
import { readTrendsParams, trendsPath } from '@/shared/url/routes/trends';

/** The query of a route path (`/gap?…` → its search params). */
const query = (path: string) => new URLSearchParams(path.split('?')[1] ?? '');

describe('one route module per view: the link it builds reads back as the same state', () => {
  it('gap: dataset, agency and year; the picker without them', () => {
    const p = readGapParams(query(gapPath({ ds: 'demo', org: 'อบต.ห้วยจรเข้', year: 2567 })));
    expect([p.ds, p.org, p.year, p.tab]).toEqual(['demo', 'อบต.ห้วยจรเข้', 2567, 'overview']);
    expect(gapPath({ ds: 'demo' })).toBe('/gap?ds=demo');
  });

  it('trends: the agency, or the picker', () => {
    expect(readTrendsParams(query(trendsPath({ ds: 'demo', org: 'A1' })))).toEqual({
      ds: 'demo',
      org: 'A1',
      year: null,
      q: '',
    });
    // The year chosen elsewhere rides along, so the links onward keep it.
    expect(readTrendsParams(query(trendsPath({ ds: 'demo', org: 'A1', year: 2567 }))).year).toBe(2567);
    expect(trendsPath({ ds: 'demo', org: null })).toBe('/trends?ds=demo');
  });

  it('plan and report: the same agency-year and the same default timeframes (quarters)', () => {
    const at = { ds: 'demo', org: 'A1', year: 2567 };
    const plan = readPlanParams(query(planPath(at)), 'th');
    const report = readReportParams(query(reportPath(at)), 'th');
    expect([plan.org, plan.year, plan.timeframes, plan.thaiDigits]).toEqual(['A1', 2567, 'quarters', true]);
    expect([report.org, report.year, report.timeframes]).toEqual(['A1', 2567, 'quarters']);
    expect(readReportParams(query(reportPath(at)), 'en').thaiDigits).toBe(false);
    // A report switched to months says so in its URL; back to quarters, the default, it says nothing.
    const months = writeReportParams(query(reportPath(at)), { timeframes: 'months' });
    expect(months.get('tf')).toBe('months');
    expect(writeReportParams(months, { timeframes: 'quarters' }).has('tf')).toBe(false);
    expect(planPath()).toBe('/plan');
  });

  it('data: defaults are left out of the link, unknown values fall back', () => {
    expect(dataPath('demo')).toBe('/?ds=demo');
    const next = writeDataParams(new URLSearchParams('ds=demo'), { tab: 'summary', sort: 'high', q: 'ยะลา' });
    expect(next.toString()).toBe(`ds=demo&sort=high&q=${encodeURIComponent('ยะลา')}`);
    const read = readDataParams(new URLSearchParams('ds=demo&sort=nonsense&sev=bad&year=x'));
    expect([read.sort, read.sev, read.year]).toEqual(['data', null, null]);
  });
});
