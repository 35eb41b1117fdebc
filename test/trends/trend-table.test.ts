import { describe, expect, it } from 'vitest';
import { agencyTrend } from '@analysis/trends/agency-trend';
import { ratingBands } from '@analysis/frameworks/rating-bands';
import { trendCsv, trendTable } from '@analysis/trends/trend-table';
import type { AgencyTrend } from '@analysis/trends/types';
import { BUILTIN_FRAMEWORKS } from '@analysis/frameworks/registry';
import { AGENCIES, build } from './helpers';

const { ds, sb } = build(AGENCIES);
const trend = agencyTrend(ds, sb, 'A') as AgencyTrend;

describe('trendTable / trendCsv', () => {
  it('has one row per year, blanks (not zeros) for the missing year', () => {
    const { header, rows } = trendTable(trend, 'th');
    expect(header.slice(0, 10)).toEqual([
      'ปีงบประมาณ (พ.ศ.)',
      'คะแนนรวม',
      'เปลี่ยนแปลง',
      'เทียบกับปี',
      'ระดับผล',
      'เกณฑ์ระดับผล',
      'ผ่านเกณฑ์ 85',
      'IIT',
      'EIT',
      'OIT',
    ]);
    expect(header).toHaveLength(22);
    expect(rows.map((r) => r[0])).toEqual([2562, 2563, 2564, 2565, 2566, 2567, 2568]);
    // 2564: no scores, only the rules of that year.
    expect(rows[2]?.map((c, i) => (i === 5 ? 'scheme' : c))).toEqual([
      2564,
      null,
      null,
      null,
      null,
      'scheme',
      ...new Array(16).fill(null),
    ]);
    expect(rows[2]?.[5]).toBe('AA–F');
    expect(rows[6]?.slice(0, 10)).toEqual([
      2568,
      93.3,
      -0.98,
      2567,
      'ผ่าน',
      'ผ่าน/ไม่ผ่าน (2566 เป็นต้นไป)',
      'ผ่าน',
      97,
      84.67,
      97,
    ]);
    expect(rows[6]?.slice(-2)).toEqual([2, 3]);
  });

  it('writes CSV with a BOM, CRLF and empty cells for gaps', () => {
    const csv = trendCsv(trend, 'en');
    expect(csv.startsWith('\uFEFFFiscal year (BE),Overall,Change,')).toBe(true);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(8);
    expect(lines[3]).toBe('2564,,,,,AA–F' + ','.repeat(16));
    expect(lines[7]?.startsWith('2568,93.3,-0.98,2567,Pass,pass-based (2566 on),yes,97,84.67,97,')).toBe(
      true,
    );
  });
});

describe('ratingBands', () => {
  it('merges levels that start at the same score (ผ่านดี and ผ่าน at 85)', () => {
    const bands = ratingBands(
      BUILTIN_FRAMEWORKS.get(2566) as NonNullable<ReturnType<typeof BUILTIN_FRAMEWORKS.get>>,
    );
    expect(bands.map((b) => [b.min, b.max, b.levels.map((l) => l.code).join('+'), b.passing])).toEqual([
      [0, 70, 'urgent', false],
      [70, 85, 'improve', false],
      [85, 95, 'good+pass', true],
      [95, 100, 'excellent', true],
    ]);
  });
});
