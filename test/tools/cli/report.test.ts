import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../../helpers';
import { seed004Plan } from '../../plans/fixture';
import { bare, needsOffice, office, renderPages } from '../../plans/render-pdf';

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

  it.skipIf(office.missing !== null)(
    needsOffice('writes a .docx LibreOffice opens: cover, memo, tables, the signers with the last step'),
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ita-report-'));
      const docx = join(dir, 'report.docx');
      expect(ita('report', ...SEED004, '--cover', '--memo', '--out', docx).status).toBe(0);
      const pages = renderPages(readFileSync(docx), 'report').map(bare);
      expect(pages[0]).toContain(bare('รายงานผลการดำเนินการ'));
      expect(pages[1]).toContain(bare('บันทึกข้อความ'));
      // Then the title and preamble, the indicator table, and the measures table under its header.
      expect(pages[2]).toContain(bare('รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส'));
      expect(pages.some((p) => p.includes(bare('การใช้ทรัพย์สินของราชการ')))).toBe(true);
      expect(pages.some((p) => p.includes(bare('หมายเหตุ')))).toBe(true);
      // The signers end the measures table and take its last line with them to the last page.
      const plan = seed004Plan();
      const issue = plan.issues[plan.issues.length - 1];
      const m = issue?.measures[issue.measures.length - 1];
      const step = bare(m?.stepsTh[m.stepsTh.length - 1] ?? '?').slice(0, 12);
      const last = pages[pages.length - 1] ?? '';
      for (const role of ['(ลงชื่อ)', 'ผู้รายงาน', 'ผู้อนุมัติ']) expect(last).toContain(bare(role));
      expect(last).toContain(step);
      expect(last.indexOf(step)).toBeLessThan(last.indexOf(bare('(ลงชื่อ)')));
    },
    240_000,
  );
});
