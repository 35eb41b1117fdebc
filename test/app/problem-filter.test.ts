import { describe, expect, it } from 'vitest';
import type { Problem } from '@analysis/problems';
import { filterProblems, problemRows, problemsCsv } from '@/features/data/lib/problem-filter';

const p = (over: Partial<Problem>): Problem => ({
  severity: 'error',
  kind: 'not-a-number',
  file: 'a.csv',
  row: 3,
  column: 'score',
  value: '1O5',
  message_th: 'คะแนนไม่ใช่ตัวเลข',
  message_en: 'The score is not a number',
  ...over,
});

describe('problem list', () => {
  const list = [
    p({}),
    p({ severity: 'warning', file: 'b.csv', row: 7, value: '=1+1', message_en: 'Duplicate' }),
    p({ severity: 'info', row: null, rows: [12, 18], count: 2 }),
  ];

  it('filters by severity, file and text (in the UI language)', () => {
    expect(filterProblems(list, { sev: 'warning', file: null, q: '' }, 'en')).toHaveLength(1);
    expect(filterProblems(list, { sev: null, file: 'a.csv', q: '' }, 'en')).toHaveLength(2);
    expect(filterProblems(list, { sev: null, file: null, q: 'ไม่ใช่ ตัวเลข' }, 'th')).toHaveLength(3);
    expect(filterProblems(list, { sev: null, file: null, q: 'duplicate' }, 'en')).toHaveLength(1);
    expect(filterProblems(list, { sev: null, file: null, q: '18' }, 'en')).toHaveLength(1);
  });

  it('lists the rows of a grouped problem', () => {
    expect(problemRows(list[2] as Problem)).toEqual([12, 18]);
    expect(problemRows(p({ row: null }))).toEqual([]);
  });

  it('downloads as formula-safe CSV with a BOM', () => {
    const csv = problemsCsv(list, 'th');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain("'=1+1");
    expect(csv).toContain('คะแนนไม่ใช่ตัวเลข');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFseverity,file,row,rows,count,column,value,kind,message,message_other',
    );
  });
});
