import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCatalogue } from '@analysis/measures/parse-catalogue';
import { catalogueToCsv } from '@analysis/measures/write-catalogue';
import { csv, expectProblemAt, HEADER, row } from './helpers';

describe('parseCatalogue', () => {
  it('reads a sound file: BOM, quoted multi-line steps, numbering dropped, file and row kept', () => {
    const { measures, problems } = parseCatalogue(
      `\uFEFF${csv(row('M-1', 'E10'), row('M-2', 'o 17', '2566'))}`,
      'my.csv',
    );
    expect(problems).toEqual([]);
    expect(measures).toHaveLength(2);
    expect(measures[0]).toMatchObject({
      id: 'M-1',
      code: 'E10',
      years: [2566, 2568],
      stepsTh: ['ขั้นแรก', 'ขั้นสอง'],
      effort: 2,
      sourceFile: 'my.csv',
      sourceRow: 2,
    });
    expect(measures[1]).toMatchObject({ code: 'O17', years: [2566, 2566], sourceRow: 3 });
  });

  it('keeps good rows and reports each bad one with its Excel row, column and value', () => {
    const text = csv(
      row('M-1', 'E10'), // row 2: good
      row('M-2', '7'), // row 3: an indicator, not a question code
      row('M-3', 'E10', '2568-2566'), // row 4: backwards
      row('M-4', 'E10', '2566-2568', '5'), // row 5: effort out of range
      row('M-1', 'E11'), // row 6: duplicate id
      row('M-6', 'E10').replace('ทดสอบมาตรการ', ''), // row 7: empty title_th
      row('M-7', 'I13'), // row 8: good
    );
    const { measures, problems } = parseCatalogue(text, 'bad.csv');
    expect(measures.map((m) => m.id)).toEqual(['M-1', 'M-7']);
    expect(expectProblemAt(problems, 'measures-bad-code', 3, 'code').value).toBe('7');
    expect(expectProblemAt(problems, 'measures-bad-years', 4, 'years').value).toBe('2568-2566');
    expect(expectProblemAt(problems, 'measures-bad-effort', 5, 'effort').value).toBe('5');
    expect(expectProblemAt(problems, 'measures-duplicate-id', 6, 'id').message_en).toMatch(/row 2/);
    expectProblemAt(problems, 'measures-empty-field', 7, 'title_th');
    for (const p of problems) {
      expect(p.file).toBe('bad.csv');
      expect(p.severity).toBe('error');
    }
  });

  it('row numbers count Excel rows: blank lines kept, multi-line cells one row', () => {
    const text = [HEADER, row('M-1', 'E1'), '', row('M-2', 'X9')].join('\n');
    const { problems } = parseCatalogue(text, 'f.csv');
    expectProblemAt(problems, 'measures-bad-code', 4, 'code');
  });

  it('a missing required column is one file-level error and no measures; missing English columns are a note', () => {
    const noEffort = parseCatalogue(
      'id,code,years,title_th,steps_th,unit_th,timeframe,evidence_th\nM-1,E1,2566,ก,ข,ค,Q1,ง',
      'f.csv',
    );
    expect(noEffort.measures).toEqual([]);
    expectProblemAt(noEffort.problems, 'measures-missing-column', 1, 'effort');
    const thaiOnly = parseCatalogue(
      'id,code,years,title_th,steps_th,unit_th,timeframe,evidence_th,effort\nM-1,E1,2566,ก,ข,ค,Q1,ง,1',
      'f.csv',
    );
    expect(thaiOnly.measures).toHaveLength(1);
    expect(thaiOnly.measures[0]?.titleEn).toBe('');
    expect(thaiOnly.problems.every((p) => p.severity === 'info')).toBe(true);
  });

  it('accepts Thai digits, en dashes, Thai quarter words, Thai headers and semicolons', () => {
    const text =
      'รหัสมาตรการ;ข้อ;ปีงบประมาณ;มาตรการ;ขั้นตอน;หน่วยงานผู้รับผิดชอบ;ระยะเวลา;หลักฐาน;ระดับความยาก\nM-1;E๑๐;๒๕๖๖–๒๕๖๘;ก;๑. ข ๒. ค;ง;ไตรมาส ๑-๔;จ;๓';
    const { measures, problems } = parseCatalogue(text, 'th.csv');
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(measures[0]).toMatchObject({
      code: 'E10',
      years: [2566, 2568],
      stepsTh: ['ข', 'ค'],
      timeframe: 'Q1-Q4',
      effort: 3,
    });
  });

  it('warns (and keeps the row) for an odd timeframe, Common Era years and a code absent from those years', () => {
    const text = csv(
      row('M-1', 'E1').replace('Q1-Q4', 'ตลอดปี'),
      row('M-2', 'E1', '2023-2025'),
      row('M-3', 'O40', '2566-2568'),
    );
    const { measures, problems } = parseCatalogue(text, 'f.csv');
    expect(measures).toHaveLength(3);
    expect(measures[0]?.timeframe).toBe('ตลอดปี');
    expect(measures[1]?.years).toEqual([2566, 2568]);
    expectProblemAt(problems, 'measures-odd-timeframe', 2, 'timeframe');
    expectProblemAt(problems, 'measures-years-from-ce', 3, 'years');
    expectProblemAt(problems, 'measures-code-not-in-framework', 4, 'code');
  });

  it('an empty file or a header alone is reported, not thrown', () => {
    expectProblemAt(parseCatalogue('', 'e.csv').problems, 'measures-empty-file', null);
    expectProblemAt(parseCatalogue('\uFEFF  \r\n', 'e.csv').problems, 'measures-empty-file', null);
    expectProblemAt(parseCatalogue(HEADER, 'h.csv').problems, 'measures-no-rows', null);
  });

  it('round-trips through catalogueToCsv', () => {
    const first = parseCatalogue(
      csv(row('M-1', 'E10'), row('M-2', 'O3', '2562-2567', '1')),
      'a.csv',
    ).measures;
    const again = parseCatalogue(catalogueToCsv(first), 'a.csv').measures;
    expect(again).toEqual(first);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const r = parseCatalogue(s, 'fuzz.csv');
        expect(Array.isArray(r.problems)).toBe(true);
      }),
      { seed: 20240601, numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 14 }), { maxLength: 6 }),
        (rows) => {
          const r = parseCatalogue([HEADER, ...rows.map((c) => c.join(','))].join('\n'), 'fuzz.csv');
          for (const m of r.measures) expect(m.effort).toBeGreaterThanOrEqual(1);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
