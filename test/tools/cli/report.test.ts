import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../helpers';

function ita(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', repoPath('tools/cli/main.ts'), ...args], {
    cwd: repoPath('.'),
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SEED004 = ['data/examples/huai-chorakhe-2566-questions.csv', '--org', 'อบต.ห้วยจรเข้', '--year', '2566'];
const runText = (xml: string): string =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** LibreOffice, when this machine has it (CI does not install it; the XML is asserted either way). */
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

describe('ita report', () => {
  it('writes the report to fill in, then fills it from the results CSV the app exports', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));
    const csv = join(dir, 'results.csv');
    expect(ita('report', ...SEED004, '--out', csv).status).toBe(0);
    const blank = readFileSync(csv, 'utf8');
    expect(blank).toContain('ยังไม่ดำเนินการ');
    writeFileSync(
      csv,
      blank.replace('ยังไม่ดำเนินการ', 'ดำเนินการแล้ว').replace(/,,,,,(\r\n)/, ',2023-10-02,,ติดป้ายแล้ว,,$1'),
    );
    const docx = join(dir, 'report.docx');
    const r = ita('report', ...SEED004, '--results', csv, '--memo', '--digits', 'arabic', '--out', docx);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml'] as Uint8Array);
    const text = runText(xml);
    expect(text).toContain('บันทึกข้อความ');
    expect(text).toContain('ลำดับที่มาตรการ/กิจกรรมที่ดำเนินการระยะเวลาดำเนินการ');
    expect(text).toContain('1. กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ');
    expect(text).toContain('ดำเนินการแล้ว');
    expect(xml).toContain('<w:lang w:val="th-TH" w:bidi="th-TH"/>');
  });

  it('a results file with a bad row: exit 1, the row named, the good rows reported', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));
    const csv = join(dir, 'results.csv');
    ita('report', ...SEED004, '--out', csv);
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('ยังไม่ดำเนินการ', 'เกือบเสร็จ'));
    const r = ita('report', ...SEED004, '--results', csv, '--lang', 'en');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/results\.csv, row 2, column สถานะ \[เกือบเสร็จ\]: The status must be/);
    expect(r.stdout).toContain('Summary of the measures carried out');
  });

  it('plan and report take --digits, --timeframe and --plan-year', () => {
    const plan = ita('plan', ...SEED004, '--digits', 'thai', '--timeframe', 'months', '--plan-year', '2568');
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('ประจำปีงบประมาณ พ.ศ. ๒๕๖๘');
    expect(plan.stdout).toContain('ต.ค. ๒๕๖๗ – ');
    expect(ita('report', ...SEED004, '--timeframe', 'weeks').status).toBe(2);
    expect(ita('report', ...SEED004, '--plan-year', '2565').status).toBe(2);
  });

  it.skipIf(!soffice)(
    'writes a .docx that LibreOffice opens and converts',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));
      const docx = join(dir, 'report.docx');
      expect(ita('report', ...SEED004, '--cover', '--memo', '--out', docx).status).toBe(0);
      const r = spawnSync(
        soffice ?? 'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
        {
          encoding: 'utf8',
          timeout: 120_000,
          env: { ...process.env, HOME: dir },
        },
      );
      expect(r.status).toBe(0);
      expect(existsSync(join(dir, 'report.pdf'))).toBe(true);
      expect(readFileSync(join(dir, 'report.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    },
    180_000,
  );
});
