import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bombXlsx } from '../../fixtures/bomb-xlsx';
import { repoPath } from '../../helpers';

/**
 * Every way people type the NACC's tables (test/fixtures/ingest, one file per form): `ita analyse` gives
 * the published figure, or refuses with exit 1 and no overall. No case here accepts a wrong number with a
 * warning beside it.
 */

interface Result {
  org_name: string | null;
  year: number;
  overall: number | null;
  published_overall: number | null;
  official_overall: number | null;
  rating: { code: string; label_th: string } | null;
  pass: boolean | null;
  indicators: { id: number; score: number | null }[];
  warnings: { severity: string; kind: string; message_th: string; message_en: string }[];
}
interface Out {
  results: Result[];
  errors: { kind: string; row: number | null; message_th: string; message_en: string }[];
  warnings: { kind: string; row: number | null; rows?: number[]; message_en: string; value: string | null }[];
}

function ita(...args: string[]): { status: number | null; out: Out; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', repoPath('tools/cli/main.ts'), ...args], {
    cwd: repoPath('.'),
    encoding: 'utf8',
  });
  const json = args.includes('json');
  return {
    status: r.status,
    out: json ? (JSON.parse(r.stdout) as Out) : { results: [], errors: [], warnings: [] },
    stdout: r.stdout,
    stderr: r.stderr,
  };
}

const F = (name: string) => `test/fixtures/ingest/${name}`;
const analyse = (name: string, ...more: string[]) => ita('analyse', F(name), '--format', 'json', ...more);
const official = (r: Result | undefined) => [r?.org_name, r?.official_overall, r?.rating?.code];

describe('1. no silent merges', () => {
  it('an unrecognised agency column that varies by row: no overall, exit 1, the column named', () => {
    const r = analyse('c1-agency-column-unrecognised.csv');
    expect(r.status).toBe(1);
    expect(r.out.results).toHaveLength(1);
    expect(r.out.results[0]).toMatchObject({
      overall: null,
      official_overall: null,
      rating: null,
      pass: null,
    });
    const e = r.out.errors.find((x) => x.kind === 'agency-column-ignored');
    expect(e?.message_th).toContain('"หน่วยรับการประเมิน"');
    expect(e?.message_en).toContain('rename column "หน่วยรับการประเมิน"');
    expect(r.stderr).toContain('หน่วยรับการประเมิน');
  });

  it('the same file with the column named: two agencies, 92.69 and 89.28', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-'));
    const text = readFileSync(repoPath(F('c1-agency-column-unrecognised.csv')), 'utf8');
    const file = join(dir, 'named.csv');
    writeFileSync(file, text.replace('หน่วยรับการประเมิน', 'หน่วยงาน'));
    const r = ita('analyse', file, '--format', 'json');
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([
      ['เทศบาลเมืองสะเตงนอก', 92.69, 'good'],
      ['เทศบาลตำบลตัวอย่าง', 89.28, 'good'],
    ]);
  });

  it('the NACC provincial table headed จังหวัด: each province is an agency, with its published overall', () => {
    const r = analyse('c1-provincial-table-2564.csv');
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([
      ['จังหวัดตราด', 81.45, 'B'],
      ['จังหวัดตัวอย่าง', 75.62, 'B'],
    ]);
    expect(r.out.warnings.map((w) => w.kind)).toContain('province-as-agency');
  });
});

describe('2. names over numbers', () => {
  it.each([['c2-report-ranked-by-score-2567.csv'], ['c2-report-numbered-1-5-9-13-2567.csv']])(
    '%s: the names settle it: 92.69, and the file is told so',
    (name) => {
      const r = analyse(name, '--org', 'เทศบาลเมืองสะเตงนอก');
      expect(r.status).toBe(0);
      expect(r.out.results.map(official)).toEqual([['เทศบาลเมืองสะเตงนอก', 92.69, 'good']]);
      expect(r.out.results[0]?.indicators.map((i) => i.score)).toEqual([
        95.11, 94.96, 100, 81.04, 91.55, 97.19, 91.34, 80.75, 90, 100,
      ]);
      expect(r.out.warnings.map((w) => w.kind)).toContain('names-followed');
    },
  );

  it('wide headers numbered 1–5, 9–13 beside their names follow the names', () => {
    const r = analyse('c2-wide-headers-numbered-apart.csv');
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([['เทศบาลเมืองสะเตงนอก', 92.69, 'good']]);
  });

  it('names and numbers that contradict with names that do not settle it: refused, exit 1', () => {
    const r = analyse('c2-report-names-contradict-2567.csv', '--org', 'ทดสอบ');
    expect(r.status).toBe(1);
    expect(r.out.results[0]).toMatchObject({ overall: null, rating: null });
    expect(r.out.errors.find((e) => e.kind === 'name-number-conflict')).toMatchObject({ row: 8 });
  });
});

