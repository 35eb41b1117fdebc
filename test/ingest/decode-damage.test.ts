import { describe, expect, it } from 'vitest';
import { decodeBytes } from '@analysis/ingest/decode';
import { encodeCp874 } from '../helpers';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes on damaged files', () => {
  it('a UTF-8 file cut in the middle of its last Thai letter stays UTF-8, with the damage reported', () => {
    const whole = utf8('ชื่อหน่วยงาน,คะแนน\nเทศบาลทดสอบ,92.69\nอบต.ก');
    const cut = whole.subarray(0, whole.length - 1);
    const r = decodeBytes(cut);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('ชื่อหน่วยงาน,คะแนน\nเทศบาลทดสอบ,92.69')).toBe(true);
    expect(r.invalid?.count).toBe(1);
  });

  it('a UTF-8 file with one stray Windows-874 byte stays UTF-8', () => {
    const a = utf8('ชื่อหน่วยงาน,คะแนน\nเทศบาลทดสอบ,92.69\n');
    const bytes = new Uint8Array([...a, 0xa1, ...utf8(',1\n')]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('เทศบาลทดสอบ');
    expect(r.invalid).toEqual({ count: 1, offsets: [r.text.indexOf('\uFFFD')] });
  });

  it('real Windows-874 Thai text is still read as Windows-874', () => {
    const r = decodeBytes(
      encodeCp874('ชื่อหน่วยงาน,ปี,ตัวชี้วัด,คะแนน\nเทศบาลทดสอบ,2567,1,95.11\nองค์การบริหารส่วนตำบลหนองบัว,2567,2,94.96'),
    );
    expect(r.encoding).toBe('windows-874');
    expect(r.text).toContain('องค์การบริหารส่วนตำบลหนองบัว');
    expect(r.invalid).toBeUndefined();
  });
});

describe('ingest of a damaged UTF-8 file', () => {
  it('keeps every row and warns, with the row, where characters were broken', async () => {
    const { ingest } = await import('@analysis/ingest/ingest');
    const good = utf8('org_id,org_name,year,code,score\nA,เทศบาล,2567,1,95.11\nB,อบต.');
    const bytes = new Uint8Array([...good, 0xa1, ...utf8(',2567,2,94.96\n')]);
    const ds = ingest([{ name: 'd.csv', bytes }]);
    expect(ds.table.length).toBe(2);
    expect(ds.orgs[0]?.name).toBe('เทศบาล');
    expect(ds.problems[0]).toMatchObject({ kind: 'invalid-bytes', severity: 'warning', row: 3 });
  });
});
