import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../helpers';
import { records, stats, values } from '../../summary/fixture';

const FILES = ['organisations.csv', 'indicators.csv', 'questions.csv'].map(
  (f) => `test/fixtures/summary/${f}`,
);

function ita(...args: string[]) {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', repoPath('tools/cli/main.ts'), 'table', ...args],
    {
      cwd: repoPath('.'),
      encoding: 'utf8',
    },
  );
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const recs = records();
const r2 = (v: number) => Math.round(v * 100) / 100;

// Each case starts the CLI (tsx) once or more: sized for a busy 2-core machine.
describe('ita table', { timeout: 60_000 }, () => {
  it('prints a province × year table of mean overall scores as JSON', () => {
    const r = ita(
      ...FILES,
      '--rows',
      'province',
      '--cols',
      'year',
      '--value',
      'overall',
      '--stat',
      'mean',
      '--format',
      'json',
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      columns: { key: string }[];
      rows: { members: { key: string }[]; cells: { value: number; n: number }[] }[];
      errors: unknown[];
    };
    expect(out.errors).toEqual([]);
    expect(out.columns.map((c) => c.key)).toEqual(['2566', '2567']);
    const rayong = out.rows.find((x) => x.members[0]?.key === 'ระยอง');
    const expected = stats.mean(
      values(
        recs,
        (x) => x.province === 'ระยอง' && x.year === 2567,
        (x) => x.overall,
      ),
    );
    expect(rayong?.cells[1]).toEqual({ value: r2(expected), n: 3 });
  });

  it('filters, and writes CSV with a BOM', () => {
    const r = ita(
      ...FILES,
      '--rows',
      'district',
      '--cols',
      'year',
      '--stat',
      'pass_rate',
      '--filter',
      'province=ชลบุรี',
      '--format',
      'csv',
      '--lang',
      'en',
    );
    expect(r.status).toBe(0);
    expect(r.stdout.split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFProvince,District,2566,2567,All',
      'ชลบุรี,บ้านบึง,50.00,50.00,50.00',
      'ชลบุรี,เมืองชลบุรี,50.00,50.00,50.00',
    ]);
  });

  it('writes an Excel file that reads back with numbers as numbers', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ita-table-')), 'ตาราง.xlsx');
    const r = ita(...FILES, '--rows', 'type', '--cols', 'year', '--stat', 'count', '--out', out);
    expect(r.status).toBe(0);
    const [sheet] = await readXlsxFile(readFileSync(out));
    const data = sheet?.data ?? [];
    const header = data.findIndex((row) => row[0] === 'ประเภทหน่วยงาน');
    expect(data[header + 1]).toEqual(['เทศบาลตำบล', 2, 3, 5]);
  });

  it('says what is wrong and exits 2 for a usage mistake', () => {
    const bad = ita(...FILES, '--rows', 'provinces', '--stat', 'average', '--lang', 'en');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unknown dimension "provinces"');
    expect(bad.stderr).toContain('Unknown statistic "average"');
    const filter = ita(...FILES, '--rows', 'province', '--filter', 'province=ระยอ', '--lang', 'en');
    expect(filter.status).toBe(2);
    expect(filter.stderr).toContain('did you mean "ระยอง"');
    expect(ita(...FILES, '--rows', 'indicator', '--value', 'overall').status).toBe(2);
    expect(ita(...FILES, '--rows', 'province', '--filter', 'province').status).toBe(2);
    expect(ita(...FILES, '--rows', 'province', '--format', 'xlsx').status).toBe(2);
    expect(ita(...FILES, '--cols', 'year').status).toBe(2);
  });

  it('exits 3 when the output cannot be written', () => {
    const r = ita(
      ...FILES,
      '--rows',
      'province',
      '--out',
      join(tmpdir(), 'no-such-dir-ita', 'x.csv'),
      '--lang',
      'en',
    );
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
