import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseAll } from '@analysis/analyse';
import { yearTable } from '@analysis/compare/year-table';
import { splitRecords } from '@analysis/ingest/csv';
import { decodeBytes } from '@analysis/ingest/decode';
import { yearFromFileName } from '@analysis/ingest/file-year';
import { ingest } from '@analysis/ingest/ingest';
import { indicatorNames } from '@analysis/ingest/indicator-names';
import { nameTable, normaliseName, readLabel, toolTotal } from '@analysis/ingest/labels';
import { listSheets } from '@analysis/ingest/xlsx/read-workbook';
import { ratingLevel } from '@analysis/scoring/rating';
import { scoreAll } from '@analysis/scoring/score-all';
import { agencyTrend } from '@analysis/trends/agency-trend';
import { initialMapping } from '@/features/data/lib/role-options';
import { ingestText, kinds, repoPath, SEED001 } from '../helpers';

/** Unit checks of the readers behind issue 14 (the CLI checks every fixture end to end). */

const fixture = (name: string) => new Uint8Array(readFileSync(repoPath(`test/fixtures/ingest/${name}`)));
const table = nameTable(indicatorNames());

describe('labels: names, totals and the overall wherever a code goes', () => {
  it('normalises the slips officers type', () => {
    expect(normaliseName('การใช้อํานาจ')).toBe(normaliseName('การใช้อำนาจ'));
    expect(normaliseName(' ประสิทธิภาพ  การสื่อสาร ')).toBe('ประสิทธิภาพการสื่อสาร');
  });

  it.each([
    ['การแก้ปัญหาคารทุจริต', 5],
    ['การปรับปรุงระบบการทำงาน', 8],
    ['การปรับปรุงการทำงาน', 8],
    ['ตัวชี้วัดที่ ๙ คุณภาพการดำเนินงาน', 6],
    ['Information disclosure', 9],
  ])('%s is indicator %i', (text, id) => {
    const l = readLabel(text, table);
    expect(l.kind === 'name' ? l.id : null).toBe(id);
  });

  it('reads published totals, not bad rows', () => {
    for (const [text, tool] of [
      ['รวม IIT', 0],
      ['คะแนน EIT', 1],
      ['OIT รวม', 2],
      ['แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก', 1],
    ] as const)
      expect(toolTotal(text)).toBe(tool);
    expect(readLabel('คะแนนรวม (ระดับ B)', table)).toEqual({ kind: 'code', slot: 0 });
    expect(readLabel('หมายเหตุ', table).kind).toBe('unknown');
  });
});

describe('line ends, encodings and quotes', () => {
  it('LF, CRLF and a lone CR in one text are all row ends', () => {
    const r = splitRecords('a,b\r\n1,2\n3,4\r5,6\r\n');
    expect(r.records).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
      ['5', '6'],
    ]);
  });

  it('a stray quote costs its own line only; quoted cells with line breaks still work', () => {
    const r = splitRecords('a,b,c\n1,"x,2\n3,"y\nz",4\n5,w,6\n');
    expect(r.quoteErrors.map((q) => q.record)).toEqual([1]);
    expect(r.records).toEqual([
      ['a', 'b', 'c'],
      ['1', '"x', '2'],
      ['3', 'y\nz', '4'],
      ['5', 'w', '6'],
    ]);
  });

  it('UTF-16 BE without a BOM is recognised; a binary file is named, not decoded', () => {
    const text = 'org_id\tyear\tcode\tscore\r\nA\t2567\t1\t90\r\n';
    const be = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) be[i * 2 + 1] = text.charCodeAt(i);
    expect(decodeBytes(be)).toMatchObject({ encoding: 'utf-16be', noBom: true, text });
    expect(decodeBytes(new Uint8Array([0x41, 0, 0, 0, 0x80, 0, 0x10, 0])).unreadable).toBeDefined();
  });

  it('a UTF-8 file with Windows-874 rows keeps every name, the rows reported', () => {
    const d = decodeBytes(fixture('c6-utf8-with-cp874-rows.csv'));
    expect(d.encoding).toBe('utf-8');
    expect(d.mixed).toEqual({ count: 2, lines: [4, 9] });
    expect(d.text.split('\n').filter((l) => l.includes('เทศบาลเมืองสะเตงนอก'))).toHaveLength(10);
  });

  it('the byte-level reader and the general path agree on a canonical file with a stray quote', () => {
    const text = ['org_id,year,code,score', ...SEED001.map((v, i) => `A,2567,${i + 1},${v}`)];
    text[3] = '"A,2567,3,100';
    const bytes = new TextEncoder().encode(text.join('\n') + '\n');
    const fast = ingest([{ name: 'q.csv', bytes }]);
    expect(ingest([{ name: 'q.csv', bytes }], { fastPath: false })).toStrictEqual(fast);
    // Every line is read; the quote stays in the id of its own row, which then belongs to no agency here.
    expect(fast.table.length).toBe(10);
    expect(fast.orgs.map((o) => o.id)).toEqual(['A', '"A']);
    expect(kinds(fast)).toContain('unbalanced-quote');
  });
});