describe('3. names wherever a code goes', () => {
  it('a two-column ตัวชี้วัด/คะแนน table in Windows-874 with slips in the names: 92.69, the mapping reported', () => {
    const r = analyse('c3-ita-2567-indicator-names.csv', '--org', 'เทศบาลเมืองสะเตงนอก');
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([['เทศบาลเมืองสะเตงนอก', 92.69, 'good']]);
    const note = r.out.warnings.find((w) => w.kind === 'names-read');
    expect(note?.message_en).toContain('"การแก้ปัญหาคารทุจริต" → 5');
    expect(note?.message_en).toContain('"การปรับปรุงระบบการทำงาน" → 8');
  });

  it('indicator names in the code column of a long file (older name of indicator 8 in 2564): 81.45', () => {
    const r = analyse('c3-long-names-in-code-column.csv');
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([['จังหวัดตราด', 81.45, 'B']]);
  });
});

describe('4. published figures are data', () => {
  it('subtotal rows and the overall with its level are read and cross-checked, never bad rows', () => {
    const r = analyse('c4-report-with-totals-2567.csv', '--org', 'เทศบาลเมืองสะเตงนอก');
    expect(r.status).toBe(0);
    expect(r.out.errors).toEqual([]);
    expect(r.out.results[0]).toMatchObject({
      overall: 92.69,
      published_overall: 92.69,
      published_tools: { IIT: 92.53, EIT: 89.76, OIT: 95 },
      rating: { code: 'good' },
    });
    expect(r.out.results[0]?.warnings.filter((w) => w.kind.includes('mismatch'))).toEqual([]);
  });

  it('indicators giving 84.99 with a published 85.00: passes on the official figure, both numbers named', () => {
    const r = analyse('c4-published-85-computed-84.99.csv');
    expect(r.out.results[0]).toMatchObject({
      overall: 84.99,
      published_overall: 85,
      official_overall: 85,
      pass: true,
      rating: { code: 'pass', label_th: 'ผ่าน' },
    });
    const w = r.out.results[0]?.warnings.find((x) => x.kind === 'published-overall-mismatch');
    expect(w?.message_en).toContain('85.00');
    expect(w?.message_en).toContain('84.99');
    const text = ita('analyse', F('c4-published-85-computed-84.99.csv'), '--lang', 'en');
    expect(text.stdout).toContain('Overall 85.00 (as published; computed 84.99)');
  });
});

describe('5. overall-only data get the rating the year allows', () => {
  it('AA–F up to 2565; from 2566 ผ่านขึ้นไป, ต้องปรับปรุง, ต้องปรับปรุงโดยด่วน', () => {
    const r = analyse('c5-overall-only.csv');
    expect(r.status).toBe(0);
    expect(r.out.results.map((x) => [x.year, x.official_overall, x.rating?.label_th, x.pass])).toEqual([
      [2563, 75.62, 'B', false],
      [2564, 81.45, 'B', false],
      [2567, 92.69, 'ผ่านขึ้นไป', true],
      [2567, 78.4, 'ต้องปรับปรุง', false],
      [2567, 68.15, 'ต้องปรับปรุงโดยด่วน', false],
    ]);
    const why = r.out.results[2]?.warnings.find((w) => w.kind === 'pass-or-better');
    expect(why?.message_en).toContain('IIT, EIT and OIT');
  });

  it('rankings use them', () => {
    const r = ita('rank', F('c5-overall-only.csv'), '--year', '2567', '--format', 'json');
    const rows = (
      JSON.parse(r.stdout) as { rows: { org_name: string; rank: number; rating: { code: string } }[] }
    ).rows;
    expect(rows.map((x) => [x.org_name, x.rank, x.rating.code])).toEqual([
      ['เทศบาลเมืองสะเตงนอก', 1, 'pass-or-better'],
      ['เทศบาลตำบลตัวอย่าง', 2, 'improve'],
      ['องค์การบริหารส่วนตำบลตัวอย่าง', 3, 'urgent'],
    ]);
  });
});

