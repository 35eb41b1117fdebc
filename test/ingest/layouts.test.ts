import { describe, expect, it } from 'vitest';
import { ingest } from '@analysis/ingest/ingest';
import { slotCode } from '@analysis/codes';
import { analyseText, encodeCp874, ingestText, kinds, repoBytes, SEED001 } from '../helpers';

describe('layouts', () => {
  it('canonical long format with Thai headers, Thai digits and a title row above the header', () => {
    const text = [
      'ผลการประเมิน ITA',
      '',
      'รหัสหน่วยงาน,ชื่อหน่วยงาน,ปีงบประมาณ,ข้อ,คะแนน',
      ...SEED001.map((v, i) => `A1,อบต.ทดสอบ,๒๕๖๗,${i + 1},${v}`),
    ].join('\r\n');
    const ds = ingestText(text);
    expect(ds.files[0]).toMatchObject({ format: 'long', headerRow: 3, dataRows: 10, keptValues: 10 });
    expect(ds.orgs[0]).toMatchObject({ id: 'A1', name: 'อบต.ทดสอบ' });
    expect(ds.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the report table of seed 001 (แบบ/ลำดับ/รายละเอียดตัวชี้วัด/คะแนน) with organisation and year from the caller', () => {
    const ds = ingest([{ name: 's.csv', bytes: repoBytes('data/examples/satengnok-2567-indicators.csv') }], {
      orgName: 'ทดสอบ',
      year: 2567,
    });
    expect(ds.files[0]?.format).toBe('report-table');
    expect(ds.table.length).toBe(10);
    expect(kinds(ds)).not.toContain('description-mismatch');
  });

  it('a report table whose name contradicts its number follows the name when the names settle it, and says so', () => {
    const ds = ingestText('แบบ,ลำดับ,รายละเอียดตัวชี้วัด,คะแนน\nIIT,1,การใช้อำนาจ,90', { year: 2567 });
    expect(ds.problems.find((p) => p.kind === 'names-followed')).toMatchObject({ severity: 'warning' });
    expect(ds.table.slot[0]).toBe(3);
  });

  it('wide indicator table with code headers, several organisations and quoted names with commas', () => {
    const ds = ingestText(
      'org_id,org_name,year,1,2,3,4,5,6,7,8,9,10\nA,"อบต.ก, จ.ข",2567,' +
        SEED001.join(',') +
        '\nB,อบต.ค,2567,' +
        SEED001.map((v) => v - 10).join(','),
    );
    expect(ds.files[0]?.format).toBe('wide-indicator');
    expect(ds.orgs.map((o) => o.name)).toEqual(['อบต.ก, จ.ข', 'อบต.ค']);
    expect(ds.table.length).toBe(20);
  });

  it('wide question table: empty cells are missing, not zero', () => {
    const ds = ingestText('org_id,year,E1,E2,E10\nA,2566,80,,66');
    expect(ds.files[0]?.format).toBe('wide-question');
    expect(Array.from(ds.table.slot, slotCode)).toEqual(['E1', 'E10']);
  });

  it('quoted fields with line breaks keep Excel row numbers', () => {
    const ds = ingestText('org_id,org_name,year,code,score\nA,"ชื่อ\nสองบรรทัด",2567,1,90\nA,x,2567,2,abc');
    expect(ds.problems.find((p) => p.kind === 'not-a-number')?.row).toBe(3);
  });

  it('tab-delimited UTF-16 text as Excel saves "Unicode text"', () => {
    const text = 'org_id\tyear\tcode\tscore\r\nA\t2567\t1\t90\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const ds = ingest([{ name: 'u.txt', bytes }]);
    expect(ds.files[0]).toMatchObject({ encoding: 'UTF-16 LE', delimiter: 'tab', keptValues: 1 });
  });

  it('Windows-874 files are decoded and say so', () => {
    const ds = ingest([
      { name: 'w.csv', bytes: encodeCp874('ชื่อหน่วยงาน,ปี,ตัวชี้วัด,คะแนน\nเทศบาล,๒๕๖๗,๑,๙๕.๑๑') },
    ]);
    expect(ds.files[0]?.encoding).toBe('Windows-874 (TIS-620)');
    expect(ds.orgs[0]?.name).toBe('เทศบาล');
    expect(ds.table.score[0]).toBe(95.11);
  });

  it('an organisations file is joined by org_id whatever the file order', () => {
    const ds = ingest([
      {
        name: 'orgs.csv',
        bytes: new TextEncoder().encode(
          'org_id,org_name,org_type,province,district\nA,อบต.ก,องค์การบริหารส่วนตำบล,ตราด,เมืองตราด',
        ),
      },
      { name: 'scores.csv', bytes: new TextEncoder().encode('org_id,year,code,score\nA,2567,1,90') },
    ]);
    expect(ds.files.map((f) => f.format)).toEqual(['organisations', 'long']);
    expect(ds.orgs[0]).toMatchObject({
      id: 'A',
      name: 'อบต.ก',
      province: 'ตราด',
      district: 'เมืองตราด',
      type: 'องค์การบริหารส่วนตำบล',
    });
  });

  it('unrecognised headers are one clear error naming them, and a mapping the user chose reads the file', () => {
    const text = 'หน่วย,ปีที่ประเมิน,รายการ,ค่า\nA,2567,1,90';
    const ds = ingestText(text);
    expect(ds.problems[0]).toMatchObject({
      kind: 'unrecognised-headers',
      row: 1,
      value: 'หน่วย, ปีที่ประเมิน, รายการ, ค่า',
    });
    const sig = ['หน่วย', 'ปีที่ประเมิน', 'รายการ', 'ค่า'].join('\u241F');
    const mapped = ingestText(text, {
      mappings: { [sig]: { 0: 'org_id', 1: 'year', 2: 'code', 3: 'score' } },
    });
    expect(mapped.table.length).toBe(1);
    expect(mapped.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a file without an organisation column is one organisation named by the caller', () => {
    const [a] = analyseText('code,score\n' + SEED001.map((v, i) => `${i + 1},${v}`).join('\n'), {
      orgName: 'อบต.ก',
      year: 2567,
    });
    expect(a?.assessment.orgName).toBe('อบต.ก');
    expect(a?.assessment.overall).toBeCloseTo(92.69, 2);
  });
});

describe('problems', () => {
  const bad = repoBytes('test/fixtures/bad-rows.csv');
  const ds = ingest([{ name: 'bad-rows.csv', bytes: bad }]);

  it('reports every bad cell with file, Excel row, column, value and both languages', () => {
    const byKind = Object.fromEntries(ds.problems.map((p) => [p.kind, p]));
    expect(byKind['score-out-of-range']).toMatchObject({
      file: 'bad-rows.csv',
      row: 12,
      column: 'score',
      value: '105',
      count: 2,
      rows: [12, 18],
    });
    expect(byKind['not-a-number']).toMatchObject({ row: 13, value: '1O5' });
    expect(byKind['unknown-code']).toMatchObject({ row: 14, column: 'code', value: 'E99' });
    expect(byKind['bad-year']).toMatchObject({ row: 15, value: 'abc' });
    expect(byKind['duplicate-conflict']).toMatchObject({ row: 16 });
    expect(byKind['empty-score']).toMatchObject({ severity: 'info', row: 17 });
    for (const p of ds.problems) {
      expect(p.message_th).toMatch(/[ก-๙]/);
      expect(p.message_en).toMatch(/[a-z]/);
    }
  });

  it('keeps every good row', () => {
    expect(ds.table.length).toBe(10);
    expect(ds.files[0]).toMatchObject({ dataRows: 17, keptValues: 10, rowsWithErrors: 6 });
  });

  it('groups one systematic slip into one problem with a count and the first 20 rows', () => {
    const rows = ['org_id,year,code,score'];
    for (let i = 0; i < 5000; i++) rows.push(`A${i},2567,1,1O0`);
    const big = ingestText(rows.join('\n'));
    expect(big.problems).toHaveLength(1);
    expect(big.problems[0]).toMatchObject({ kind: 'not-a-number', count: 5000, row: 2 });
    expect(big.problems[0]?.rows).toHaveLength(20);
  });

  it('a code that the year’s framework lacks is an error; a duplicate with the same value only a warning', () => {
    const d = ingestText('org_id,year,code,score\nA,2567,O43,100\nA,2567,1,90\nA,2567,1,90');
    expect(d.problems.map((p) => [p.kind, p.severity])).toEqual([
      ['code-not-in-framework', 'error'],
      ['duplicate-same', 'warning'],
    ]);
  });

  it('a published overall that differs from the computed one by more than 0.01 is reported', () => {
    const text =
      'org_id,year,code,score\n' +
      [...SEED001.map((v, i) => `A,2567,${i + 1},${v}`), 'A,2567,overall,93.50'].join('\n');
    const [a] = analyseText(text);
    expect(a?.assessment.warnings.map((w) => w.kind)).toContain('published-overall-mismatch');
    const ok = analyseText(text.replace('93.50', '92.69'));
    expect(ok[0]?.assessment.warnings).toEqual([]);
  });

  it('empty files and header-only files are reported, not thrown', () => {
    expect(kinds(ingestText(''))).toEqual(['empty-file']);
    expect(ingestText('org_id,year,code,score\n').table.length).toBe(0);
  });
});
