import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { summaryCsv } from '@analysis/summary/summary-csv';
import { summaryJson } from '@analysis/summary/summary-json';
import { summaryText } from '@analysis/summary/summary-text';
import { summaryXlsx } from '@analysis/summary/summary-xlsx';
import { fixtureTable, records, stats, values } from './fixture';
import { build } from './helpers';

const ay = fixtureTable();
const recs = records();
const t = build(ay, { rows: 'province', cols: 'year', stat: 'mean' });
const r2 = (v: number) => Math.round(v * 100) / 100;
const chon66 = r2(
  stats.mean(
    values(
      recs,
      (r) => r.province === 'ชลบุรี' && r.year === 2566,
      (r) => r.overall,
    ),
  ),
);

describe('exports of a summary table', () => {
  it('CSV: BOM, Thai header, 2-decimal numbers, totals row and column', () => {
    const csv = summaryCsv(t, 'th');
    expect(csv.startsWith('\uFEFFจังหวัด,2566,2567,รวมทั้งหมด\r\n')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1]?.split(',')[1]).toBe(chon66.toFixed(2));
    expect(lines[3]?.startsWith('รวมทั้งหมด,')).toBe(true);
    expect(summaryCsv(t, 'en').startsWith('\uFEFFProvince,2566,2567,All\r\nชลบุรี,')).toBe(true);
  });

  it('CSV: a label that looks like a formula is neutralised', () => {
    const hostile = {
      ...t,
      rows: t.rows.map((r, i) => (i ? r : { ...r, members: [{ key: '=1+1', th: '=1+1', en: '=1+1' }] })),
    };
    expect(summaryCsv(hostile, 'th')).toContain("\r\n'=1+1,");
  });

  it('XLSX: reads back with numbers as numbers, Thai text and a counts sheet', async () => {
    const bytes = await summaryXlsx(t, 'th');
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['ตารางสรุป', 'จำนวนค่า']);
    const data = sheets[0]?.data ?? [];
    expect(data[0]?.[0]).toBe('ค่าเฉลี่ย · คะแนนรวม');
    const header = data.findIndex((r) => r[0] === 'จังหวัด');
    expect(data[header]).toEqual(['จังหวัด', '2566', '2567', 'รวมทั้งหมด']);
    expect(data[header + 1]?.[0]).toBe('ชลบุรี');
    expect(data[header + 1]?.[1]).toBe(chon66);
    expect(data[header + 3]?.[0]).toBe('รวมทั้งหมด');
    const counts = sheets[1]?.data ?? [];
    expect(counts[counts.findIndex((r) => r[0] === 'จังหวัด') + 2]).toEqual(['ระยอง', 3, 3, 6]);
  });

  it('text: aligned columns, a dash where there is no value', () => {
    const change = build(ay, { rows: 'province', cols: 'year', stat: 'change' });
    const text = summaryText(change, 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Change from the year before (points) · Overall score');
    const row = lines.find((l) => l.startsWith('ระยอง')) as string;
    expect(row.split(/\s{2,}/)[1]).toBe('—');
  });

  it('JSON: rounded values with their counts and both languages', () => {
    const j = summaryJson(t);
    expect(j.query).toEqual({ rows: 'province', cols: 'year', value: 'overall', stat: 'mean', filters: [] });
    expect(j.rows[0]?.cells[0]).toEqual({ value: chon66, n: 4 });
    expect(j.columns[0]).toEqual({ key: '2566', label_th: '2566', label_en: '2566' });
    expect(j.grand_total?.n).toBe(14);
  });
});