describe('agencies: merged cells, provinces and the varying column', () => {
  it('empty agency cells under a name are merged cells; a province column that splits full sets is the agency', () => {
    const ds = ingest([{ name: 'p.csv', bytes: fixture('c1-provincial-table-2564.csv') }]);
    expect(ds.orgs.map((o) => [o.name, o.province])).toEqual([
      ['จังหวัดตราด', 'จังหวัดตราด'],
      ['จังหวัดตัวอย่าง', 'จังหวัดตัวอย่าง'],
    ]);
  });

  it('a long file whose rows repeat codes with no column to tell agencies apart is refused its overall', () => {
    const text = ['ปีงบประมาณ,ตัวชี้วัด,คะแนน', '2567,1,90', '2567,1,80'].join('\n');
    const ds = ingestText(text);
    expect(ds.refused?.map((r) => r.kind)).toEqual(['duplicate-conflict']);
    const [a] = analyseAll(ds, scoreAll(ds));
    expect(a?.assessment).toMatchObject({
      overall: null,
      officialOverall: null,
      rating: null,
      refused: true,
    });
  });

  it('the mapping step starts from what was recognised, with the proposed agency column', () => {
    const ds = ingest([{ name: 'c1.csv', bytes: fixture('c1-agency-column-unrecognised.csv') }]);
    const f = ds.files[0];
    expect(f).toMatchObject({ askMapping: true, proposal: { column: 0, role: 'org_name' } });
    expect(initialMapping(undefined, f?.roles, f?.proposal)).toEqual({
      0: 'org_name',
      1: 'year',
      2: 'code',
      3: 'score',
    });
    expect(f?.sample?.[0]?.[0]).toBe('เทศบาลเมืองสะเตงนอก');
  });
});

describe('overall-only data in trends and compare', () => {
  const ds = ingest([{ name: 'o.csv', bytes: fixture('c5-overall-only.csv') }]);
  const sb = scoreAll(ds);

  it('trends carry the official overall and the rating the year allows', () => {
    const t = agencyTrend(ds, sb, 'name:จังหวัดตราด');
    const scored = t?.years.filter((y) => y.overall !== null);
    expect(scored?.map((y) => [y.year, y.overall, y.rating?.code, y.source])).toEqual([
      [2563, 75.62, 'B', 'published'],
      [2564, 81.45, 'B', 'published'],
    ]);
  });

  it('the compare year table rates them (ผ่านขึ้นไป where the tools are unknown)', () => {
    const yt = yearTable(ds, sb, 2567);
    const labels = Array.from(yt.rating, (i) => ratingLevel(yt.framework, i)?.labelTh);
    expect(labels).toEqual(['ผ่านขึ้นไป', 'ต้องปรับปรุง', 'ต้องปรับปรุงโดยด่วน']);
    expect(Array.from(yt.pass)).toEqual([1, 0, 0]);
  });
});

describe('workbooks and file names', () => {
  it('a damaged or non-workbook zip is a clear error, never a crash', () => {
    const r = listSheets(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'x.xlsx');
    expect('error' in r && r.error.kind).toBe('xlsx-damaged');
    const ok = listSheets(fixture('c8-satengnok-2567.xlsx'), 'c8.xlsx');
    expect(ok).toEqual({ sheets: ['คำอธิบาย', 'คะแนน'] });
  });

  it('the sheet asked for is read; a missing one is named', () => {
    const bytes = fixture('c8-satengnok-2567.xlsx');
    const ds = ingest([{ name: 'b.xlsx', bytes, sheet: 'คะแนน' }], { year: 2567, orgName: 'ก' });
    expect(ds.table.length).toBe(10);
    const missing = ingest([{ name: 'b.xlsx', bytes, sheet: 'Sheet9' }]);
    expect(missing.problems[0]?.message_en).toContain('No sheet "Sheet9"');
  });

  it.each([
    ['ita-2567-สะเตงนอก.csv', 2567],
    ['ผลITA_๒๕๖๖.xlsx', 2566],
    ['report-2566-2567.csv', null],
    ['scores-25670.csv', null],
    ['data.csv', null],
  ])('the year in %s is %s', (name, year) => {
    expect(yearFromFileName(name)).toBe(year);
  });
});