describe('6. line ends and encodings', () => {
  it.each([
    ['c6-crlf-header-lf-rows.csv', null],
    ['c6-utf8-with-cp874-rows.csv', 'mixed-encoding'],
    ['c6-utf16le-no-bom.txt', 'encoding-guessed'],
  ])('%s: 92.69, every name intact', (name, note) => {
    const r = analyse(name);
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([['เทศบาลเมืองสะเตงนอก', 92.69, 'good']]);
    if (note) expect(r.out.warnings.map((w) => w.kind)).toContain(note);
  });

  it('the two Windows-874 rows are named by row', () => {
    const r = analyse('c6-utf8-with-cp874-rows.csv');
    expect(r.out.warnings.find((w) => w.kind === 'mixed-encoding')?.rows).toEqual([4, 9]);
  });

  it('a Shift-JIS file is refused, naming the likely encoding', () => {
    const r = analyse('c6-shift-jis.csv', '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.out.results).toEqual([]);
    expect(r.out.errors[0]?.message_en).toMatch(/Shift-JIS/);
  });
});

describe('7. a stray quote costs one row', () => {
  it('the row with the quote is reported once; every score is read: 92.69 (exit 1 for the error)', () => {
    const r = analyse('c7-stray-quote.csv');
    expect(r.status).toBe(1);
    expect(r.out.errors.map((e) => [e.kind, e.row])).toEqual([['unbalanced-quote', 4]]);
    expect(r.out.results.map(official)).toEqual([['เทศบาลเมืองสะเตงนอก', 92.69, 'good']]);
  });
});

describe('8. xlsx in the CLI', () => {
  it('a workbook (shared strings, cells without r, merged cells, a percent cell, the table on sheet 2): 92.69', () => {
    const r = analyse('c8-satengnok-2567.xlsx', '--org', 'เทศบาลเมืองสะเตงนอก');
    expect(r.status).toBe(0);
    expect(r.out.results.map(official)).toEqual([['เทศบาลเมืองสะเตงนอก', 92.69, 'good']]);
    expect(r.out.warnings.map((w) => w.kind)).toEqual(
      expect.arrayContaining(['xlsx-sheet', 'xlsx-percent', 'year-from-file-name']),
    );
  });

  it('a 1.2 MB workbook that expands to 1.2 GB is refused with a clear message, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-'));
    const file = join(dir, 'bomb.xlsx');
    const bytes = await bombXlsx();
    expect(bytes.length).toBeLessThan(1.5 * 1024 * 1024);
    writeFileSync(file, bytes);
    const r = ita('analyse', file, '--format', 'json', '--year', '2567');
    expect(r.status).toBe(1);
    expect(r.out.errors[0]?.kind).toBe('xlsx-bomb');
    expect(r.out.errors[0]?.message_en).toContain('expands to more than');
    expect(r.out.errors[0]?.message_th).toContain('ขยายออกได้เกิน');
  }, 60_000);
});

describe('9. small things users hit', () => {
  it('--org NAME on a file without an agency column fills org_name', () => {
    const r = analyse('c3-ita-2567-indicator-names.csv', '--org', 'เทศบาลเมืองสะเตงนอก');
    expect(r.out.results[0]?.org_name).toBe('เทศบาลเมืองสะเตงนอก');
  });

  it('a Buddhist-Era year in the file name is used, with a note; --year wins over it', () => {
    const r = analyse('c3-ita-2567-indicator-names.csv');
    expect(r.out.results[0]?.year).toBe(2567);
    expect(r.out.warnings.find((w) => w.kind === 'year-from-file-name')?.value).toBe('2567');
    const given = analyse('c3-ita-2567-indicator-names.csv', '--year', '2566');
    expect(given.out.results[0]?.year).toBe(2566);
  });
});
